export { LexicalIndex, DEFAULT_LEXICAL_WEIGHTS, type LexicalWeights, type LexicalHit, type IndexableChunk } from './lexical-index';
export { VectorIndex, type VectorHit } from './vector-index';
export { retrieveChunks, type Retriever, type RetrievalMode, type FusionMethod, type RetrieveChunksInput, type RetrieveChunksResult } from './retrieve-chunks';
export { syncVectorIndex, embeddingText, type SyncReport } from './sync-vector-index';
export { fuseRankings, fuseScores } from './fuse-rankings';
export { loadPassages, type Passage } from './passage-store';
export { filterToSql, admittedChunkIds, isNarrowing, type RetrievalFilter } from './retrieval-filter';
export { createGermanAnalyzer, type GermanAnalyzer } from './german';
