import { describeItem, formatFailures, worstFailures } from './report';
import type { FailureItem } from './retrieval-eval';

const failure = (id: string, rank: number | null, baselineRank: number | null | undefined): FailureItem => ({
  id, question: `Frage ${id} | mit Strich?`, type: 'ja/nein', gold: '§ 70 VwGO', rank, baselineRank,
  top3: [{ document: 'vwgo.md', section: '§ 58 VwGO', snippet: '' }, { document: 'sgb_2.md', section: '§ 1 SGB 2', label: '§ 31a SGB 2', snippet: '' }],
  baselineTop3: [{ document: 'vwgo.md#3', section: '§ 70 VwGO', snippet: '' }],
});

describe('failure listing', () => {
  it('lists misses first (those bm25s found before the others), then the worst ranks', () => {
    const items = [failure('a', 2, 1), failure('b', null, null), failure('c', 7, undefined), failure('d', null, 4), failure('e', 2, null)];
    expect(worstFailures(items).map((item) => item.id)).toEqual(['d', 'b', 'c', 'a', 'e']);
    expect(worstFailures(items, 2).map((item) => item.id)).toEqual(['d', 'b']);
  });

  it('names norms, with the service label when it differs, and documents otherwise', () => {
    expect(describeItem({ document: 'sgb_2.md', section: '§ 1 SGB 2', label: '§ 31a SGB 2', snippet: '' })).toBe('§ 1 SGB 2 [label § 31a SGB 2]');
    expect(describeItem({ document: 'vwgo.md', section: null, snippet: '' })).toBe('vwgo.md (before the first heading)');
    expect(describeItem({ document: 'xquad-001-02', snippet: '' })).toBe('xquad-001-02');
  });

  it('writes one escaped table row per failure', () => {
    const lines = formatFailures([failure('b', null, 3)]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(
      '| b | Frage b \\| mit Strich? | § 70 VwGO | >10 | 3 | § 58 VwGO; § 1 SGB 2 [label § 31a SGB 2] | § 70 VwGO |',
    );
  });
});
