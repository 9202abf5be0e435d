import type { Database } from '../platform/db';
import type { AuditCheckpoint, AuditHead } from './audit-record';
import { AuditTables, type RecordRow } from './audit-tables';
import { checkpointPayload, GENESIS_HASH, headPayload, parseDocuments, recordHash } from './canonical-form';
import type { AuditPublicKey } from './signing-key';

export type BrokenReason =
  | 'missing-record'
  | 'prev-hash-mismatch'
  | 'hash-mismatch'
  | 'truncated'
  | 'beyond-head'
  | 'head-missing'
  | 'head-signature-invalid'
  | 'head-mismatch'
  | 'checkpoint-signature-invalid'
  | 'checkpoint-mismatch'
  | 'trusted-head-mismatch';

export interface BrokenLink {
  /** The first sequence number whose record, link or signed statement does not hold. */
  seq: number;
  reason: BrokenReason;
  detail: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Records checked (all retained ones when ok). */
  records: number;
  /** Checkpoints whose signature verified. */
  checkpoints: number;
  firstBroken: BrokenLink | null;
  /** The first retained seq: 1, or the one after the retention checkpoint the chain starts from. */
  from: number;
  /** The signed head as stored; auditors keep it to detect a later rollback (`trustedHead`). */
  head: AuditHead | null;
}

export interface VerifyAuditLogOptions {
  /** Keys whose signatures count; an auditor passes the public key exported earlier, not the one on disk. */
  publicKeys: readonly AuditPublicKey[];
  /** A head an auditor saved earlier: the log must still contain it. */
  trustedHead?: { seq: number; hash: string };
  /** Check only records and checkpoints up to this seq (retention verifies just what it cuts); skips the head. */
  through?: number;
  batchSize?: number;
}

interface ChainCursor {
  expectedSeq: number;
  expectedPrev: string;
  records: number;
}

/**
 * Recomputes the hash chain from its start (genesis or the latest signed retention checkpoint),
 * checks every checkpoint and the signed head, and names the first broken link. Reads in batches
 * and yields between them so the service keeps answering; the head and the newest records are read
 * in one transaction so concurrent appends are not mistaken for tampering.
 */
export async function verifyAuditLog(database: Database, options: VerifyAuditLogOptions): Promise<AuditVerification> {
  const tables = new AuditTables(database);
  const keys = new Map(options.publicKeys.map((key) => [key.keyId, key]));
  const signedBy = (payload: Buffer, keyId: string, signature: string) => keys.get(keyId)?.verify(payload, signature) ?? false;
  const checkpointValid = (checkpoint: AuditCheckpoint) => signedBy(checkpointPayload(checkpoint), checkpoint.keyId, checkpoint.signature);

  const anchor = tables.checkpoints.all().filter((checkpoint) => checkpoint.reason === 'retention' && checkpointValid(checkpoint)).at(-1) ?? null;
  const from = anchor ? anchor.seq + 1 : 1;
  const cursor: ChainCursor = { expectedSeq: from, expectedPrev: anchor?.headHash ?? GENESIS_HASH, records: 0 };
  const batchSize = options.batchSize ?? 5_000;
  let broken: BrokenLink | null = null;
  const through = options.through ?? Number.MAX_SAFE_INTEGER;
  let after = from - 1;
  for (;;) {
    const rows = tables.recordsAfter.all(after, batchSize).filter((row) => row.seq <= through);
    if (rows.length === 0) break;
    broken = checkRows(rows, cursor);
    after = rows.at(-1)?.seq ?? after;
    if (broken || rows.length < batchSize || after >= through) break;
    await new Promise((resolve) => setImmediate(resolve));
  }

  // One snapshot for the tail, the head and the checkpoints: appends commit record and head together.
  const snapshot = database.transaction(() => ({
    rest: broken || options.through !== undefined ? [] : tables.recordsAfter.all(after, -1),
    head: tables.head.get() ?? null,
    last: tables.lastRecord.get() ?? null,
    checkpoints: tables.checkpoints.all(),
  }))();
  broken ??= checkRows(snapshot.rest, cursor);

  const problems: BrokenLink[] = broken ? [broken] : [];
  const end = snapshot.last && snapshot.last.seq >= from ? snapshot.last : { seq: from - 1, hash: anchor?.headHash ?? GENESIS_HASH };
  if (options.through === undefined) problems.push(...checkHead(snapshot.head, end, signedBy));
  let validCheckpoints = 0;
  for (const checkpoint of snapshot.checkpoints.filter((candidate) => candidate.seq <= through)) {
    if (!checkpointValid(checkpoint)) {
      problems.push({ seq: checkpoint.seq, reason: 'checkpoint-signature-invalid', detail: `checkpoint at ${checkpoint.seq} (${checkpoint.reason}) is not signed by a trusted key` });
      continue;
    }
    validCheckpoints += 1;
    if (checkpoint.seq < from) continue;
    if (checkpoint.seq > end.seq) {
      problems.push({ seq: end.seq + 1, reason: 'truncated', detail: `a signed checkpoint covers ${checkpoint.seq} records, the log ends at ${end.seq}` });
    } else if (tables.recordHashAt.get(checkpoint.seq) !== checkpoint.headHash) {
      problems.push({ seq: checkpoint.seq, reason: 'checkpoint-mismatch', detail: `record ${checkpoint.seq} differs from the signed checkpoint` });
    }
  }
  if (options.trustedHead && options.through === undefined) problems.push(...checkTrustedHead(options.trustedHead, tables, anchor, end));

  const firstBroken = problems.reduce<BrokenLink | null>((first, problem) => (first === null || problem.seq < first.seq ? problem : first), null);
  return { ok: firstBroken === null, records: cursor.records, checkpoints: validCheckpoints, firstBroken, from, head: snapshot.head };
}

