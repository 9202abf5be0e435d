import { useState } from 'preact/hooks';
import { verifyAuditLog, type AuditVerification } from '../api/audit';
import { useSession } from '../session';
import { formatNumber } from './format';
import { ErrorMessage } from './run-controls';

/** BrokenReason of server/src/audit/verify-audit-log.ts in German; unknown codes stay visible. */
const BROKEN_REASONS: Record<string, string> = {
  'missing-record': 'Eintrag fehlt',
  'prev-hash-mismatch': 'Verkettung zum Vorgänger stimmt nicht',
  'hash-mismatch': 'Eintrag wurde verändert (Prüfsumme stimmt nicht)',
  truncated: 'Protokoll wurde gekürzt',
  'beyond-head': 'Einträge nach dem signierten Ende',
  'head-missing': 'Signiertes Ende fehlt',
  'head-signature-invalid': 'Signatur des Endes ungültig',
  'head-mismatch': 'Signiertes Ende passt nicht zur Kette',
  'checkpoint-signature-invalid': 'Signatur eines Prüfpunkts ungültig',
  'checkpoint-mismatch': 'Prüfpunkt passt nicht zur Kette',
  'trusted-head-mismatch': 'Gespeicherter Stand fehlt im Protokoll',
};

/** "Protokoll prüfen": verifies hash chain and signed checkpoints on the service. */
export function AuditVerifyPanel() {
  const { api } = useSession();
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [running, setRunning] = useState(false);

  const verify = async () => {
    setRunning(true);
    setError(null);
    try {
      setResult(await verifyAuditLog(api));
    } catch (caught) {
      setResult(null);
      setError(caught);
    } finally {
      setRunning(false);
    }
  };
  const broken = result?.firstBroken ?? null;
  return (
    <section class="card" aria-labelledby="audit-verify-title">
      <h2 id="audit-verify-title">Protokoll prüfen</h2>
      <p>Prüft die Hash-Kette aller Einträge und die Signaturen der Prüfpunkte.</p>
      <div class="buttons">
        <button type="button" onClick={() => void verify()} aria-disabled={running ? 'true' : undefined} disabled={running}>Protokoll prüfen</button>
      </div>
      <div aria-live="polite" data-testid="audit-verify-result">
        {running ? <p role="status">Prüfung läuft …</p> : null}
        {result && result.ok && !broken ? (
          <p class="note ok" role="status">
            Kette intakt: {formatNumber(result.records, 0)} Einträge, {formatNumber(result.checkpoints, 0)} Prüfpunkte
          </p>
        ) : null}
      </div>
      {result && (broken || !result.ok) ? (
        <div class="error" role="alert">
          <p class="error-title">
            {broken
              ? `Kette unterbrochen bei Eintrag ${broken.seq}: ${BROKEN_REASONS[broken.reason] ?? 'unbekannter Grund'} (${broken.reason})`
              : 'Die Prüfung ist fehlgeschlagen.'}
          </p>
          {broken?.detail ? <p class="error-detail">Technische Angabe: {broken.detail}</p> : null}
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
