import { analyzeText, countSyllables, measureReadability } from '.';

describe('countSyllables', () => {
  it.each([
    ['Haus', 1], ['Eis', 1], ['Hund', 1], ['schläft', 1], ['Steuer', 2], ['Bauer', 2], ['Quelle', 2], ['heute', 2],
    ['Bürgergeld', 3], ['See', 1], ['Rechtsbehelfsbelehrung', 6], ['BGB', 1], ['2024', 1],
  ])('%s has %i syllable(s)', (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });
});

describe('measureReadability', () => {
  it('computes LIX, Flesch-Amstad and the first Wiener Sachtextformel as derived by hand', () => {
    // 2 sentences, 9 words, 12 syllables; one word longer than six letters (schläft, 7);
    // 6 one-syllable words, none with three or more.
    const result = measureReadability(analyzeText('Der Hund bellt. Die Katze schläft heute sehr lange.'));
    expect(result).toMatchObject({ sentences: 2, words: 9, syllables: 12, averageSentenceLength: 4.5, averageSyllablesPerWord: 1.33 });
    // LIX = 9/2 + 100·1/9 = 15.61
    expect(result.lix).toBe(15.61);
    // FRE = 180 − 4.5 − 58.5 · 12/9 = 97.5
    expect(result.fleschAmstad).toBe(97.5);
    // WSTF1 = 0.1935·0 + 0.1672·4.5 + 0.1297·11.11 − 0.0327·66.67 − 0.875 = −0.86
    expect(result.wienerSachtextformel).toBe(-0.86);
  });

  it('rates a dense administrative sentence harder than its plain rewrite', () => {
    const dense = measureReadability(analyzeText('Die Bewilligung der beantragten Leistungen setzt die fristgerechte Einreichung sämtlicher Nachweise voraus.'));
    const plain = measureReadability(analyzeText('Sie bekommen das Geld. Dafür brauchen wir Ihre Papiere. Schicken Sie die Papiere bis Montag.'));
    expect(dense.lix).toBeGreaterThan(60);
    // 15 words in 3 sentences, 5 of them longer than six letters: 5 + 33.3; LIX under 40 counts as easy.
    expect(plain.lix).toBe(38.33);
    expect(plain.fleschAmstad).toBeGreaterThan(dense.fleschAmstad ?? Infinity);
  });

  it('returns null figures for a text without words', () => {
    expect(measureReadability(analyzeText(' \n– ')).lix).toBeNull();
  });
});