/** Checks consecutive rows against the cursor; returns the first broken link. */
function checkRows(rows: RecordRow[], cursor: ChainCursor): BrokenLink | null {
  for (const row of rows) {
    if (row.seq !== cursor.expectedSeq) {
      return { seq: cursor.expectedSeq, reason: 'missing-record', detail: `record ${cursor.expectedSeq} is missing (next stored record is ${row.seq})` };
    }
    cursor.records += 1;
    if (row.prevHash !== cursor.expectedPrev) {
      return { seq: row.seq, reason: 'prev-hash-mismatch', detail: `record ${row.seq} does not link to its predecessor` };
    }
    const documents = parseDocuments(row.documents);
    if (documents === null || recordHash({ ...row, documents }) !== row.hash) {
      return { seq: row.seq, reason: 'hash-mismatch', detail: `record ${row.seq} was changed after it was written` };
    }
    cursor.expectedSeq += 1;
    cursor.expectedPrev = row.hash;
  }
  return null;
}

function checkHead(
  head: AuditHead | null,
  end: { seq: number; hash: string },
  signedBy: (payload: Buffer, keyId: string, signature: string) => boolean,
): BrokenLink[] {
  if (head === null) {
    return end.seq === 0 ? [] : [{ seq: end.seq + 1, reason: 'head-missing', detail: 'the signed head is missing, so a truncated tail cannot be ruled out' }];
  }
  if (!signedBy(headPayload(head), head.keyId, head.signature)) {
    return [{ seq: Math.min(head.seq, end.seq) + 1, reason: 'head-signature-invalid', detail: 'the head is not signed by a trusted key' }];
  }
  if (head.seq > end.seq) return [{ seq: end.seq + 1, reason: 'truncated', detail: `the signed head covers ${head.seq} records, the log ends at ${end.seq}` }];
  if (head.seq < end.seq) return [{ seq: head.seq + 1, reason: 'beyond-head', detail: `records ${head.seq + 1}–${end.seq} are not covered by the signed head` }];
  if (head.hash !== end.hash) return [{ seq: head.seq, reason: 'head-mismatch', detail: `record ${head.seq} differs from the signed head` }];
  return [];
}

function checkTrustedHead(
  trusted: { seq: number; hash: string },
  tables: AuditTables,
  anchor: AuditCheckpoint | null,
  end: { seq: number },
): BrokenLink[] {
  if (anchor && trusted.seq < anchor.seq) return [];
  const hash = anchor && trusted.seq === anchor.seq ? anchor.headHash : tables.recordHashAt.get(trusted.seq);
  if (hash === trusted.hash) return [];
  const seq = trusted.seq > end.seq ? end.seq + 1 : trusted.seq;
  return [{ seq, reason: 'trusted-head-mismatch', detail: `the log no longer contains the head ${trusted.seq} you trusted` }];
}
