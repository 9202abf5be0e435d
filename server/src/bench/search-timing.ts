import type { Database } from '../platform/db';
import { DEFAULT_LEXICAL_WEIGHTS, retrieveChunks, type Retriever } from '../retrieval';
import { timeMs } from './statistics';

/**
 * Search timing shared by `npm run bench:search` and the evaluation's performance suite: our
 * retrieveChunks against the raw engines it wraps (the bare FTS5 statement with the pre-analysed
 * query, the bare query embedding, the bare hnswlib query), one query after the other.
 */

export interface SearchTimings {
  /** retrieveChunks (analysis, rankers, fusion, passages), ms per query. */
  ours: number[];
  /** The bare FTS5 bm25 statement, ms per query (0 when the query has no terms). */
  ftsRaw: number[];
  /** The bare query embedding; empty without a dense index. */
  embedRaw: number[];
  /** The bare hnswlib searchKnn; empty without a dense index. */
  hnswRaw: number[];
}

/** Every call goes through the filter a clerk's API call carries (visibility). */
const FILTER = { visibleTo: 'bench-clerk' } as const;

/** Times every query on our path and on the raw engines, after a warm-up of 20 queries. */
export async function measureSearchLatency(retriever: Retriever, database: Database, queries: readonly string[]): Promise<SearchTimings> {
  const timings: SearchTimings = { ours: [], ftsRaw: [], embedRaw: [], hnswRaw: [] };
  const { title, section, body } = DEFAULT_LEXICAL_WEIGHTS;
  const ftsStatement = database.prepare(
    `SELECT rowid, bm25(chunk_terms, ${title}, ${section}, ${body}) AS rank FROM chunk_terms WHERE chunk_terms MATCH ? ORDER BY rank LIMIT 50`,
  );
  const dense = retriever.dense;
  // Warm-up so that the first queries do not pay for lazy initialisation.
  for (const query of queries.slice(0, 20)) await retrieveChunks(retriever, { query, k: 10, filter: FILTER });
  for (const query of queries) {
    timings.ours.push((await timeMs(() => retrieveChunks(retriever, { query, k: 10, filter: FILTER }))).ms);
    const expression = retriever.lexicalIndex.toMatchExpression(query);
    timings.ftsRaw.push(expression ? (await timeMs(() => ftsStatement.all(expression))).ms : 0);
    if (dense) {
      const embedded = await timeMs(() => dense.model.embedQuery(query));
      timings.embedRaw.push(embedded.ms);
      timings.hnswRaw.push((await timeMs(() => dense.index.search(embedded.value, 50))).ms);
    }
  }
  return timings;
}

/** Per query, the sum of the raw engines our path calls: FTS5 (+ embedding + hnswlib when dense). */
export function rawBaseline(timings: SearchTimings): number[] {
  return timings.ftsRaw.map((fts, i) => fts + (timings.embedRaw[i] ?? 0) + (timings.hnswRaw[i] ?? 0));
}

/** Deterministic queries: headings and opening words of evenly spaced chunks, as a clerk might type them. */
export function sampleSearchQueries(database: Database, count: number): string[] {
  const rows = database.prepare('SELECT heading, text FROM chunks ORDER BY id').all() as Array<{ heading: string | null; text: string }>;
  const step = Math.max(1, Math.floor(rows.length / count));
  const queries: string[] = [];
  for (let i = 0; i < rows.length && queries.length < count; i += step) {
    const row = rows[i];
    if (!row) continue;
    const words = row.text.replace(/[#§()\d.,;:]/g, ' ').split(/\s+/).filter((word) => word.length > 3);
    queries.push(`${(row.heading ?? '').replace(/^[§\d\s a-z]*/, '')} ${words.slice(3, 8).join(' ')}`.trim());
  }
  return queries;
}
