import { fuseRankings, fuseScores } from './fuse-rankings';

describe('fuseRankings (weighted RRF)', () => {
  it('adds weight / (k + rank) from each list', () => {
    const fused = fuseRankings([1, 2], [2, 3], { denseWeight: 0.5, k: 1 });
    // id 2: 0.5/3 + 0.5/2 = 0.41667; id 1: 0.5/2 = 0.25; id 3: 0.5/3 = 0.16667
    expect(fused.map((hit) => hit.chunkId)).toEqual([2, 1, 3]);
    expect(fused[0]?.score).toBeCloseTo(0.416667, 5);
  });
});

describe('fuseScores (min-max score fusion)', () => {
  it('normalises each list to 0..1 and combines them convexly', () => {
    const lexical = [{ chunkId: 1, score: 10 }, { chunkId: 2, score: 6 }, { chunkId: 3, score: 2 }];
    const dense = [{ chunkId: 3, score: 0.9 }, { chunkId: 2, score: 0.7 }, { chunkId: 4, score: 0.5 }];
    const fused = fuseScores(lexical, dense, { denseWeight: 0.2 });
    // 1: 0.8·1 = 0.8; 2: 0.8·0.5 + 0.2·0.5 = 0.5; 3: 0 + 0.2·1 = 0.2; 4: 0
    expect(fused).toEqual([
      { chunkId: 1, score: expect.closeTo(0.8, 6) },
      { chunkId: 2, score: expect.closeTo(0.5, 6) },
      { chunkId: 3, score: expect.closeTo(0.2, 6) },
      { chunkId: 4, score: 0 },
    ]);
  });

  it('keeps a clear lexical winner on top where RRF lets a weak dense list overturn it', () => {
    const lexical = [{ chunkId: 1, score: 30 }, ...Array.from({ length: 9 }, (_, i) => ({ chunkId: i + 2, score: 12 - i }))];
    const dense = Array.from({ length: 9 }, (_, i) => ({ chunkId: i + 2, score: 0.9 - i * 0.01 }));
    expect(fuseScores(lexical, dense, { denseWeight: 0.2 })[0]?.chunkId).toBe(1);
    expect(fuseRankings(lexical.map((hit) => hit.chunkId), dense.map((hit) => hit.chunkId), { denseWeight: 0.3 })[0]?.chunkId).not.toBe(1);
  });

  it('handles empty lists and equal scores', () => {
    expect(fuseScores([], [], { denseWeight: 0.2 })).toEqual([]);
    expect(fuseScores([{ chunkId: 5, score: 3 }], [], { denseWeight: 0.2 })).toEqual([{ chunkId: 5, score: expect.closeTo(0.8, 6) }]);
  });
});
