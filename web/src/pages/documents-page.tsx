import { useRef, useState } from 'preact/hooks';
import type { UploadProgress } from '../api/client';
import { describeRejection } from '../api/messages';
import type { DocumentSummary, UploadResult } from '../api/types';
import { formatDateTime } from '../components/format';
import { ErrorMessage } from '../components/run-controls';
import { UploadProgressBar } from '../components/upload-progress';
import { useDocuments } from '../components/use-documents';
import { useSession } from '../session';

const OUTCOMES: Record<UploadResult['status'], string> = {
  ingested: 'wurde aufgenommen und indiziert',
  updated: 'wurde aktualisiert und neu indiziert',
  unchanged: 'ist bereits unverändert im Bestand',
  duplicate: 'ist inhaltsgleich schon im Bestand',
};

/** Dokumente: upload with progress, the list with status, delete, and rejected files with the reason. */
export function DocumentsPage() {
  const { api, refreshHealth } = useSession();
  const { listing, error: listError, reload } = useDocuments();
  const [file, setFile] = useState<File | null>(null);
  const [collection, setCollection] = useState('');
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const controller = useRef<AbortController | null>(null);

  const upload = async (event: Event) => {
    event.preventDefault();
    if (!file || busy) return;
    setBusy(true);
    setError(null);
    setOutcome('');
    setProgress({ loaded: 0, total: file.size });
    controller.current = new AbortController();
    try {
      const result = await api.upload(file, collection.trim() ? { collection: collection.trim() } : {}, setProgress, controller.current.signal);
      setOutcome(`„${result.document.title}“ ${OUTCOMES[result.status]}.`);
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
      reload();
      refreshHealth();
    } catch (caught) {
      if (!(caught instanceof DOMException && caught.name === 'AbortError')) setError(caught);
      else setOutcome('Hochladen abgebrochen.');
      reload();
    } finally {
      setBusy(false);
      setProgress(null);
      setTimeout(() => outcomeRef.current?.focus(), 0);
    }
  };
  const remove = async (document: DocumentSummary) => {
    try {
      await api.json('DELETE', `/api/v1/documents/${document.id}`);
      setOutcome(`„${document.title}“ wurde gelöscht.`);
      setConfirming(null);
      reload();
      refreshHealth();
      setTimeout(() => outcomeRef.current?.focus(), 0);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <div class="page-body">
      <form class="card" onSubmit={upload}>
        <h2>Dokument hochladen</h2>
        <label for="upload-file">Datei (PDF, DOCX, HTML, Markdown, Text)</label>
        <input id="upload-file" ref={fileRef} type="file" required accept=".pdf,.docx,.html,.htm,.md,.txt" onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)} />
        <label for="upload-collection">Sammlung (optional)</label>
        <input id="upload-collection" type="text" value={collection} aria-describedby="upload-collection-hint" onInput={(event) => setCollection(event.currentTarget.value)} />
        <p id="upload-collection-hint" class="hint">Ohne Angabe landet die Datei in Ihren privaten Uploads.</p>
        <div class="buttons">
          <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>Hochladen</button>
          <button type="button" disabled={!busy} onClick={() => controller.current?.abort()}>Hochladen abbrechen</button>
        </div>
        <UploadProgressBar progress={progress} id="upload-progress" />
      </form>
      <p class="outcome" role="status" tabIndex={-1} ref={outcomeRef}>{outcome}</p>
      {error ? <ErrorMessage error={error} /> : null}
      {listError ? <ErrorMessage error={listError} /> : null}
      <section class="card" aria-labelledby="documents-title">
        <h2 id="documents-title">Bestand ({listing?.total ?? '…'} Dokumente)</h2>
        <table class="documents">
          <caption class="visually-hidden">Dokumente im Bestand</caption>
          <thead><tr><th scope="col">Titel</th><th scope="col">Sammlung</th><th scope="col">Seiten</th><th scope="col">Status</th><th scope="col">Aufgenommen</th><th scope="col">Aktionen</th></tr></thead>
          <tbody>
            {(listing?.documents ?? []).map((document) => (
              <tr key={document.id}>
                <th scope="row">{document.title}</th>
                <td>{document.shared ? `${document.collection} (gemeinsam)` : document.collection}</td>
                <td>{document.pageCount ?? '–'}</td>
                <td>indiziert</td>
                <td>{formatDateTime(document.ingestedAt)}</td>
                <td>
                  {document.shared ? null : confirming === document.id ? (
                    <span role="group" aria-label={`Löschen von ${document.title} bestätigen`}>
                      <button type="button" class="danger" onClick={() => void remove(document)}>Ja, löschen</button>{' '}
                      <button type="button" onClick={() => setConfirming(null)}>Nein</button>
                    </span>
                  ) : <button type="button" aria-label={`Löschen: ${document.title}`} onClick={() => setConfirming(document.id)}>Löschen</button>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {listing?.rejected.length ? (
        <section class="card" aria-labelledby="rejected-title">
          <h2 id="rejected-title">Nicht aufgenommene Dateien</h2>
          <table class="rejected">
            <caption class="visually-hidden">Abgelehnte Dateien mit Grund</caption>
            <thead><tr><th scope="col">Datei</th><th scope="col">Status</th><th scope="col">Grund</th><th scope="col">Zeitpunkt</th></tr></thead>
            <tbody>
              {listing.rejected.map((rejection, index) => (
                <tr key={index}>
                  <th scope="row">{rejection.source}</th>
                  <td>{rejection.status === 'no_text_layer' ? 'keine Textebene' : 'fehlgeschlagen'}</td>
                  <td>{describeRejection(rejection.reason)}</td>
                  <td>{formatDateTime(rejection.rejectedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
