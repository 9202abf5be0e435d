import { useState } from 'preact/hooks';
import type { PlainLanguageReport, SimplifyResult } from '../api/types';
import { CopyButton } from '../components/copy-button';
import { RuleReport } from '../components/rule-report';
import { ErrorMessage, RunButtons, RunOutput } from '../components/run-controls';
import { useRun } from '../components/use-run';
import { useSession } from '../session';

const LEVELS = { einfach: 'Einfache Sprache', leicht: 'Leichte Sprache' } as const;
type Level = keyof typeof LEVELS;

/** Vereinfachen: Einfache or Leichte Sprache, with the rule report of original and result side by side. */
export function SimplifyPage() {
  const { api } = useSession();
  const run = useRun<SimplifyResult>();
  const [text, setText] = useState('');
  const [level, setLevel] = useState<Level>('einfach');
  const [check, setCheck] = useState<{ report: PlainLanguageReport | null; error: unknown }>({ report: null, error: null });

  const submit = (event: Event) => {
    event.preventDefault();
    if (run.state.status === 'running') return;
    setCheck({ report: null, error: null });
    void run.start((handlers, signal) => api.stream<SimplifyResult>('/api/v1/simplify', { text, level }, handlers, signal));
  };
  const checkOnly = async () => {
    if (!text.trim()) return;
    run.reset();
    try {
      setCheck({ report: await api.json<PlainLanguageReport>('POST', '/api/v1/simplify/check', { text, level }), error: null });
    } catch (error) {
      setCheck({ report: null, error });
    }
  };

  return (
    <div class="page-body">
      <form class="card" onSubmit={submit}>
        <label for="simplify-text">Ausgangstext</label>
        <textarea id="simplify-text" rows={8} required value={text} onInput={(event) => setText(event.currentTarget.value)} />
        <fieldset>
          <legend>Sprachniveau</legend>
          {(Object.keys(LEVELS) as Level[]).map((value) => (
            <label key={value} class="choice"><input type="radio" name="simplify-level" value={value} checked={level === value} onChange={() => setLevel(value)} /> {LEVELS[value]}</label>
          ))}
        </fieldset>
        <RunButtons run={run} label="Vereinfachen" />
        <div class="buttons"><button type="button" onClick={() => void checkOnly()}>Nur Regeln prüfen</button></div>
      </form>
      {check.error ? <ErrorMessage error={check.error} /> : null}
      <div aria-live="polite">
        {check.report ? <div class="card"><RuleReport report={check.report} id="check-report" title="Regelprüfung des Ausgangstexts" /></div> : null}
      </div>
      <RunOutput run={run} title="Vereinfachter Text" id="simplify">
        {(result) => (
          <div class="side-by-side">
            <div class="column">
              <h3>Ausgangstext</h3>
              <p class="prewrap">{text}</p>
              <RuleReport report={result.before} id="report-before" title="Regelprüfung vorher" />
            </div>
            <div class="column">
              <h3>{LEVELS[level]}</h3>
              {result.text ? (
                <>
                  <p class="prewrap" data-testid="simplified-text">{result.text}</p>
                  <CopyButton text={result.text} />
                </>
              ) : <p class="note">Ohne Sprachmodell entsteht kein neuer Text; die Regelprüfung zeigt, was zu ändern ist.</p>}
              {result.after ? <RuleReport report={result.after} id="report-after" title="Regelprüfung nachher" /> : null}
            </div>
          </div>
        )}
      </RunOutput>
    </div>
  );
}
