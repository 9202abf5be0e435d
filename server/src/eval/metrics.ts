/**
 * Retrieval metrics for single-gold queries. Every query has exactly one gold target, so
 * recall@k equals hit@k; MRR@k counts a query whose first hit lies below rank k as 0. Several
 * chunks of the gold passage or norm (or an accepted alternative norm) are the same target: only
 * the first hit counts.
 */

/** Ranks (1-based) the metrics report, and the depth MRR is cut at. */
export const RECALL_KS = [1, 5, 10] as const;
export const MRR_DEPTH = 10;

export interface RetrievalMetrics {
  queries: number;
  recallAt1: number;
  recallAt5: number;
  recallAt10: number;
  mrrAt10: number;
  ndcgAt10: number;
}

/** 1-based rank of the first hit among the first `depth` results; null when there is none. */
export function firstHitRank(hits: readonly boolean[], depth: number = MRR_DEPTH): number | null {
  const limit = Math.min(depth, hits.length);
  for (let i = 0; i < limit; i++) if (hits[i]) return i + 1;
  return null;
}

/** Share of queries whose first hit is at rank k or better. 0 for an empty list. */
export function recallAt(ranks: ReadonlyArray<number | null>, k: number): number {
  if (ranks.length === 0) return 0;
  return ranks.filter((rank) => rank !== null && rank <= k).length / ranks.length;
}

/** Reciprocal rank of one query, cut at `depth` (0 beyond it or without a hit). */
export function reciprocalRank(rank: number | null, depth: number = MRR_DEPTH): number {
  return rank !== null && rank >= 1 && rank <= depth ? 1 / rank : 0;
}

/** Mean reciprocal rank cut at `depth`. 0 for an empty list. */
export function meanReciprocalRank(ranks: ReadonlyArray<number | null>, depth: number = MRR_DEPTH): number {
  if (ranks.length === 0) return 0;
  return ranks.reduce<number>((sum, rank) => sum + reciprocalRank(rank, depth), 0) / ranks.length;
}

/**
 * nDCG of one query with a single target of gain 1: the ideal list has it at rank 1 (IDCG = 1),
 * so nDCG@depth = 1 / log2(rank + 1) for a first hit within the depth, else 0.
 */
export function ndcgOfRank(rank: number | null, depth: number = MRR_DEPTH): number {
  return rank !== null && rank >= 1 && rank <= depth ? 1 / Math.log2(rank + 1) : 0;
}

/** Mean nDCG cut at `depth` over single-target queries. 0 for an empty list. */
export function meanNdcg(ranks: ReadonlyArray<number | null>, depth: number = MRR_DEPTH): number {
  if (ranks.length === 0) return 0;
  return ranks.reduce<number>((sum, rank) => sum + ndcgOfRank(rank, depth), 0) / ranks.length;
}

export function summarize(ranks: ReadonlyArray<number | null>): RetrievalMetrics {
  return {
    queries: ranks.length,
    recallAt1: recallAt(ranks, 1),
    recallAt5: recallAt(ranks, 5),
    recallAt10: recallAt(ranks, 10),
    mrrAt10: meanReciprocalRank(ranks, MRR_DEPTH),
    ndcgAt10: meanNdcg(ranks, MRR_DEPTH),
  };
}

export interface PairedComparison {
  /** Queries where A has the higher reciprocal rank (cut at 10). */
  wins: number;
  losses: number;
  ties: number;
  /** Mean of RR(A) − RR(B). */
  mrrDelta: number;
  /** Two-sided exact sign test over wins vs losses (ties dropped); 1 when there are none. */
  signTestP: number;
}

/** Per-query comparison of two systems on the same queries (same order). */
export function comparePaired(a: ReadonlyArray<number | null>, b: ReadonlyArray<number | null>): PairedComparison {
  if (a.length !== b.length) throw new Error(`comparePaired: ${a.length} vs ${b.length} queries`);
  let wins = 0;
  let losses = 0;
  let delta = 0;
  a.forEach((rankA, i) => {
    const d = reciprocalRank(rankA) - reciprocalRank(b[i] ?? null);
    delta += d;
    if (d > 0) wins += 1;
    else if (d < 0) losses += 1;
  });
  return { wins, losses, ties: a.length - wins - losses, mrrDelta: a.length ? delta / a.length : 0, signTestP: signTest(wins, losses) };
}

/** Two-sided exact binomial sign test, p = min(1, 2·P(X ≤ min(w, l))) with X ~ Bin(w + l, ½). */
export function signTest(wins: number, losses: number): number {
  const n = wins + losses;
  if (n === 0) return 1;
  const k = Math.min(wins, losses);
  // Sum the binomial pmf in log space so that n in the thousands does not overflow.
  let logChoose = 0; // log C(n, 0)
  let tail = 0;
  for (let i = 0; i <= k; i++) {
    if (i > 0) logChoose += Math.log(n - i + 1) - Math.log(i);
    tail += Math.exp(logChoose - n * Math.LN2);
  }
  return Math.min(1, 2 * tail);
}
