import { fuse, parseFusion } from './fusion';

describe('parseFusion', () => {
  it('reads the supported formulas', () => {
    expect(parseFusion('rrf60@0.3')).toEqual({ name: 'rrf60@0.3', kind: 'rrf', k: 60, weight: 0.3 });
    expect(parseFusion('minmax@.1')).toEqual({ name: 'minmax@.1', kind: 'minmax', weight: 0.1 });
    expect(parseFusion('dense')).toEqual({ name: 'dense', kind: 'dense' });
  });

  it.each(['rrf@0.3', 'minmax@2', 'sum'])('rejects %s', (spec) => {
    expect(() => parseFusion(spec)).toThrow(/fusion/);
  });
});

describe('minmax fusion', () => {
  it('combines normalised scores by weight (hand-computed)', () => {
    // lexical 10, 6, 2 → 1, 0.5, 0;  dense 0.9, 0.5 → 1, 0
    const fused = fuse(
      parseFusion('minmax@0.3'),
      [{ chunkId: 1, score: 10 }, { chunkId: 2, score: 6 }, { chunkId: 3, score: 2 }],
      [{ chunkId: 3, score: 0.9 }, { chunkId: 4, score: 0.5 }],
    );
    // 1: 0.7;  2: 0.35;  3: 0 + 0.3 = 0.3;  4: 0
    expect(fused.map((hit) => hit.chunkId)).toEqual([1, 2, 3, 4]);
    expect(fused[0]?.score).toBeCloseTo(0.7);
    expect(fused[2]?.score).toBeCloseTo(0.3);
  });

  it('gives a single-candidate list full weight and breaks ties by id', () => {
    const fused = fuse(parseFusion('minmax@0.5'), [{ chunkId: 9, score: 3 }], [{ chunkId: 2, score: 0.4 }]);
    expect(fused).toEqual([{ chunkId: 2, score: 0.5 }, { chunkId: 9, score: 0.5 }]);
  });
});

describe('fuse', () => {
  it('passes single lists through and delegates RRF to the service function', () => {
    const lexical = [{ chunkId: 1, score: 5 }, { chunkId: 2, score: 4 }];
    const dense = [{ chunkId: 2, score: 0.9 }];
    expect(fuse(parseFusion('lexical'), lexical, dense)).toBe(lexical);
    expect(fuse(parseFusion('dense'), lexical, dense)).toBe(dense);
    // RRF k=60, w=0.3: 1 → 0.7/61; 2 → 0.7/62 + 0.3/61 — chunk 2 wins although lexical ranks it second.
    expect(fuse(parseFusion('rrf60@0.3'), lexical, dense).map((hit) => hit.chunkId)).toEqual([2, 1]);
  });
});
