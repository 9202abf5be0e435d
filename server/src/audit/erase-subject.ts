import type { AuditLog } from './audit-log';

export interface ErasureResult {
  /** Whether a mapping existed (false: unknown subject, or erased before). */
  erased: boolean;
  /** Stored prompt/answer rows of that pseudonym that were deleted. */
  contents: number;
}

/**
 * DSGVO Art. 17: forgets which subject a pseudonym stands for and deletes their stored content.
 * The records and every hash stay as they are, so the chain still verifies; the erasure itself is
 * recorded (without the subject).
 */
export function eraseAuditSubject(log: AuditLog, subject: string): ErasureResult {
  const database = log.tables.database;
  const result = database.transaction((): ErasureResult => {
    const pseudonym = log.pseudonyms.erase(subject);
    if (pseudonym === null) return { erased: false, contents: 0 };
    const contents = database.prepare('DELETE FROM audit_contents WHERE actor = ?').run(pseudonym).changes;
    return { erased: true, contents };
  }).immediate();
  if (result.erased) log.append({ subject: null, role: null, function: 'system audit-erase-subject', outcome: 'success' });
  return result;
}
