/**
 * Weighted reciprocal-rank fusion. Plain RRF weighs both lists equally, which measurably hurts
 * when the dense side is weak (see shared/BASELINES.md); the dense weight is therefore explicit.
 */
export function fuseRankings(
  lexical: number[],
  dense: number[],
  options: { denseWeight: number; k?: number },
): Array<{ chunkId: number; score: number }> {
  const k = options.k ?? 60;
  const scores = new Map<number, number>();
  const addList = (ids: number[], weight: number) => {
    ids.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + weight / (k + rank + 1)));
  };
  addList(lexical, 1 - options.denseWeight);
  addList(dense, options.denseWeight);
  return [...scores.entries()]
    .map(([chunkId, score]) => ({ chunkId, score }))
    .sort((a, b) => b.score - a.score || a.chunkId - b.chunkId);
}

/**
 * Convex combination of min-max normalised scores (BM25 and cosine) over each list's candidates;
 * a chunk missing from a list scores 0 there. Unlike RRF, a weak dense side can only nudge the
 * lexical order: a passage far ahead in BM25 stays ahead (measured in eval/RESULTS.md).
 */
export function fuseScores(
  lexical: Array<{ chunkId: number; score: number }>,
  dense: Array<{ chunkId: number; score: number }>,
  options: { denseWeight: number },
): Array<{ chunkId: number; score: number }> {
  const scores = new Map<number, number>();
  const addList = (hits: Array<{ chunkId: number; score: number }>, weight: number) => {
    if (hits.length === 0) return;
    const values = hits.map((hit) => hit.score);
    const min = Math.min(...values);
    const span = Math.max(...values) - min;
    for (const hit of hits) {
      const normalised = span > 0 ? (hit.score - min) / span : 1;
      scores.set(hit.chunkId, (scores.get(hit.chunkId) ?? 0) + weight * normalised);
    }
  };
  addList(lexical, 1 - options.denseWeight);
  addList(dense, options.denseWeight);
  return [...scores.entries()]
    .map(([chunkId, score]) => ({ chunkId, score }))
    .sort((a, b) => b.score - a.score || a.chunkId - b.chunkId);
}
