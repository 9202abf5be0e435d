import { lcsLength, rouge, rougeTokens, stemmedRougeTokens } from './rouge';

describe('rougeTokens', () => {
  it('lower-cases, keeps umlauts and ß, drops punctuation and splits at hyphens and slashes', () => {
    expect(rougeTokens('Die GROẞE Hard-Rock-Band AC/DC spielte 1979 „Highway to Hell“!')).toEqual([
      'die', 'große', 'hard', 'rock', 'band', 'ac', 'dc', 'spielte', '1979', 'highway', 'to', 'hell',
    ]);
  });

  it('treats decomposed and composed umlauts alike (NFC)', () => {
    expect(rougeTokens('Bu\u0308rger')).toEqual(rougeTokens('Bürger'));
  });
});

describe('stemmedRougeTokens', () => {
  it('maps inflected forms to one stem and keeps function words', () => {
    const [die, verwaltungen] = stemmedRougeTokens('Die Verwaltungen');
    expect(die).toBe('die');
    expect(stemmedRougeTokens('Verwaltung')).toEqual([verwaltungen]);
  });
});

describe('rouge (hand-computed)', () => {
  it('candidate with one extra word', () => {
    // c = der hund bellt laut (4), r = der hund bellt (3): 3 unigrams, 2 of 3 bigrams, LCS 3.
    const scores = rouge('Der Hund bellt laut.', 'Der Hund bellt.');
    expect(scores.rouge1.precision).toBeCloseTo(3 / 4, 10);
    expect(scores.rouge1.recall).toBeCloseTo(1, 10);
    expect(scores.rouge1.f1).toBeCloseTo(6 / 7, 10);
    expect(scores.rouge2.precision).toBeCloseTo(2 / 3, 10);
    expect(scores.rouge2.recall).toBeCloseTo(1, 10);
    expect(scores.rouge2.f1).toBeCloseTo(4 / 5, 10);
    expect(scores.rougeL.f1).toBeCloseTo(6 / 7, 10);
  });

  it('same words in another order: ROUGE-1 is perfect, the LCS is "auf der matte"', () => {
    // Bigrams in common: "die katze", "auf der", "der matte" = 3 of 5 on each side.
    const scores = rouge('Die Katze sitzt auf der Matte', 'Auf der Matte sitzt die Katze');
    expect(scores.rouge1.f1).toBeCloseTo(1, 10);
    expect(scores.rouge2.precision).toBeCloseTo(3 / 5, 10);
    expect(scores.rouge2.recall).toBeCloseTo(3 / 5, 10);
    expect(scores.rougeL.precision).toBeCloseTo(3 / 6, 10);
    expect(scores.rougeL.recall).toBeCloseTo(3 / 6, 10);
    expect(scores.rougeL.f1).toBeCloseTo(0.5, 10);
  });

  it('clips repeated n-grams at their count in the reference', () => {
    // c = die die die katze, r = die katze: unigram overlap min(3,1) + 1 = 2; bigram overlap 1 of 3; LCS 2.
    const scores = rouge('die die die Katze', 'die Katze');
    expect(scores.rouge1.precision).toBeCloseTo(2 / 4, 10);
    expect(scores.rouge1.recall).toBeCloseTo(1, 10);
    expect(scores.rouge1.f1).toBeCloseTo(2 / 3, 10);
    expect(scores.rouge2.precision).toBeCloseTo(1 / 3, 10);
    expect(scores.rouge2.f1).toBeCloseTo(1 / 2, 10);
    expect(scores.rougeL.precision).toBeCloseTo(2 / 4, 10);
    expect(scores.rougeL.recall).toBeCloseTo(1, 10);
  });

  it('LCS of two short sentences with gaps', () => {
    // "a b c d e f" vs "a c x e f": a, c, e, f.
    expect(lcsLength(['a', 'b', 'c', 'd', 'e', 'f'], ['a', 'c', 'x', 'e', 'f'])).toBe(4);
    expect(lcsLength([], ['a'])).toBe(0);
  });

  it('stemming lets inflected forms match', () => {
    // Surface tokens share only "die" (1 of 2 each side); the stems share both.
    expect(rouge('Die Verwaltungen', 'Die Verwaltung').rouge1.f1).toBeCloseTo(1 / 2, 10);
    expect(rouge('Die Verwaltungen', 'Die Verwaltung', { stem: true }).rouge1.f1).toBeCloseTo(1, 10);
  });

  it('is 0, not NaN, for an empty candidate or a one-word text without bigrams', () => {
    const empty = rouge('', 'Der Hund bellt.');
    expect(empty.rouge1).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(empty.rougeL.f1).toBe(0);
    expect(rouge('Hund', 'Hund').rouge2).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
