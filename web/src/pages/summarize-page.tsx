import { useState } from 'preact/hooks';
import type { UploadProgress } from '../api/client';
import type { SummaryResult } from '../api/types';
import { CopyButton } from '../components/copy-button';
import { RunButtons, RunOutput } from '../components/run-controls';
import { UploadProgressBar } from '../components/upload-progress';
import { useDocuments } from '../components/use-documents';
import { useRun } from '../components/use-run';
import { useSession } from '../session';

type Source = 'text' | 'file' | 'document';

/** Zusammenfassen: pasted text, an uploaded file or a document from the corpus; length, style, audience. */
export function SummarizePage() {
  const { api } = useSession();
  const run = useRun<SummaryResult>();
  const { listing, reload } = useDocuments();
  const [source, setSource] = useState<Source>('text');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [documentId, setDocumentId] = useState('');
  const [length, setLength] = useState('mittel');
  const [words, setWords] = useState(120);
  const [style, setStyle] = useState('fliesstext');
  const [audience, setAudience] = useState('fachpublikum');
  const [progress, setProgress] = useState<UploadProgress | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    if (run.state.status === 'running') return;
    setProgress(null);
    void run.start(async (handlers, signal) => {
      let input: { text: string } | { documentId: string };
      if (source === 'file') {
        if (!file) throw new Error('Bitte wählen Sie eine Datei aus.');
        const uploaded = await api.upload(file, {}, setProgress, signal);
        reload();
        input = { documentId: uploaded.document.id };
      } else if (source === 'document') input = { documentId };
      else input = { text };
      const size = length === 'woerter' ? { words } : { length };
      return api.stream<SummaryResult>('/api/v1/summarize', { ...input, ...size, style, audience }, handlers, signal);
    });
  };

  return (
    <div class="page-body">
      <form class="card" onSubmit={submit}>
        <fieldset>
          <legend>Quelle</legend>
          {([['text', 'Text einfügen'], ['file', 'Datei hochladen'], ['document', 'Dokument aus dem Bestand']] as const).map(([value, label]) => (
            <label key={value} class="choice"><input type="radio" name="summary-source" value={value} checked={source === value} onChange={() => setSource(value)} /> {label}</label>
          ))}
        </fieldset>
        {source === 'text' ? (
          <>
            <label for="summary-text">Text</label>
            <textarea id="summary-text" rows={10} required value={text} onInput={(event) => setText(event.currentTarget.value)} />
          </>
        ) : null}
        {source === 'file' ? (
          <>
            <label for="summary-file">Datei (PDF, DOCX, HTML, Markdown, Text)</label>
            <input id="summary-file" type="file" required accept=".pdf,.docx,.html,.htm,.md,.txt" onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)} />
            <UploadProgressBar progress={progress} id="summary-upload-progress" />
          </>
        ) : null}
        {source === 'document' ? (
          <>
            <label for="summary-document">Dokument</label>
            <select id="summary-document" required value={documentId} onChange={(event) => setDocumentId(event.currentTarget.value)}>
              <option value="">Bitte wählen …</option>
              {(listing?.documents ?? []).map((document) => <option key={document.id} value={document.id}>{document.title}</option>)}
            </select>
          </>
        ) : null}
        <div class="grid">
          <div>
            <label for="summary-length">Länge</label>
            <select id="summary-length" value={length} onChange={(event) => setLength(event.currentTarget.value)}>
              <option value="kurz">kurz</option>
              <option value="mittel">mittel</option>
              <option value="lang">lang</option>
              <option value="woerter">Wortzahl angeben</option>
            </select>
            {length === 'woerter' ? (
              <>
                <label for="summary-words">Wörter (20–2000)</label>
                <input id="summary-words" type="number" min={20} max={2000} value={words} onInput={(event) => setWords(Number(event.currentTarget.value))} />
              </>
            ) : null}
          </div>
          <div>
            <label for="summary-style">Stil</label>
            <select id="summary-style" value={style} onChange={(event) => setStyle(event.currentTarget.value)}>
              <option value="fliesstext">Fließtext</option>
              <option value="stichpunkte">Stichpunkte</option>
              <option value="management-summary">Management-Summary</option>
            </select>
          </div>
          <div>
            <label for="summary-audience">Zielgruppe</label>
            <select id="summary-audience" value={audience} onChange={(event) => setAudience(event.currentTarget.value)}>
              <option value="fachpublikum">Fachpublikum</option>
              <option value="buergerinnen">Bürgerinnen und Bürger</option>
            </select>
          </div>
        </div>
        <RunButtons run={run} label="Zusammenfassen" />
      </form>
      <RunOutput run={run} title="Zusammenfassung" id="summary">
        {(result) => (
          <>
            {result.document ? <p class="note">Dokument: {result.document.title}</p> : null}
            <div class="streamed">{result.summary.split(/\n{2,}/).map((paragraph, index) => <p key={index}>{paragraph}</p>)}</div>
            <p class="note">{result.words} Wörter (Ziel: {result.targetWords}){result.mapReduce ? `, in ${result.mapReduce.windows} Abschnitten zusammengefasst` : ''}.</p>
            <CopyButton text={result.summary} />
          </>
        )}
      </RunOutput>
    </div>
  );
}
