import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Api, ApiError, isAbort } from '../src/api/client';
import { describeError, describeFallback, describeMode } from '../src/api/messages';
import type { DraftResult, Provenance, ResearchResult, SimplifyResult, SummaryResult } from '../src/api/types';
import { addinTokenStorage, connectOffice, type OfficeHost } from './office-host';

type Action = 'summarize' | 'reply' | 'simplify' | 'research';

const ACTIONS: Array<[Action, string]> = [['summarize', 'Zusammenfassen'], ['reply', 'Antwort entwerfen'], ['simplify', 'Vereinfachen'], ['research', 'Recherchieren']];
const MAX_QUESTION_CHARS = 2000;

/** The API base: the service's public URL written into the page by the server, else where this page came from. */
function apiBase(): string {
  const configured = document.querySelector<HTMLMetaElement>('meta[name="llmoin-api"]')?.content.trim() ?? '';
  return (configured || new URL('..', window.location.href).href).replace(/\/+$/, '');
}

/** One action's request: path, body and how to read the final text from its result. */
function requestFor(action: Action, source: string, points: string, subject: string | null): { path: string; body: object; text: (result: Provenance) => string } {
  switch (action) {
    case 'summarize':
      return { path: '/api/v1/summarize', body: { text: source, length: 'kurz' }, text: (result) => (result as SummaryResult).summary };
    case 'simplify':
      return { path: '/api/v1/simplify', body: { text: source, level: 'einfach' }, text: (result) => (result as SimplifyResult).text ?? '' };
    case 'research':
      return { path: '/api/v1/research', body: { question: source.slice(0, MAX_QUESTION_CHARS) }, text: (result) => (result as ResearchResult).answer };
    case 'reply': {
      // The draft API takes key points; the original mail goes along as one of them for context.
      const original = source.replace(/\s+/g, ' ').trim().slice(0, 1500);
      const kernpunkte = [...points.split('\n').map((line) => line.trim()).filter(Boolean), ...(original ? [`Bezug: ${original}`] : [])];
      const betreff = subject ? (subject.startsWith('AW:') ? subject : `AW: ${subject}`) : 'Ihre Nachricht';
      return { path: '/api/v1/draft', body: { type: 'email', tone: 'buergernah', fields: { betreff, kernpunkte } }, text: (result) => (result as DraftResult).text };
    }
  }
}

