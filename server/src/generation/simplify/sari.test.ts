import { corpusSari, sentenceSari, tokenizeForSari } from '.';

describe('SARI', () => {
  it('matches a hand-computed example (source "a b c", output "a d", reference "a d c")', () => {
    // n=1: keep P=1, R=1/2 → F=2/3; delete {b, c}, only b is right → P=1/2; add {d} correct and complete → F=1.
    // n=2: nothing kept → F=0; both deleted bigrams are absent from the reference → P=1; added "a d" out of {"a d", "d c"} → F=2/3.
    // n=3: nothing kept or added → 0; the deleted trigram "a b c" is right → P=1.  n=4: no 4-grams → 0 everywhere.
    // keep = (2/3)/4 = 1/6, delete = (1/2 + 1 + 1)/4 = 5/8, add = (1 + 2/3)/4 = 5/12, SARI = (1/6 + 5/8 + 5/12)/3 = 29/72.
    const score = sentenceSari('a b c', 'a d', ['a d c']);
    expect(score.keep).toBeCloseTo(1 / 6, 12);
    expect(score.deletion).toBeCloseTo(5 / 8, 12);
    expect(score.addition).toBeCloseTo(5 / 12, 12);
    expect(score.sari).toBeCloseTo(29 / 72, 12);
  });

  it('scores the identity output by keeping only: add and delete are 0', () => {
    // n=1: kept {a, b}, of which a is in the reference → P=1/2; every reference-supported source gram is kept → R=1; F=2/3.
    // n=2: "a b" kept but not in the reference → F=0. SARI = ((2/3)/4)/3 = 1/18.
    const score = sentenceSari('a b', 'a b', ['a c']);
    expect(score).toMatchObject({ deletion: 0, addition: 0 });
    expect(score.keep).toBeCloseTo(1 / 6, 12);
    expect(score.sari).toBeCloseTo(1 / 18, 12);
  });

  it('multiplies source and output counts by the number of references', () => {
    // Source "a a", output "a", references "a" and "b": counts ×2 give source a:4, output a:2, references a:1.
    // n=1: kept a:2, of which 1 is supported → P=1/2, R=1/1 → F=2/3; deleted a:2, of which 1 is not in a reference → P=1/2.
    // n=2: the deleted bigram "a a" (×2) is in no reference → P=1. keep = (2/3)/4 = 1/6, delete = (1/2 + 1)/4 = 3/8.
    // Without the multiplication keep would be 1/4 and delete 1/4.
    const score = sentenceSari('a a', 'a', ['a', 'b']);
    expect(score.keep).toBeCloseTo(1 / 6, 12);
    expect(score.deletion).toBeCloseTo(3 / 8, 12);
    // Output equal to the reference and different from the source: delete and add are perfect for n=1.
    expect(sentenceSari('a', 'b', ['b']).sari).toBeCloseTo((0 + 1 / 4 + 1 / 4) / 3, 12);
  });

  it('lowercases and splits punctuation off words before counting n-grams', () => {
    expect(tokenizeForSari('Der Antrag, bitte!')).toEqual(['der', 'antrag', ',', 'bitte', '!']);
    expect(sentenceSari('Der Hund bellt.', 'der hund bellt .', ['Der Hund bellt.']).keep).toBeCloseTo(1, 12);
  });

  it('averages sentence scores over the corpus', () => {
    const corpus = corpusSari([
      { source: 'a b c', prediction: 'a d', references: ['a d c'] },
      { source: 'a b', prediction: 'a b', references: ['a c'] },
    ]);
    expect(corpus.sari).toBeCloseTo((29 / 72 + 1 / 18) / 2, 12);
  });
});
