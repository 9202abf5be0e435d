import { comparePaired, firstHitRank, meanNdcg, meanReciprocalRank, ndcgOfRank, reciprocalRank, recallAt, signTest, summarize } from './metrics';

describe('firstHitRank', () => {
  it('returns the 1-based rank of the first hit', () => {
    expect(firstHitRank([false, false, true, true])).toBe(3);
    expect(firstHitRank([true])).toBe(1);
  });

  it('returns null without a hit or when the hit lies below the depth', () => {
    expect(firstHitRank([])).toBeNull();
    expect(firstHitRank([false, false])).toBeNull();
    const eleventh = [...Array<boolean>(10).fill(false), true];
    expect(firstHitRank(eleventh)).toBeNull();
    expect(firstHitRank(eleventh, 11)).toBe(11);
  });
});

describe('recall and MRR on a hand-computed example', () => {
  // Five queries: hits at ranks 1, 3, 6, none, 10.
  const ranks = [1, 3, 6, null, 10];

  it('recall@k counts ranks ≤ k', () => {
    expect(recallAt(ranks, 1)).toBeCloseTo(1 / 5);
    expect(recallAt(ranks, 5)).toBeCloseTo(2 / 5);
    expect(recallAt(ranks, 10)).toBeCloseTo(4 / 5);
  });

  it('MRR@10 averages 1/rank with 0 for misses', () => {
    // (1 + 1/3 + 1/6 + 0 + 1/10) / 5 = 1.6 / 5 = 0.32
    expect(meanReciprocalRank(ranks)).toBeCloseTo(0.32, 10);
  });

  it('MRR cuts at its depth', () => {
    expect(reciprocalRank(11)).toBe(0);
    expect(reciprocalRank(4)).toBe(0.25);
    // depth 5: (1 + 1/3 + 0 + 0 + 0) / 5
    expect(meanReciprocalRank(ranks, 5)).toBeCloseTo(4 / 15, 10);
  });

  it('nDCG@10 discounts the single target by log2(rank + 1)', () => {
    expect(ndcgOfRank(1)).toBe(1);
    // 1 / log2(3) = 1 / 1.5849625 = 0.6309298
    expect(ndcgOfRank(2)).toBeCloseTo(0.6309298, 6);
    // 1 / log2(4) = 1 / 2
    expect(ndcgOfRank(3)).toBe(0.5);
    // 1 / log2(11) = 1 / 3.4594316 = 0.2890648
    expect(ndcgOfRank(10)).toBeCloseTo(0.2890648, 6);
    expect(ndcgOfRank(11)).toBe(0);
    expect(ndcgOfRank(null)).toBe(0);
    expect(ndcgOfRank(4, 3)).toBe(0);
    // (1 + 1/log2(4) + 1/log2(7) + 0 + 1/log2(11)) / 5 = (1 + 0.5 + 0.3562072 + 0.2890648) / 5
    expect(meanNdcg(ranks)).toBeCloseTo(2.145272 / 5, 6);
    expect(meanNdcg([])).toBe(0);
  });

  it('summarize bundles the reported metrics', () => {
    expect(summarize(ranks)).toEqual({
      queries: 5,
      recallAt1: 0.2,
      recallAt5: 0.4,
      recallAt10: 0.8,
      mrrAt10: expect.closeTo(0.32, 10) as unknown as number,
      ndcgAt10: expect.closeTo(0.4290544, 6) as unknown as number,
    });
  });

  it('is 0 on no queries', () => {
    expect(summarize([])).toEqual({ queries: 0, recallAt1: 0, recallAt5: 0, recallAt10: 0, mrrAt10: 0, ndcgAt10: 0 });
  });
});

describe('paired comparison', () => {
  it('counts wins, losses and ties by reciprocal rank', () => {
    // RR A: 1, 1/2, 0, 1/5;  RR B: 1/2, 1/2, 1, 0 (rank 12 is beyond the cut)
    const result = comparePaired([1, 2, null, 5], [2, 2, 1, 12]);
    expect(result.wins).toBe(2);
    expect(result.losses).toBe(1);
    expect(result.ties).toBe(1);
    // ((1 − 0.5) + 0 + (0 − 1) + (0.2 − 0)) / 4 = −0.3 / 4
    expect(result.mrrDelta).toBeCloseTo(-0.075, 10);
  });

  it('rejects lists of different length', () => {
    expect(() => comparePaired([1], [])).toThrow(/1 vs 0/);
  });
});

describe('signTest', () => {
  it('matches the exact binomial values', () => {
    expect(signTest(0, 0)).toBe(1);
    // n = 10, k = 2: 2 · (1 + 10 + 45) / 1024 = 0.109375
    expect(signTest(8, 2)).toBeCloseTo(0.109375, 10);
    expect(signTest(2, 8)).toBeCloseTo(0.109375, 10);
    // n = 5, k = 0: 2 / 32
    expect(signTest(5, 0)).toBeCloseTo(0.0625, 10);
    expect(signTest(3, 3)).toBe(1);
  });

  it('stays finite for large n', () => {
    const p = signTest(600, 400);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-9);
  });
});
