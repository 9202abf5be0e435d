import { useState } from 'preact/hooks';
import type { Passage, ResearchCitation, ResearchResult } from '../api/types';
import { AnswerText } from '../components/answer-text';
import { LegalCitations } from '../components/legal-citations';
import { PassagePanel, type PanelTarget } from '../components/passage-panel';
import { RunButtons, RunOutput } from '../components/run-controls';
import { useDocuments } from '../components/use-documents';
import { useRun } from '../components/use-run';
import { useSession } from '../session';

function selectedValues(select: HTMLSelectElement): string[] {
  return [...select.selectedOptions].map((option) => option.value);
}

/** Recherche: a question over the corpus, the answer streaming in, [n] markers opening the passage. */
export function ResearchPage() {
  const { api } = useSession();
  const run = useRun<ResearchResult>();
  const { listing } = useDocuments();
  const [question, setQuestion] = useState('');
  const [collections, setCollections] = useState<string[]>([]);
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const [laws, setLaws] = useState('');
  const [k, setK] = useState(5);
  const [panel, setPanel] = useState<PanelTarget | null>(null);

  const allCollections = [...new Set((listing?.documents ?? []).map((document) => document.collection))].sort();
  const submit = (event: Event) => {
    event.preventDefault();
    if (run.state.status === 'running') return;
    setPanel(null);
    const lawList = laws.split(',').map((law) => law.trim()).filter(Boolean);
    const filter = {
      ...(collections.length ? { collections } : {}),
      ...(documentIds.length ? { documentIds } : {}),
      ...(lawList.length ? { laws: lawList } : {}),
    };
    void run.start((handlers, signal) => api.stream<ResearchResult>('/api/v1/research', {
      question, k, ...(Object.keys(filter).length ? { filter } : {}),
    }, handlers, signal));
  };
  const openCitation = (citation: ResearchCitation, opener: HTMLElement) =>
    setPanel({ label: `Fundstelle ${citation.marker}`, passage: citation.passage, start: citation.start, end: citation.end, opener });
  const openReference = (passage: Passage, label: string, opener: HTMLElement) =>
    setPanel({ label, passage, start: passage.start, end: passage.end, opener });

  return (
    <div class={panel ? 'with-panel' : ''}>
      <div class="page-body">
        <form class="card" onSubmit={submit}>
          <label for="research-question">Ihre Frage</label>
          <textarea id="research-question" rows={3} required value={question} onInput={(event) => setQuestion(event.currentTarget.value)}
            aria-describedby="research-question-hint" />
          <p id="research-question-hint" class="hint">Die Antwort stützt sich nur auf die Dokumente im Bestand und nennt ihre Fundstellen.</p>
          <details>
            <summary>Filter</summary>
            <div class="grid">
              <div>
                <label for="research-collections">Sammlungen</label>
                <select id="research-collections" multiple size={4} onChange={(event) => setCollections(selectedValues(event.currentTarget))}>
                  {allCollections.map((collection) => <option key={collection} value={collection} selected={collections.includes(collection)}>{collection}</option>)}
                </select>
              </div>
              <div>
                <label for="research-documents">Dokumente</label>
                <select id="research-documents" multiple size={4} onChange={(event) => setDocumentIds(selectedValues(event.currentTarget))}>
                  {(listing?.documents ?? []).map((document) => <option key={document.id} value={document.id} selected={documentIds.includes(document.id)}>{document.title}</option>)}
                </select>
              </div>
              <div>
                <label for="research-laws">Gesetze (Abkürzungen, durch Komma getrennt)</label>
                <input id="research-laws" type="text" value={laws} onInput={(event) => setLaws(event.currentTarget.value)} placeholder="z. B. VwVfG, BauGB" />
                <label for="research-k">Anzahl Fundstellen</label>
                <input id="research-k" type="number" min={1} max={20} value={k} onInput={(event) => setK(Number(event.currentTarget.value) || 5)} />
              </div>
            </div>
          </details>
          <RunButtons run={run} label="Recherche starten" />
        </form>
        <RunOutput run={run} title="Antwort" id="research">
          {(result) => (
            <>
              {!result.found ? <p class="note">Im Bestand wurde nichts Passendes gefunden.</p> : null}
              <AnswerText text={result.answer} citations={result.citations} onOpen={openCitation} />
              {result.verification ? (
                <p class={result.verification.verified ? 'note ok' : 'note warn'}>
                  {result.verification.verified ? 'Alle Zitate wurden in den Fundstellen wiedergefunden.' : 'Achtung: Nicht alle Zitate ließen sich in den Fundstellen belegen.'}
                </p>
              ) : null}
              {result.citations.length ? (
                <>
                  <h3>Fundstellen</h3>
                  <ol class="citations">
                    {result.citations.map((citation) => (
                      <li key={citation.marker}>
                        <button type="button" class="link-button" onClick={(event) => openCitation(citation, event.currentTarget)}>
                          [{citation.marker}] {citation.passage.title}
                        </button>
                        {citation.passage.page ? `, S. ${citation.passage.page}` : ''}{citation.passage.section ? `, ${citation.passage.section}` : ''}
                      </li>
                    ))}
                  </ol>
                </>
              ) : null}
              <LegalCitations text={result.answer} onOpen={openReference} />
            </>
          )}
        </RunOutput>
      </div>
      {panel ? <PassagePanel target={panel} onClose={() => setPanel(null)} /> : null}
    </div>
  );
}
