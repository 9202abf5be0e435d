import type { AuditRecord } from '../../audit';

/** The API shape of a record; `subject` appears only when a permitted caller asked to resolve. */
export function presentAuditRecord(record: AuditRecord, subject?: string | null) {
  return {
    seq: record.seq,
    at: record.at,
    actor: record.actor,
    ...(subject === undefined ? {} : { subject }),
    role: record.role,
    function: record.function,
    model: record.model,
    prompt: record.promptId === null ? null : { id: record.promptId, version: record.promptVersion },
    documents: record.documents,
    tokens: { in: record.tokensIn, out: record.tokensOut },
    latencyMs: record.latencyMs,
    outcome: record.outcome,
    status: record.status,
    mode: record.mode,
    requestId: record.requestId,
    prevHash: record.prevHash,
    hash: record.hash,
  };
}

export const CSV_COLUMNS = [
  'seq', 'at', 'actor', 'subject', 'role', 'function', 'model', 'prompt_id', 'prompt_version', 'documents', 'tokens_in', 'tokens_out',
  'latency_ms', 'outcome', 'status', 'mode', 'request_id', 'prev_hash', 'hash',
] as const;

/** One CSV row in `CSV_COLUMNS` order; documents are separated by spaces. */
export function auditCsvRow(record: AuditRecord, subject?: string | null): string {
  const cells: Array<string | number | null> = [
    record.seq, record.at, record.actor, subject ?? null, record.role, record.function, record.model, record.promptId, record.promptVersion,
    record.documents.join(' '), record.tokensIn, record.tokensOut, record.latencyMs, record.outcome, record.status, record.mode,
    record.requestId, record.prevHash, record.hash,
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * RFC 4180 quoting (fields with comma, quote, CR or LF are quoted, quotes doubled). Text starting
 * with = + - @ or a tab is prefixed with an apostrophe so spreadsheets do not run it as a formula;
 * the JSON export keeps values untouched for offline hash checks.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
