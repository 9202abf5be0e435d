import { recallCurves } from './retrieval-suite';

describe('recall@k curves', () => {
  it('gives recall@1..10 from the first-hit ranks (null = not in the top 10)', () => {
    // Ranks 1, 3, 10, none: recall@1 = 1/4, @2 = 1/4, @3..9 = 2/4, @10 = 3/4.
    const [curve] = recallCurves({ ranks: { queryIds: ['a', 'b', 'c', 'd'], bySystem: { 'llmoin-lexical': [1, 3, 10, null] } } });
    expect(curve?.system).toBe('llmoin-lexical');
    expect(curve?.points).toEqual([[1, 0.25], [2, 0.25], [3, 0.5], [4, 0.5], [5, 0.5], [6, 0.5], [7, 0.5], [8, 0.5], [9, 0.5], [10, 0.75]]);
  });
});
