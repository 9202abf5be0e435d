import type { ComponentChildren } from 'preact';
import type { Provenance } from '../api/types';
import { describeError, describeFallback, describeMode } from '../api/messages';
import type { Run } from './use-run';

/** "generativ — Modell x" / "extraktiv — kein Sprachmodell verfügbar", plus why it fell back. */
export function ModeBadge({ provenance }: { provenance: Pick<Provenance, 'mode' | 'model'> & { fallback?: Provenance['fallback'] } }) {
  return (
    <p class="mode-line">
      <span class={`badge badge-${provenance.mode}`}>{describeMode(provenance)}</span>
      {provenance.fallback ? <span class="fallback"> Grund: {describeFallback(provenance.fallback.reason)}</span> : null}
    </p>
  );
}

export function ErrorMessage({ error, errorRef }: { error: unknown; errorRef?: { current: HTMLDivElement | null } }) {
  const { message, detail } = describeError(error);
  return (
    <div class="error" role="alert" tabIndex={-1} ref={errorRef}>
      <p class="error-title">{message}</p>
      {detail ? <p class="error-detail">Technische Angabe: {detail}</p> : null}
    </div>
  );
}

/** Submit and cancel; cancel is only enabled while a generation runs. */
export function RunButtons<T extends Provenance>({ run, label }: { run: Run<T>; label: string }) {
  const running = run.state.status === 'running';
  return (
    <div class="buttons">
      <button type="submit" class="primary" ref={run.submitRef} aria-disabled={running ? 'true' : undefined}>{label}</button>
      <button type="button" ref={run.cancelRef} disabled={!running} onClick={() => run.cancel()}>Abbrechen</button>
    </div>
  );
}

const STAGES: Record<string, string> = { map: 'Abschnitte werden zusammengefasst', reduce: 'Teilzusammenfassungen werden verdichtet' };

function statusText<T>(run: Run<T & Provenance>): string {
  const { state } = run;
  switch (state.status) {
    case 'idle': return 'Noch kein Ergebnis.';
    case 'running': return state.progress ? `${STAGES[state.progress.stage] ?? 'In Arbeit'}: ${state.progress.done} von ${state.progress.total}.` : 'Wird erstellt …';
    case 'done': return 'Fertig.';
    case 'cancelled': return 'Abgebrochen. Der bisher erzeugte Text bleibt stehen.';
    case 'error': return 'Fehlgeschlagen.';
  }
}

/**
 * The result area: heading (focus target), status (polite), mode badge, error, and the output
 * as an ARIA live region that is busy while text streams in (announced once settled).
 */
export function RunOutput<T extends Provenance>({ run, title, id, children }: { run: Run<T>; title: string; id: string; children?: (result: T) => ComponentChildren }) {
  const { state } = run;
  const badge = state.result ?? state.started;
  return (
    <section class="result" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1} ref={(element) => { run.headingRef.current = element; }}>{title}</h2>
      <p role="status" class="run-status">{statusText(run)}</p>
      {state.status === 'running' && state.progress ? <progress max={state.progress.total} value={state.progress.done} aria-label="Fortschritt" /> : null}
      {badge ? <ModeBadge provenance={{ mode: badge.mode, model: badge.model, fallback: state.result?.fallback ?? null }} /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} errorRef={run.errorRef} /> : null}
      <div id={`${id}-output`} class="output" aria-live="polite" aria-busy={state.status === 'running' ? 'true' : 'false'}>
        {state.status === 'done' && state.result && children ? children(state.result) : <StreamedText text={state.text} />}
      </div>
    </section>
  );
}

export function StreamedText({ text }: { text: string }) {
  if (!text) return null;
  return <div class="streamed">{text.split(/\n{2,}/).map((paragraph, index) => <p key={index}>{paragraph}</p>)}</div>;
}
