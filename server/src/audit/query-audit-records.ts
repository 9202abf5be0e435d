import type { Database } from '../platform/db';
import type { AuditRecord } from './audit-record';
import { RECORD_COLUMNS, toRecord, type RecordRow } from './audit-tables';

/** What auditors filter by; the actor is always a pseudonym here (resolving a subject is the caller's job). */
export interface AuditRecordFilter {
  /** ISO timestamp, inclusive. */
  from?: string;
  /** ISO timestamp, exclusive. */
  to?: string;
  actor?: string;
  function?: string;
  outcome?: string;
}

function whereClause(filter: AuditRecordFilter): { sql: string; parameters: Array<string | number> } {
  const conditions: string[] = [];
  const parameters: Array<string | number> = [];
  const add = (condition: string, value: string | undefined) => {
    if (value === undefined) return;
    conditions.push(condition);
    parameters.push(value);
  };
  add('at >= ?', filter.from);
  add('at < ?', filter.to);
  add('actor = ?', filter.actor);
  add('function = ?', filter.function);
  add('outcome = ?', filter.outcome);
  return { sql: conditions.join(' AND '), parameters };
}

/** Newest first, one page; `before` is the cursor (a seq) from the previous page. */
export function listAuditRecords(
  database: Database,
  filter: AuditRecordFilter,
  page: { limit: number; before?: number },
): { records: AuditRecord[]; nextCursor: string | null } {
  const where = whereClause(filter);
  const conditions = [where.sql, page.before === undefined ? '' : 'seq < ?'].filter(Boolean).join(' AND ');
  const rows = database
    .prepare<Array<string | number>, RecordRow>(`SELECT ${RECORD_COLUMNS} FROM audit_records ${conditions ? `WHERE ${conditions}` : ''} ORDER BY seq DESC LIMIT ?`)
    .all(...where.parameters, ...(page.before === undefined ? [] : [page.before]), page.limit + 1);
  const records = rows.slice(0, page.limit).map(toRecord);
  const last = records.at(-1);
  return { records, nextCursor: rows.length > page.limit && last ? String(last.seq) : null };
}

/**
 * Oldest first in batches, for exports. Each batch is its own query (keyset on seq), so no
 * statement stays open while the caller waits for the network.
 */
export function* auditRecordBatches(database: Database, filter: AuditRecordFilter, batchSize = 1_000): Generator<AuditRecord[]> {
  const where = whereClause(filter);
  const statement = database.prepare<Array<string | number>, RecordRow>(
    `SELECT ${RECORD_COLUMNS} FROM audit_records WHERE seq > ? ${where.sql ? `AND ${where.sql}` : ''} ORDER BY seq LIMIT ?`,
  );
  let after = 0;
  for (;;) {
    const rows = statement.all(after, ...where.parameters, batchSize);
    if (rows.length === 0) return;
    yield rows.map(toRecord);
    after = rows.at(-1)?.seq ?? after;
    if (rows.length < batchSize) return;
  }
}
