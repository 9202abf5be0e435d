import type { Ref } from 'preact';
import { AUDIT_OUTCOME_LABELS, type AuditRecordView } from '../api/audit';
import { formatDateTime, formatNumber } from './format';

const DASH = '–';

function tokens(record: AuditRecordView): string {
  const { in: input, out } = record.tokens;
  if (input === null && out === null) return DASH;
  return `${input === null ? DASH : formatNumber(input, 0)} / ${out === null ? DASH : formatNumber(out, 0)}`;
}

function outcome(record: AuditRecordView): string {
  const label = AUDIT_OUTCOME_LABELS[record.outcome] ?? record.outcome;
  return record.status === null ? label : `${label} (${record.status})`;
}

/**
 * The records table; each row's time is its row header. `firstNewRef` marks the first row of the
 * last page loaded, so "Weitere laden" can move focus there.
 */
export function AuditTable({ records, firstNew, firstNewRef }: { records: AuditRecordView[]; firstNew: number; firstNewRef: Ref<HTMLTableCellElement> }) {
  return (
    <table data-testid="audit-table">
      <caption>Protokolleinträge, neueste zuerst (Tokens: Eingabe / Ausgabe)</caption>
      <thead>
        <tr>
          <th scope="col">Zeit</th>
          <th scope="col">Nutzer (Pseudonym)</th>
          <th scope="col">Rolle</th>
          <th scope="col">Funktion</th>
          <th scope="col">Modell</th>
          <th scope="col">Prompt</th>
          <th scope="col">Tokens</th>
          <th scope="col">Dauer</th>
          <th scope="col">Ergebnis</th>
          <th scope="col">Modus</th>
        </tr>
      </thead>
      <tbody>
        {records.map((record, index) => (
          <tr key={record.seq} data-seq={record.seq}>
            <th scope="row" tabIndex={index === firstNew ? -1 : undefined} ref={index === firstNew ? firstNewRef : undefined}>
              {formatDateTime(record.at)}
            </th>
            <td>{record.actor ?? DASH}</td>
            <td>{record.role ?? DASH}</td>
            <td>{record.function}</td>
            <td>{record.model ?? DASH}</td>
            <td>{record.prompt ? `${record.prompt.id}${record.prompt.version === null ? '' : ` v${record.prompt.version}`}` : DASH}</td>
            <td>{tokens(record)}</td>
            <td>{record.latencyMs === null ? DASH : `${formatNumber(record.latencyMs, 0)} ms`}</td>
            <td>{outcome(record)}</td>
            <td>{record.mode ?? DASH}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
