import type { DocumentDetail } from '../api/types';

const CONTEXT_CHARS = 600;

export interface Excerpt {
  page: number | null;
  before: string;
  marked: string;
  after: string;
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** The page holding the quote, cut to some context around it, with the quoted span marked. */
export function excerptAround(document: Pick<DocumentDetail, 'pages'>, start: number, end: number): Excerpt | null {
  const page = document.pages.find((candidate) => start >= candidate.start && start < candidate.end);
  if (!page) return null;
  const from = Math.max(page.start, start - CONTEXT_CHARS);
  const to = Math.min(page.end, Math.max(end, start) + CONTEXT_CHARS);
  const slice = (a: number, b: number) => page.text.slice(a - page.start, b - page.start);
  const markEnd = Math.min(end, page.end);
  return {
    page: page.number,
    before: slice(from, start),
    marked: slice(start, markEnd),
    after: slice(markEnd, to),
    clippedStart: from > page.start,
    clippedEnd: to < page.end,
  };
}
