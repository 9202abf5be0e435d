import { createRandom, sample, shuffled } from './seeded-random';

describe('seeded sampling', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    for (const value of first) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('shuffles into a permutation and samples without replacement', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const permutation = shuffled(items, createRandom(7));
    expect([...permutation].sort((x, y) => x - y)).toEqual(items);
    expect(permutation).not.toEqual(items);
    const drawn = sample(items, 10, 7);
    expect(drawn).toEqual(permutation.slice(0, 10));
    expect(new Set(drawn).size).toBe(10);
    expect(sample(items, 80, 7)).toHaveLength(50);
    expect(sample(items, 0, 7)).toEqual([]);
  });
});
