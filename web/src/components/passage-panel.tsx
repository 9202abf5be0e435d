import { useEffect, useRef, useState } from 'preact/hooks';
import type { DocumentDetail, Passage } from '../api/types';
import { useSession } from '../session';
import { excerptAround } from './excerpt';
import { ErrorMessage } from './run-controls';

export interface PanelTarget {
  label: string;
  passage: Passage;
  /** The span to highlight (document offsets); a citation's quote lies inside its passage. */
  start: number;
  end: number;
  opener: HTMLElement | null;
}

/**
 * Side panel with a cited passage: title, page, §, and the exact quoted span highlighted in
 * the document text. A non-modal dialog: focus moves in on open, Escape or "Schließen" closes
 * and returns focus to the marker that opened it.
 */
export function PassagePanel({ target, onClose }: { target: PanelTarget; onClose: () => void }) {
  const { api } = useSession();
  const [document, setDocument] = useState<DocumentDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
    setDocument(null);
    setError(null);
    const controller = new AbortController();
    api.json<DocumentDetail>('GET', `/api/v1/documents/${encodeURIComponent(target.passage.documentId)}`, undefined, controller.signal)
      .then(setDocument)
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [target]);

  const close = () => {
    onClose();
    target.opener?.focus();
  };
  const excerpt = document ? excerptAround(document, target.start, target.end) : null;
  const { passage } = target;
  return (
    <div class="side-panel" role="dialog" aria-modal="false" aria-labelledby="panel-title" onKeyDown={(event) => { if (event.key === 'Escape') close(); }}>
      <div class="panel-head">
        <h2 id="panel-title" tabIndex={-1} ref={headingRef}>{target.label}</h2>
        <button type="button" onClick={close}>Schließen</button>
      </div>
      <dl class="facts">
        <dt>Dokument</dt><dd>{passage.title}</dd>
        <dt>Seite</dt><dd>{excerpt?.page ?? passage.page ?? '–'}</dd>
        <dt>Abschnitt</dt><dd>{passage.section ?? '–'}</dd>
      </dl>
      {error ? <ErrorMessage error={error} /> : null}
      {!document && !error ? <p role="status">Fundstelle wird geladen …</p> : null}
      {document ? (
        <blockquote class="passage" data-testid="passage-text">
          {excerpt ? (
            <p>
              {excerpt.clippedStart ? '… ' : ''}{excerpt.before}<mark>{excerpt.marked}</mark>{excerpt.after}{excerpt.clippedEnd ? ' …' : ''}
            </p>
          ) : <p><mark>{passage.quote}</mark></p>}
        </blockquote>
      ) : null}
    </div>
  );
}
