import type { EmbeddingModel } from '../inference';
import type { Database } from '../platform/db';
import { fuseRankings } from './fuse-rankings';
import type { LexicalIndex } from './lexical-index';
import { loadPassages, type Passage } from './passage-store';
import { filterToSql, type RetrievalFilter } from './retrieval-filter';
import type { VectorIndex } from './vector-index';

export type RetrievalMode = 'hybrid' | 'lexical';

export interface Retriever {
  database: Database;
  lexicalIndex: LexicalIndex;
  /** Present only when an embedding model is configured and loaded. */
  dense: { model: EmbeddingModel; index: VectorIndex; weight: number } | null;
}

export interface RetrieveChunksInput {
  query: string;
  k: number;
  filter?: RetrievalFilter;
}

export interface RetrieveChunksResult {
  mode: RetrievalMode;
  passages: Passage[];
}

/** Candidates per ranker before fusion: deep enough that fusion can promote a passage. */
const candidateDepth = (k: number) => Math.max(50, k * 4);

/** Hybrid retrieval: BM25 over German terms, optionally fused with dense vectors. */
export async function retrieveChunks(retriever: Retriever, input: RetrieveChunksInput): Promise<RetrieveChunksResult> {
  const depth = candidateDepth(input.k);
  const lexical = retriever.lexicalIndex.search(input.query, depth, input.filter);
  if (!retriever.dense) {
    return { mode: 'lexical', passages: loadPassages(retriever.database, lexical.slice(0, input.k)) };
  }
  const { model, index, weight } = retriever.dense;
  const queryVector = await model.embedQuery(input.query);
  const allowed = allowedChunkIds(retriever.database, input.filter);
  const dense = index.search(queryVector, depth, allowed ? (id) => allowed.has(id) : undefined);
  const fused = fuseRankings(
    lexical.map((hit) => hit.chunkId),
    dense.map((hit) => hit.chunkId),
    { denseWeight: weight },
  );
  return { mode: 'hybrid', passages: loadPassages(retriever.database, fused.slice(0, input.k)) };
}

/** For filtered dense search: the chunk ids the filter admits (null when unfiltered). */
function allowedChunkIds(database: Database, filter: RetrievalFilter | undefined): Set<number> | null {
  const condition = filterToSql(filter);
  if (condition.sql === '1') return null;
  const ids = database
    .prepare(`SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id WHERE ${condition.sql}`)
    .pluck()
    .all(...condition.parameters) as number[];
  return new Set(ids);
}
