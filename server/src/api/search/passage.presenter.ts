import type { Passage } from '../../retrieval';

/** The search result contract: `quote` is exactly the document text between `start` and `end`. */
export function presentPassage(passage: Passage) {
  return {
    documentId: passage.documentId,
    title: passage.title,
    source: passage.source,
    section: passage.section,
    heading: passage.heading,
    page: passage.page,
    quote: passage.quote,
    start: passage.start,
    end: passage.end,
    score: Number(passage.score.toFixed(6)),
    chunkId: passage.chunkId,
  };
}
