import { goldSectionKeys, isRelevant, sectionKey, targetLabel, type Gold } from './datasets';

describe('isRelevant', () => {
  // Hand-made: gold VwGO § 70, also accepted SGG § 84.
  const gold: Gold = {
    kind: 'section', documentId: 'vwgo.md',
    targets: [{ documentId: 'vwgo.md', law: 'VwGO', section: '§ 70' }, { documentId: 'sgg.md', law: 'SGG', section: '§ 84' }],
  };

  it('accepts a chunk of the gold norm or of an accepted alternative', () => {
    expect(isRelevant(gold, { documentId: 'vwgo.md', text: 'irrelevant', section: '§ 70 VwGO' })).toBe(true);
    expect(isRelevant(gold, { documentId: 'sgg.md', text: '', section: '§ 84 SGG' })).toBe(true);
  });

  it('rejects other norms of the gold law, the same number in another law, and chunks before any norm', () => {
    expect(isRelevant(gold, { documentId: 'vwgo.md', text: '', section: '§ 7 VwGO' })).toBe(false);
    expect(isRelevant(gold, { documentId: 'vwgo.md', text: '', section: '§ 70a VwGO' })).toBe(false);
    expect(isRelevant(gold, { documentId: 'vwvfg.md', text: '', section: '§ 70 VwVfG' })).toBe(false);
    // Right label, wrong file: judged by document and norm together.
    expect(isRelevant(gold, { documentId: 'vwvfg.md', text: '', section: '§ 70 VwGO' })).toBe(false);
    expect(isRelevant(gold, { documentId: 'vwgo.md', text: '', section: null })).toBe(false);
    expect(isRelevant(gold, { documentId: 'vwgo.md', text: '' })).toBe(false);
  });

  it('keeps the document and answer rules', () => {
    expect(isRelevant({ kind: 'document', documentId: 'a' }, { documentId: 'a', text: '' })).toBe(true);
    expect(isRelevant({ kind: 'document', documentId: 'a' }, { documentId: 'b', text: '' })).toBe(false);
    const answer: Gold = { kind: 'answer', documentId: 'a', text: 'drei  Jahre' };
    expect(isRelevant(answer, { documentId: 'x', text: 'Die Frist beträgt drei\nJahre.' })).toBe(true);
    expect(isRelevant(answer, { documentId: 'a', text: 'Die Frist beträgt vier Jahre.' })).toBe(false);
  });

  it('shares its keys with the baseline script', () => {
    expect(targetLabel({ law: 'GG', section: 'Art. 19' })).toBe('Art. 19 GG');
    expect(goldSectionKeys(gold as Extract<Gold, { kind: 'section' }>)).toEqual(['vwgo.md|§ 70 VwGO', 'sgg.md|§ 84 SGG']);
    expect(sectionKey('vwgo.md', null)).toBe('vwgo.md|');
  });
});