function TaskPane() {
  const [host, setHost] = useState<OfficeHost | null>(null);
  const [token, setToken] = useState<string | null>(null);
  const [tokenInput, setTokenInput] = useState('');
  const [source, setSource] = useState('');
  const [points, setPoints] = useState('');
  const [action, setAction] = useState<Action>('summarize');
  const [status, setStatus] = useState('');
  const [output, setOutput] = useState('');
  const [result, setResult] = useState<Provenance | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const outputHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void connectOffice().then(setHost).catch(() => setHost(null));
    void addinTokenStorage.read().then(setToken);
  }, []);
  const api = useMemo(() => new Api(apiBase(), () => token, () => { void addinTokenStorage.clear(); setToken(null); }), [token]);

  const saveToken = async (event: Event) => {
    event.preventDefault();
    await addinTokenStorage.write(tokenInput.trim());
    setToken(tokenInput.trim());
    setTokenInput('');
  };
  const readSource = async () => {
    if (!host) return;
    try {
      const text = await host.readSource();
      setSource(text);
      setStatus(text ? `${host.kind === 'outlook' ? 'E-Mail-Text' : 'Markierung'} übernommen (${text.length} Zeichen).` : 'Keine Markierung gefunden.');
    } catch (caught) {
      setStatus(`Text konnte nicht gelesen werden: ${caught instanceof Error ? caught.message : String(caught)}`);
    }
  };
  const start = async (event: Event) => {
    event.preventDefault();
    if (running || !source.trim()) return;
    const request = requestFor(action, source, points, host?.subject() ?? null);
    const current = new AbortController();
    controller.current = current;
    setRunning(true);
    setOutput('');
    setResult(null);
    setError(null);
    setStatus('Wird erstellt …');
    setTimeout(() => cancelRef.current?.focus(), 0);
    try {
      const final = await api.stream<Provenance>(request.path, request.body, {
        onStart: (started) => setResult({ ...started, fallback: null }),
        onDelta: (text) => setOutput((previous) => previous + text),
      }, current.signal);
      setOutput(request.text(final));
      setResult(final);
      setStatus('Fertig.');
    } catch (caught) {
      if (isAbort(caught)) setStatus('Abgebrochen.');
      else {
        setError(caught);
        setStatus('Fehlgeschlagen.');
      }
    } finally {
      setRunning(false);
      setTimeout(() => outputHeading.current?.focus(), 0);
    }
  };
  const insert = async () => {
    if (!host) return;
    try {
      await host.insert(output);
      setStatus(host.kind === 'outlook' ? 'Antwortentwurf geöffnet.' : 'In das Dokument eingefügt.');
    } catch (caught) {
      setStatus(`Einfügen nicht möglich: ${caught instanceof Error ? caught.message : String(caught)}`);
    }
  };

  const hostName = host?.kind === 'outlook' ? 'Outlook' : host?.kind === 'word' ? 'Word' : 'Browser';
  if (!token) {
    return (
      <main id="main">
        <h1>LLMoin für {hostName}</h1>
        <form onSubmit={saveToken}>
          <label for="addin-token">Persönliches API-Token</label>
          <input id="addin-token" type="password" required autoComplete="off" value={tokenInput} aria-describedby="addin-token-hint" onInput={(e) => setTokenInput(e.currentTarget.value)} />
          <p id="addin-token-hint" class="hint">Erstellen Sie das Token in der LLMoin-Weboberfläche unter „Zugang“.</p>
          <button type="submit" class="primary">Speichern</button>
        </form>
      </main>
    );
  }
  const sourceLabel = host?.kind === 'outlook' ? 'E-Mail-Text' : 'Text (Markierung)';
  return (
    <main id="main">
      <h1>LLMoin für {hostName}</h1>
      <form onSubmit={start}>
        <button type="button" onClick={() => void readSource()} disabled={host?.kind === 'none'}>{host?.kind === 'outlook' ? 'E-Mail übernehmen' : 'Markierung übernehmen'}</button>
        <label for="addin-source">{sourceLabel}</label>
        <textarea id="addin-source" rows={6} required value={source} onInput={(e) => setSource(e.currentTarget.value)} />
        <fieldset>
          <legend>Aktion</legend>
          {ACTIONS.map(([value, label]) => (
            <label key={value} class="choice"><input type="radio" name="addin-action" value={value} checked={action === value} onChange={() => setAction(value)} /> {label}</label>
          ))}
        </fieldset>
        {action === 'reply' ? (
          <>
            <label for="addin-points">Kernpunkte der Antwort (eine pro Zeile)</label>
            <textarea id="addin-points" rows={3} value={points} onInput={(e) => setPoints(e.currentTarget.value)} />
          </>
        ) : null}
        <div class="buttons">
          <button type="submit" class="primary" aria-disabled={running ? 'true' : undefined}>Ausführen</button>
          <button type="button" ref={cancelRef} disabled={!running} onClick={() => controller.current?.abort()}>Abbrechen</button>
        </div>
      </form>
      <h2 tabIndex={-1} ref={outputHeading}>Ergebnis</h2>
      <p role="status" class="run-status">{status}</p>
      {result ? (
        <p class="mode-line">
          <span class={`badge badge-${result.mode}`}>{describeMode(result)}</span>
          {result.fallback ? <span class="fallback"> Grund: {describeFallback(result.fallback.reason)}</span> : null}
        </p>
      ) : null}
      {error ? (
        <div class="error" role="alert"><p>{describeError(error).message}</p>{error instanceof ApiError && error.status === 0 ? <p>Prüfen Sie die Dienstadresse und die CORS-Freigabe (LLMOIN_CORS_ORIGINS).</p> : null}</div>
      ) : null}
      <div class="output prewrap" aria-live="polite" aria-busy={running ? 'true' : 'false'} data-testid="addin-output">{output}</div>
      <div class="buttons">
        <button type="button" disabled={!output || running || host?.kind === 'none'} onClick={() => void insert()}>
          {host?.kind === 'outlook' ? 'Als Antwort öffnen' : 'An der Cursorposition einfügen'}
        </button>
        <button type="button" onClick={() => { void addinTokenStorage.clear(); setToken(null); }}>Token entfernen</button>
      </div>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<TaskPane />, root);
