import { meanPoolNormalised } from './mean-pool';

describe('meanPoolNormalised', () => {
  it('averages only unmasked tokens and normalises to unit length', () => {
    // batch 2, 3 tokens, width 2; the second row's last token is padding.
    const hidden = [1, 0, 3, 0, 5, 0, 0, 2, 0, 4, 9, 9];
    const mask = [1n, 1n, 1n, 1n, 1n, 0n];
    const [first, second] = meanPoolNormalised(hidden, [2, 3, 2], mask);
    expect(first).toEqual([1, 0]);
    expect(second?.[0]).toBeCloseTo(0, 10);
    expect(second?.[1]).toBeCloseTo(1, 10);
  });

  it('gives a zero vector for an all-padding row instead of NaN', () => {
    expect(meanPoolNormalised([1, 2], [1, 1, 2], [0])).toEqual([[0, 0]]);
  });
});
