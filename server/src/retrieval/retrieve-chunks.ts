import type { EmbeddingModel } from '../inference';
import type { Database } from '../platform/db';
import { fuseRankings, fuseScores } from './fuse-rankings';
import type { LexicalIndex } from './lexical-index';
import { loadPassages, type Passage } from './passage-store';
import type { RetrievalFilter } from './retrieval-filter';
import { admittedChunkIds, allChunkIdsAdmitted, isNarrowing } from './retrieval-filter';
import type { VectorIndex } from './vector-index';

export type RetrievalMode = 'hybrid' | 'lexical';

/** `score`: min-max normalised score fusion (default, measured); `rrf`: weighted reciprocal-rank fusion. */
export type FusionMethod = 'score' | 'rrf';

export interface Retriever {
  database: Database;
  lexicalIndex: LexicalIndex;
  /** Present only when an embedding model is configured and loaded. */
  dense: { model: EmbeddingModel; index: VectorIndex; weight: number; fusion: FusionMethod } | null;
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
  const dense = searchDense(retriever.database, index, queryVector, depth, input.filter);
  const fused = retriever.dense.fusion === 'rrf'
    ? fuseRankings(lexical.map((hit) => hit.chunkId), dense.map((hit) => hit.chunkId), { denseWeight: weight })
    : fuseScores(lexical, dense, { denseWeight: weight });
  return { mode: 'hybrid', passages: loadPassages(retriever.database, fused.slice(0, input.k)) };
}

/** k-NN under a filter: narrow filters restrict the graph search; visibility is checked afterwards. */
function searchDense(database: Database, index: VectorIndex, vector: number[], depth: number, filter: RetrievalFilter | undefined) {
  if (isNarrowing(filter) && filter) {
    const allowed = allChunkIdsAdmitted(database, filter);
    return index.search(vector, depth, (id) => allowed.has(id));
  }
  const candidates = index.search(vector, depth * 2);
  const admitted = admittedChunkIds(database, candidates.map((hit) => hit.chunkId), filter);
  return candidates.filter((hit) => admitted.has(hit.chunkId)).slice(0, depth);
}
