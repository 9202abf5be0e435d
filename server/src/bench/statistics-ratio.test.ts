import { medianRatio } from './statistics';

describe('medianRatio', () => {
  it('takes the median of the per-round ratios, skipping unpaired rounds and zero baselines', () => {
    expect(medianRatio([100, 50, 200], [90, 50, 100])).toBeCloseTo(0.9);
    expect(medianRatio([100, 0, 10], [50, 5])).toBeCloseTo(0.5);
    expect(medianRatio([], [])).toBeNaN();
  });
});
