import { fuseRankings } from '../retrieval';

/**
 * Fusion formulas compared in the hybrid experiment (the service itself uses fuseRankings, i.e.
 * weighted RRF with k = 60 and LLMOIN_DENSE_WEIGHT). Written as:
 *   rrf<K>@<w>   weighted reciprocal-rank fusion, e.g. rrf60@0.3 (the service default)
 *   minmax@<w>   (1 − w)·minmax(bm25) + w·minmax(cosine) over each list's candidates; absent = 0
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

/** Min-max normalised weighted score fusion; ties broken by chunk id for determinism. */
export function fuseMinMax(lexical: ScoredId[], dense: ScoredId[], weight: number): ScoredId[] {
  const scores = new Map<number, number>();
  const add = (list: ScoredId[], w: number) => {
    if (list.length === 0) return;
    const values = list.map((hit) => hit.score);
    const min = Math.min(...values);
    const span = Math.max(...values) - min;
    for (const hit of list) scores.set(hit.chunkId, (scores.get(hit.chunkId) ?? 0) + w * (span > 0 ? (hit.score - min) / span : 1));
  };
  add(lexical, 1 - weight);
  add(dense, weight);
  return [...scores.entries()].map(([chunkId, score]) => ({ chunkId, score })).sort((a, b) => b.score - a.score || a.chunkId - b.chunkId);
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
      return fuseMinMax(lexical, dense, spec.weight);
  }
}
