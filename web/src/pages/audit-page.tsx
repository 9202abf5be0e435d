import { useEffect, useRef, useState } from 'preact/hooks';
import {
  AUDIT_OUTCOME_LABELS, downloadAuditExport, listAuditRecords, NO_AUDIT_FILTERS, type AuditFilters, type AuditRecordView,
} from '../api/audit';
import { AuditTable } from '../components/audit-table';
import { AuditVerifyPanel } from '../components/audit-verify-panel';
import { formatNumber } from '../components/format';
import { ErrorMessage } from '../components/run-controls';
import { useSession } from '../session';

const PAGE_SIZE = 50;

/** Prüfprotokoll: the audit records with filters, paging, CSV/JSON export and chain verification (auditors, admins). */
export function AuditPage() {
  const { api } = useSession();
  const [form, setForm] = useState<AuditFilters>(NO_AUDIT_FILTERS);
  // The filters the table (and the export) show; the form may already differ.
  const [applied, setApplied] = useState<AuditFilters>(NO_AUDIT_FILTERS);
  const [records, setRecords] = useState<AuditRecordView[]>([]);
  const [cursor, setCursor] = useState<string | number | null>(null);
  const [firstNew, setFirstNew] = useState(-1);
  const [loading, setLoading] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [functions, setFunctions] = useState<string[]>([]);
  const firstNewRef = useRef<HTMLTableCellElement>(null);
  const focusNew = useRef(false);

  const load = async (filters: AuditFilters, after: string | number | null) => {
    setLoading(true);
    setError(null);
    try {
      const page = await listAuditRecords(api, filters, after, PAGE_SIZE);
      const previous = after === null ? [] : records;
      setRecords([...previous, ...page.records]);
      setFirstNew(after === null ? -1 : previous.length);
      setCursor(page.nextCursor);
      setApplied(filters);
      setLoaded(true);
      setFunctions((known) => [...new Set([...known, ...page.records.map((record) => record.function)])].sort());
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => { void load(NO_AUDIT_FILTERS, null); }, []);
  useEffect(() => {
    // After "Weitere laden" focus goes to the first new row, not back to the top of the table.
    if (focusNew.current && firstNew >= 0) firstNewRef.current?.focus();
    focusNew.current = false;
  }, [records]);

  const field = (name: keyof AuditFilters) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    setForm((current) => ({ ...current, [name]: value }));
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void load(form, null);
  };
  const reset = () => {
    setForm(NO_AUDIT_FILTERS);
    void load(NO_AUDIT_FILTERS, null);
  };
  const more = () => {
    focusNew.current = true;
    void load(applied, cursor);
  };
  const exportAs = async (format: 'csv' | 'json') => {
    setError(null);
    try {
      setExported(await downloadAuditExport(api, applied, format));
    } catch (caught) {
      setError(caught);
    }
  };
  const count = `${formatNumber(records.length, 0)} ${records.length === 1 ? 'Eintrag' : 'Einträge'} angezeigt${cursor !== null ? ', weitere vorhanden' : ''}.`;

  return (
    <div class="page-body">
      <form class="card" onSubmit={submit} aria-labelledby="audit-filter-title">
        <h2 id="audit-filter-title">Filter</h2>
        <div class="grid">
          <div>
            <label for="audit-from">Von</label>
            <input id="audit-from" type="date" value={form.from} onInput={field('from')} />
          </div>
          <div>
            <label for="audit-to">Bis</label>
            <input id="audit-to" type="date" value={form.to} min={form.from || undefined} onInput={field('to')} aria-describedby="audit-to-hint" />
            <p id="audit-to-hint" class="note">Einschließlich dieses Tages (UTC).</p>
          </div>
          <div>
            <label for="audit-user">Nutzer (Pseudonym)</label>
            <input id="audit-user" type="text" value={form.user} onInput={field('user')} placeholder="ps_…" maxLength={200} spellcheck={false} />
          </div>
          <div>
            <label for="audit-function">Funktion</label>
            <input id="audit-function" type="text" list="audit-functions" value={form.function} onInput={field('function')} maxLength={200} aria-describedby="audit-function-hint" spellcheck={false} />
            <datalist id="audit-functions">
              {functions.map((name) => <option key={name} value={name} />)}
            </datalist>
            <p id="audit-function-hint" class="note">Genauer Name, z. B. „POST /api/v1/research“.</p>
          </div>
          <div>
            <label for="audit-outcome">Ergebnis</label>
            <select id="audit-outcome" value={form.outcome} onChange={field('outcome')}>
              <option value="">alle</option>
              {Object.entries(AUDIT_OUTCOME_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          </div>
        </div>
        <div class="buttons">
          <button type="submit" class="primary">Anzeigen</button>
          <button type="button" onClick={reset}>Filter zurücksetzen</button>
        </div>
      </form>

      <section class="card" aria-labelledby="audit-results-title">
        <h2 id="audit-results-title">Einträge</h2>
        <p role="status" data-testid="audit-count">{loading ? 'Einträge werden geladen …' : loaded ? count : ''}</p>
        {error ? <ErrorMessage error={error} /> : null}
        <div class="buttons">
          <button type="button" onClick={() => void exportAs('csv')}>Als CSV exportieren</button>
          <button type="button" onClick={() => void exportAs('json')}>Als JSON exportieren</button>
        </div>
        <p class="note">Der Export enthält alle Einträge zu den angezeigten Filtern.</p>
        <div aria-live="polite">{exported ? <p class="note ok">Export heruntergeladen: {exported}</p> : null}</div>
        {loaded && records.length === 0 ? <p>Keine Einträge zu diesen Filtern.</p> : null}
        {records.length > 0 ? <AuditTable records={records} firstNew={firstNew} firstNewRef={firstNewRef} /> : null}
        {cursor !== null ? (
          <div class="buttons">
            <button type="button" onClick={more} disabled={loading}>Weitere laden</button>
          </div>
        ) : null}
      </section>

      <AuditVerifyPanel />
    </div>
  );
}
