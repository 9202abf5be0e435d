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
