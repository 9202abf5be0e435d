import { fuseRankings, fuseScores } from '../retrieval';

/**
 * Fusion formulas compared in the hybrid experiment, on the service's own fusion functions
 * (LLMOIN_FUSION=score → fuseScores, rrf → fuseRankings with k = 60). Written as:
 *   rrf<K>@<w>   weighted reciprocal-rank fusion, e.g. rrf60@0.3 (the service's RRF)
 *   minmax@<w>   fuseScores: (1 − w)·minmax(bm25) + w·minmax(cosine) over each list's candidates; absent = 0
 *   lexical | dense   one list alone
 */
export type FusionSpec =
  | { name: string; kind: 'rrf'; k: number; weight: number }
  | { name: string; kind: 'minmax'; weight: number }
  | { name: string; kind: 'lexical' | 'dense' };

export interface ScoredId {
  chunkId: number;
  score: number;
}

export function parseFusion(spec: string): FusionSpec {
  const name = spec.trim();
  if (name === 'lexical' || name === 'dense') return { name, kind: name };
  const rrf = /^rrf(\d+)@(0|1|0?\.\d+)$/.exec(name);
  if (rrf) return { name, kind: 'rrf', k: Number(rrf[1]), weight: Number(rrf[2]) };
  const minmax = /^minmax@(0|1|0?\.\d+)$/.exec(name);
  if (minmax) return { name, kind: 'minmax', weight: Number(minmax[1]) };
  throw new Error(`fusion: cannot read "${spec}" (rrf<K>@<w>, minmax@<w>, lexical, dense)`);
}

export function fuse(spec: FusionSpec, lexical: ScoredId[], dense: ScoredId[]): ScoredId[] {
  switch (spec.kind) {
    case 'lexical':
      return lexical;
    case 'dense':
      return dense;
    case 'rrf':
      return fuseRankings(lexical.map((hit) => hit.chunkId), dense.map((hit) => hit.chunkId), { denseWeight: spec.weight, k: spec.k });
    case 'minmax':
      return fuseScores(lexical, dense, { denseWeight: spec.weight });
  }
}
