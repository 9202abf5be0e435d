import { useState } from 'preact/hooks';
import type { DeadlineResult } from '../api/types';
import { formatDate } from '../components/format';
import { ErrorMessage } from '../components/run-controls';
import { useSession } from '../session';
import { EVENT_TYPES, LAENDER, type DeadlineInput } from './draft-fields';

const PERIODS: Array<[string, string]> = [['P1M', 'ein Monat'], ['P2W', 'zwei Wochen'], ['P1W', 'eine Woche'], ['P3M', 'drei Monate'], ['P1Y', 'ein Jahr']];

/** Fristenrechner: Bekanntgabe and end of a period, each step with its norm (POST /api/v1/deadlines). */
export function DeadlineHelper({ onApply }: { onApply?: (input: DeadlineInput) => void }) {
  const { api } = useSession();
  const [input, setInput] = useState<DeadlineInput>({ event: '', eventType: 'posted', land: 'HH', remedy: '' });
  const [period, setPeriod] = useState('P1M');
  const [result, setResult] = useState<DeadlineResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      setResult(await api.json<DeadlineResult>('POST', '/api/v1/deadlines', {
        event: input.event, eventType: input.eventType, land: input.land,
        // With a Rechtsbehelf the period is fixed by law (one month); the service rejects any other.
        ...(input.remedy ? { remedy: input.remedy } : { period }),
      }));
    } catch (caught) {
      setResult(null);
      setError(caught);
    }
  };
  return (
    <section class="card" aria-labelledby="deadline-title">
      <h2 id="deadline-title">Fristenrechner</h2>
      <form onSubmit={submit}>
        <div class="grid">
          <div class="field">
            <label for="deadline-event">Tag der Absendung oder Zustellung</label>
            <input id="deadline-event" type="date" required value={input.event} onInput={(e) => setInput({ ...input, event: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="deadline-type">Art der Bekanntgabe</label>
            <select id="deadline-type" value={input.eventType} onChange={(e) => setInput({ ...input, eventType: e.currentTarget.value })}>
              {EVENT_TYPES.map(([code, label]) => <option key={code} value={code}>{label}</option>)}
            </select>
          </div>
          <div class="field">
            <label for="deadline-remedy">Rechtsbehelf</label>
            <select id="deadline-remedy" value={input.remedy} onChange={(e) => setInput({ ...input, remedy: e.currentTarget.value })}>
              <option value="">keiner (freie Frist)</option>
              <option value="widerspruch">Widerspruch</option>
              <option value="klage">Klage</option>
            </select>
          </div>
          <div class="field">
            <label for="deadline-period">Frist</label>
            <select id="deadline-period" value={input.remedy ? 'P1M' : period} disabled={Boolean(input.remedy)} aria-describedby="deadline-period-hint" onChange={(e) => setPeriod(e.currentTarget.value)}>
              {PERIODS.map(([code, label]) => <option key={code} value={code}>{label}</option>)}
            </select>
            <p id="deadline-period-hint" class="hint">Mit Rechtsbehelf gilt die gesetzliche Frist von einem Monat.</p>
          </div>
          <div class="field">
            <label for="deadline-land">Land (Feiertage)</label>
            <select id="deadline-land" value={input.land} onChange={(e) => setInput({ ...input, land: e.currentTarget.value })}>
              {LAENDER.map(([code, label]) => <option key={code} value={code}>{label}</option>)}
            </select>
          </div>
        </div>
        <div class="buttons"><button type="submit">Frist berechnen</button></div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      <div aria-live="polite">
        {result ? (
          <div class="deadline-result">
            <dl class="facts">
              <dt>Bekanntgabe</dt><dd data-testid="deadline-bekanntgabe">{formatDate(result.bekanntgabe)}</dd>
              <dt>Fristende</dt><dd data-testid="deadline-end">{formatDate(result.end)}</dd>
            </dl>
            <h3>Berechnung</h3>
            <ol class="steps">
              {result.explanation.map((step, index) => <li key={index}><strong>{step.norm}:</strong> {step.text} ({formatDate(step.date)})</li>)}
            </ol>
            {result.rechtsbehelfsbelehrung ? (
              <>
                <h3>Rechtsbehelfsbelehrung</h3>
                <p class="prewrap">{result.rechtsbehelfsbelehrung}</p>
              </>
            ) : null}
            {onApply ? <button type="button" onClick={() => onApply({ ...input, remedy: input.remedy || 'widerspruch' })}>In den Bescheid übernehmen</button> : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
