import type { Api } from './client';
import { saveFile } from './save-file';

/** Outcomes the service records (AUDIT_OUTCOMES in server/src/audit/audit-record.ts), with German labels. */
export const AUDIT_OUTCOME_LABELS: Record<string, string> = {
  success: 'Erfolg',
  'client-error': 'Fehlerhafte Anfrage',
  unauthenticated: 'Nicht angemeldet',
  forbidden: 'Keine Berechtigung',
  'rate-limited': 'Begrenzt (zu viele Anfragen)',
  'server-error': 'Serverfehler',
  aborted: 'Abgebrochen',
};

/** The filters of the records list and the export; empty strings mean "no filter". */
export interface AuditFilters {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD, inclusive (the service counts the whole day). */
  to: string;
  /** A pseudonym (`ps_…`). */
  user: string;
  /** Exact function name, e.g. `POST /api/v1/research`. */
  function: string;
  outcome: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { from: '', to: '', user: '', function: '', outcome: '' };

/** A record as GET /api/v1/audit/records presents it (server/src/api/audit/audit-record.presenter.ts). */
export interface AuditRecordView {
  seq: number;
  at: string;
  actor: string | null;
  subject?: string | null;
  role: string | null;
  function: string;
  model: string | null;
  prompt: { id: string; version: number | null } | null;
  documents: string[];
  tokens: { in: number | null; out: number | null };
  latencyMs: number | null;
  outcome: string;
  status: number | null;
  mode: string | null;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditPage {
  records: AuditRecordView[];
  nextCursor: string | number | null;
}

export interface AuditVerification {
  ok: boolean;
  records: number;
  checkpoints: number;
  firstBroken: { seq: number; reason: string; detail: string } | null;
  from: number;
  keyId: string;
}

/** Query string of the filters that are set (the service rejects empty values). */
export function auditQuery(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...filters, ...extra })) {
    const trimmed = value.trim();
    if (trimmed !== '') parameters.set(name, trimmed);
  }
  const text = parameters.toString();
  return text === '' ? '' : `?${text}`;
}

export function listAuditRecords(api: Api, filters: AuditFilters, cursor: string | number | null, limit = 50): Promise<AuditPage> {
  const extra: Record<string, string> = { limit: String(limit) };
  if (cursor !== null) extra['cursor'] = String(cursor);
  return api.json<AuditPage>('GET', `/api/v1/audit/records${auditQuery(filters, extra)}`);
}

export function verifyAuditLog(api: Api): Promise<AuditVerification> {
  return api.json<AuditVerification>('GET', '/api/v1/audit/verify');
}

/** Downloads the export with the current filters through an object URL (bearer token; no navigation). */
export async function downloadAuditExport(api: Api, filters: AuditFilters, format: 'csv' | 'json'): Promise<string> {
  const { blob, fileName } = await api.download(`/api/v1/audit/export${auditQuery(filters, { format })}`);
  return saveFile(blob, fileName);
}
