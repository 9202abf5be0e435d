import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AuditRecord } from './audit-record';

/** The predecessor hash of record 1. */
export const GENESIS_HASH = '0'.repeat(64);

// Domain prefixes keep the three signed/hashed kinds apart: a checkpoint signature can never pass as a head signature.
const RECORD_DOMAIN = 'llmoin-audit-record/1\n';
const CHECKPOINT_DOMAIN = 'llmoin-audit-checkpoint/1\n';
const HEAD_DOMAIN = 'llmoin-audit-head/1\n';

export type HashedFields = Omit<AuditRecord, 'hash'>;

/**
 * The canonical serialisation: a JSON array of the fields in a fixed order (strings, integers,
 * null, the document ids as an array). Only integers are stored, so any JSON library reproduces
 * it byte for byte (docs/AUDIT.md shows a Python check).
 */
export function canonicalRecord(fields: HashedFields): string {
  return RECORD_DOMAIN + JSON.stringify([
    fields.seq, fields.at, fields.actor, fields.role, fields.function, fields.model, fields.promptId, fields.promptVersion,
    fields.documents, fields.tokensIn, fields.tokensOut, fields.latencyMs, fields.outcome, fields.status, fields.mode,
    fields.requestId, fields.prevHash,
  ]);
}

export function recordHash(fields: HashedFields): string {
  return createHash('sha256').update(canonicalRecord(fields), 'utf8').digest('hex');
}

export function checkpointPayload(checkpoint: { seq: number; headHash: string; at: string; reason: string }): Buffer {
  return Buffer.from(CHECKPOINT_DOMAIN + JSON.stringify([checkpoint.seq, checkpoint.headHash, checkpoint.at, checkpoint.reason]), 'utf8');
}

export function headPayload(head: { seq: number; hash: string; at: string }): Buffer {
  return Buffer.from(HEAD_DOMAIN + JSON.stringify([head.seq, head.hash, head.at]), 'utf8');
}

const documentIds = z.array(z.string());

/** The stored `documents` column back to ids; null when it is not a JSON array of strings (tampered). */
export function parseDocuments(text: string): string[] | null {
  try {
    const parsed = documentIds.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
