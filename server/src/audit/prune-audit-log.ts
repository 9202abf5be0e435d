import type { AuditLog } from './audit-log';
import type { AuditCheckpoint } from './audit-record';
import type { AuditPublicKey } from './signing-key';
import { verifyAuditLog, type BrokenLink } from './verify-audit-log';

/** Pruning refused because the part it would remove does not verify: deleting it would destroy the evidence. */
export class AuditIntegrityError extends Error {
  override readonly name = 'AuditIntegrityError';

  constructor(readonly broken: BrokenLink) {
    super(`The audit log is broken at record ${broken.seq} (${broken.reason}); nothing was pruned.`);
  }
}

export interface PruneOptions {
  /** Records older than this many days go; 0 keeps them forever. */
  retentionDays: number;
  /** Stored prompt/answer text older than this many days goes; 0 keeps it as long as its record. */
  contentRetentionDays: number;
  now?: Date;
  /** Keys accepted while checking the part to be cut; defaults to the log's own key. */
  publicKeys?: readonly AuditPublicKey[];
}

export interface PruneResult {
  /** Records removed. */
  records: number;
  /** Content rows removed (with their records or by content retention). */
  contents: number;
  /** The signed retention checkpoint the chain now starts from; null when nothing was cut. */
  checkpoint: AuditCheckpoint | null;
}

const DAY_MS = 86_400_000;

/**
 * Removes records older than the retention period behind a signed retention checkpoint at the cut,
 * so verification starts there (its hash is the predecessor of the first retained record). The part
 * to be cut is verified first (only that part, so the cost follows what is cut); a broken part is never pruned.
 */
export async function pruneAuditLog(log: AuditLog, options: PruneOptions): Promise<PruneResult> {
  const database = log.tables.database;
  const now = options.now ?? new Date();
  let records = 0;
  let contents = 0;
  let checkpoint: AuditCheckpoint | null = null;
  if (options.retentionDays > 0) {
    const cutoff = new Date(now.getTime() - options.retentionDays * DAY_MS).toISOString();
    const cut = database.prepare<[string], number | null>('SELECT max(seq) FROM audit_records WHERE at < ?').pluck().get(cutoff) ?? null;
    if (cut !== null) {
      const verification = await verifyAuditLog(database, { publicKeys: options.publicKeys ?? [log.signer.publicKey], through: cut });
      if (verification.firstBroken && verification.firstBroken.seq <= cut) throw new AuditIntegrityError(verification.firstBroken);
      const removed = database.transaction(() => {
        const hash = log.tables.recordHashAt.get(cut);
        if (hash === undefined) return null;
        const signed = log.signCheckpoint(cut, hash, 'retention');
        const deleted = database.prepare('DELETE FROM audit_records WHERE seq <= ?').run(cut).changes;
        database.prepare('DELETE FROM audit_checkpoints WHERE seq < ?').run(cut);
        const deletedContents = database.prepare('DELETE FROM audit_contents WHERE seq <= ?').run(cut).changes;
        return { signed, deleted, deletedContents };
      }).immediate();
      if (removed) {
        checkpoint = removed.signed;
        records = removed.deleted;
        contents = removed.deletedContents;
      }
    }
  }
  if (options.contentRetentionDays > 0) {
    const cutoff = new Date(now.getTime() - options.contentRetentionDays * DAY_MS).toISOString();
    contents += database.prepare('DELETE FROM audit_contents WHERE at < ?').run(cutoff).changes;
  }
  if (records > 0) log.append({ subject: null, role: null, function: 'system audit-prune', outcome: 'success', mode: 'retention' });
  return { records, contents, checkpoint };
}
