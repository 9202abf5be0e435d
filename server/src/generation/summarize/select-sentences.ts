import type { CandidateSentence } from './sentence-candidates';
import type { NeighbourVisitor } from './sentence-vectors';

/** How to pick sentences under a word budget. */
export interface SelectionInput {
  candidates: readonly CandidateSentence[];
  /** Importance per candidate; higher first. */
  scores: Float64Array;
  budget: number;
  /** MMR trade-off in [0, 1]; needs `neighbours`. */
  redundancy?: number;
  /** The candidates similar to a given one, with their cosine similarity (unvisited ones count as 0). */
  neighbours?: NeighbourVisitor;
}

/**
 * Greedy selection in score order (with maximal marginal relevance when `redundancy` > 0):
 * a sentence is taken when it fits the remaining budget; the first one that does not fit is still
 * taken when it lands closer to the budget than stopping would, and then selection ends. So the
 * budget is exceeded by at most one sentence. When no sentence fits at all, the best one is taken.
 * Returns candidate indexes in document order.
 */
export function selectWithinBudget(input: SelectionInput): number[] {
  const { candidates, scores, budget } = input;
  const redundancy = input.neighbours ? (input.redundancy ?? 0) : 0;
  const n = candidates.length;
  const open = new Uint8Array(n).fill(1);
  const maxSimilarity = new Float64Array(n);
  const chosen: number[] = [];
  let total = 0;
  for (let round = 0; round < n && total < budget; round++) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      if (open[i] === 0) continue;
      const value = (1 - redundancy) * (scores[i] ?? 0) - redundancy * (maxSimilarity[i] ?? 0);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    open[best] = 0;
    const words = candidates[best]?.words ?? 0;
    const fits = total + words <= budget;
    if (!fits && total + words - budget >= budget - total) continue;
    chosen.push(best);
    total += words;
    if (!fits) break;
    if (redundancy > 0) {
      input.neighbours?.(best, (other, similarity) => {
        if (similarity > (maxSimilarity[other] ?? 0)) maxSimilarity[other] = similarity;
      });
    }
  }
  if (chosen.length === 0 && n > 0) chosen.push(bestOverall(scores));
  return chosen.sort((a, b) => a - b);
}

function bestOverall(scores: Float64Array): number {
  let best = 0;
  for (let i = 1; i < scores.length; i++) if ((scores[i] ?? 0) > (scores[best] ?? 0)) best = i;
  return best;
}
