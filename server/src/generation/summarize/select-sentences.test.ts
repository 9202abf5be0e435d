import type { CandidateSentence } from './sentence-candidates';
import { selectWithinBudget } from './select-sentences';

/** Candidates with the given word counts (text and offsets do not matter for selection). */
const candidates = (words: number[]): CandidateSentence[] =>
  words.map((w, index) => ({ start: index * 10, end: index * 10 + 5, text: 'x', words: w, index, paragraph: 0, section: 0 }));

describe('selectWithinBudget', () => {
  it('takes the best sentences until the budget is used and returns them in document order', () => {
    const chosen = selectWithinBudget({ candidates: candidates([10, 10, 10, 10]), scores: Float64Array.from([0.1, 0.9, 0.5, 0.3]), budget: 20 });
    expect(chosen).toEqual([1, 2]);
  });

  it('skips a sentence that would overshoot by as much as stopping undershoots, and fills with a smaller one', () => {
    // After 10 words, the 30-word sentence would end 15 over; stopping leaves 15 under: skipped. The 5-word one fits.
    const chosen = selectWithinBudget({ candidates: candidates([10, 30, 5]), scores: Float64Array.from([3, 2, 1]), budget: 25 });
    expect(chosen).toEqual([0, 2]);
  });

  it('takes one overshooting sentence when that lands closer to the budget, then stops', () => {
    // 20 + 8 = 28 is 3 over; stopping at 20 would be 5 under. The third sentence is not considered.
    const chosen = selectWithinBudget({ candidates: candidates([20, 8, 1]), scores: Float64Array.from([3, 2, 1]), budget: 25 });
    expect(chosen).toEqual([0, 1]);
  });

  it('takes the best sentence when none fits', () => {
    expect(selectWithinBudget({ candidates: candidates([100, 90]), scores: Float64Array.from([1, 2]), budget: 10 })).toEqual([1]);
    expect(selectWithinBudget({ candidates: [], scores: new Float64Array(0), budget: 10 })).toEqual([]);
  });

  it('avoids a near-duplicate of a chosen sentence with MMR', () => {
    // After 0 is chosen: candidate 1 scores 0.5·0.95 − 0.5·1 = −0.025, candidate 2 scores 0.5·0.5 − 0 = 0.25.
    // Candidates 0 and 1 are identical (similarity 1); 2 shares nothing with them.
    const neighbours = (sentence: number, visit: (other: number, similarity: number) => void) => {
      if (sentence < 2) visit(1 - sentence, 1);
    };
    const input = { candidates: candidates([5, 5, 5]), scores: Float64Array.from([1, 0.95, 0.5]), budget: 10, neighbours };
    expect(selectWithinBudget({ ...input, redundancy: 0.5 })).toEqual([0, 2]);
    expect(selectWithinBudget({ ...input, redundancy: 0 })).toEqual([0, 1]);
  });
});
