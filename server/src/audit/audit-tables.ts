import type { Database } from '../platform/db';
import { parseDocuments } from './canonical-form';
import type { AuditCheckpoint, AuditHead, AuditRecord } from './audit-record';

/** A record row as SQLite returns it (documents still JSON text). */
export type RecordRow = Omit<AuditRecord, 'documents'> & { documents: string };

export const RECORD_COLUMNS = `seq, at, actor, role, function, model, prompt_id AS promptId, prompt_version AS promptVersion,
  documents, tokens_in AS tokensIn, tokens_out AS tokensOut, latency_ms AS latencyMs, outcome, status, mode,
  request_id AS requestId, prev_hash AS prevHash, hash`;

const CHECKPOINT_COLUMNS = 'seq, head_hash AS headHash, at, reason, key_id AS keyId, signature';

/** Rows to records for presenters; a tampered documents column shows as no documents (verification names it). */
export function toRecord(row: RecordRow): AuditRecord {
  return { ...row, documents: parseDocuments(row.documents) ?? [] };
}

/** The SQL of the audit tables in one place: prepared once, shared by append, verify and prune. */
export class AuditTables {
  readonly insertRecord;
  readonly lastRecord;
  readonly recordsAfter;
  readonly recordHashAt;
  readonly head;
  readonly upsertHead;
  readonly insertCheckpoint;
  readonly checkpoints;
  readonly lastCheckpointSeq;
  readonly latestRetention;
  readonly insertContent;

  constructor(readonly database: Database) {
    this.insertRecord = database.prepare<[RecordRow]>(`INSERT INTO audit_records (seq, at, actor, role, function, model, prompt_id, prompt_version,
      documents, tokens_in, tokens_out, latency_ms, outcome, status, mode, request_id, prev_hash, hash)
      VALUES (@seq, @at, @actor, @role, @function, @model, @promptId, @promptVersion, @documents, @tokensIn, @tokensOut,
      @latencyMs, @outcome, @status, @mode, @requestId, @prevHash, @hash)`);
    this.lastRecord = database.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1');
    this.recordsAfter = database.prepare<[number, number], RecordRow>(`SELECT ${RECORD_COLUMNS} FROM audit_records WHERE seq > ? ORDER BY seq LIMIT ?`);
    this.recordHashAt = database.prepare<[number], string>('SELECT hash FROM audit_records WHERE seq = ?').pluck();
    this.head = database.prepare<[], AuditHead>('SELECT seq, hash, at, key_id AS keyId, signature FROM audit_head WHERE id = 1');
    this.upsertHead = database.prepare<[AuditHead]>(`INSERT INTO audit_head (id, seq, hash, at, key_id, signature)
      VALUES (1, @seq, @hash, @at, @keyId, @signature)
      ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, at = excluded.at, key_id = excluded.key_id, signature = excluded.signature`);
    this.insertCheckpoint = database.prepare<[AuditCheckpoint]>(`INSERT INTO audit_checkpoints (seq, head_hash, at, reason, key_id, signature)
      VALUES (@seq, @headHash, @at, @reason, @keyId, @signature)`);
    this.checkpoints = database.prepare<[], AuditCheckpoint>(`SELECT ${CHECKPOINT_COLUMNS} FROM audit_checkpoints ORDER BY seq, id`);
    this.lastCheckpointSeq = database.prepare<[], number | null>('SELECT max(seq) FROM audit_checkpoints').pluck();
    this.latestRetention = database.prepare<[], AuditCheckpoint>(
      `SELECT ${CHECKPOINT_COLUMNS} FROM audit_checkpoints WHERE reason = 'retention' ORDER BY seq DESC, id DESC LIMIT 1`,
    );
    this.insertContent = database.prepare<[{ seq: number; at: string; actor: string | null; prompt: string | null; answer: string | null }]>(
      'INSERT INTO audit_contents (seq, at, actor, prompt, answer) VALUES (@seq, @at, @actor, @prompt, @answer)',
    );
  }
}
