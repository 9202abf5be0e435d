import type { Role } from '../auth';

/** How a call ended, derived from the HTTP status (or the client leaving early). */
export const AUDIT_OUTCOMES = ['success', 'client-error', 'unauthenticated', 'forbidden', 'rate-limited', 'server-error', 'aborted'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** One use of the service as the caller reports it; the real subject is pseudonymised on append. */
export interface AuditEntry {
  /** The authenticated subject, or null for anonymous calls and system events. */
  subject: string | null;
  role: Role | null;
  /** A stable name for what was used, e.g. `POST /api/v1/research`. */
  function: string;
  model?: string | null;
  prompt?: { id: string; version: number } | null;
  documents?: readonly string[];
  tokensIn?: number | null;
  tokensOut?: number | null;
  latencyMs?: number | null;
  outcome: AuditOutcome;
  status?: number | null;
  mode?: string | null;
  requestId?: string | null;
}

/**
 * Prompt and answer text kept beside a record when LLMOIN_AUDIT_STORE_CONTENT is on. The caller
 * must hand in already pseudonymised text: the audit log stores it as given.
 */
export interface AuditContent {
  prompt?: string | null;
  answer?: string | null;
}

/** A stored record: the entry in its canonical, hashed form. */
export interface AuditRecord {
  seq: number;
  at: string;
  /** Keyed pseudonym of the subject (`ps_…`), never the subject itself. */
  actor: string | null;
  role: string | null;
  function: string;
  model: string | null;
  promptId: string | null;
  promptVersion: number | null;
  documents: string[];
  tokensIn: number | null;
  tokensOut: number | null;
  latencyMs: number | null;
  outcome: string;
  status: number | null;
  mode: string | null;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

/** A signed statement "the chain had `seq` records ending in `headHash`". */
export interface AuditCheckpoint {
  seq: number;
  headHash: string;
  at: string;
  reason: CheckpointReason;
  keyId: string;
  signature: string;
}

export type CheckpointReason = 'interval' | 'shutdown' | 'retention' | 'manual';

/** The signed head: last seq and hash, rewritten with every append. */
export interface AuditHead {
  seq: number;
  hash: string;
  at: string;
  keyId: string;
  signature: string;
}

/** Maps an HTTP status to an outcome; a response that never finished is `aborted`. */
export function outcomeForStatus(status: number): AuditOutcome {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server-error';
  if (status >= 400) return 'client-error';
  return 'success';
}
