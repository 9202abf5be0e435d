import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import type { CitationCheck, CitationReference, Passage } from '../api/types';
import { useSession } from '../session';

const STATUS: Record<CitationReference['status'], string> = {
  resolved: 'im Bestand gefunden',
  'unknown-law': 'Gesetz nicht im Bestand',
  'unknown-section': 'Vorschrift nicht gefunden',
  'unknown-paragraph': 'Absatz oder Satz nicht gefunden',
};

/**
 * Checks the legal references (§ 41 Abs. 2 VwVfG …) in a generated text against the laws in the
 * corpus (POST /api/v1/citations/check). Resolved ones open their passage in the side panel.
 */
export function LegalCitations({ text, onOpen }: { text: string; onOpen?: (passage: Passage, label: string, opener: HTMLElement) => void }) {
  const { api } = useSession();
  const [report, setReport] = useState<CitationCheck | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    setReport(null);
    setFailed(false);
    if (!text.trim()) return;
    const controller = new AbortController();
    api.json<CitationCheck>('POST', '/api/v1/citations/check', { text }, controller.signal)
      .then(setReport)
      // Older services have no citation check (404): the section just stays away.
      .catch((error: unknown) => { if (!controller.signal.aborted && !(error instanceof ApiError && error.status === 404)) setFailed(true); });
    return () => controller.abort();
  }, [text]);
  if (failed) return <p class="note">Die Prüfung der Normzitate ist fehlgeschlagen.</p>;
  if (!report) return null;
  return (
    <section class="citation-check" aria-label="Prüfung der Normzitate">
      <h3>Normzitate</h3>
      {report.references.length === 0 ? <p>Keine Normzitate im Text erkannt.</p> : (
        <>
          <p>{report.summary.total} geprüft, {report.summary.resolved} im Bestand gefunden.</p>
          <ul>
            {report.references.map((reference, index) => (
              <li key={index} class={`reference reference-${reference.status}`}>
                <span class="reference-text">{reference.text}</span>: {STATUS[reference.status]}
                {reference.missing ? ` (${reference.missing} fehlt)` : ''}
                {reference.passage && onOpen ? (
                  <> <button type="button" class="link-button" onClick={(event) => reference.passage && onOpen(reference.passage, reference.text, event.currentTarget)}>Vorschrift anzeigen</button></>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
