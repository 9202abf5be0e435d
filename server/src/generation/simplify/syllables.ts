// Vowel pairs read as one syllable nucleus: diphthongs and long vowels ("Steuer" = eu + e, "See").
const NUCLEI = new Set(['ei', 'ai', 'ey', 'ay', 'au', 'eu', 'äu', 'ie', 'aa', 'ee', 'oo']);
const VOWELS = 'aeiouäöüy';

/**
 * Counts German syllables as vowel nuclei, a diphthong or doubled vowel counting once and the "u"
 * of "qu" not at all. Hiatus such as "Familie" (ie) or "Museum" (eu) is undercounted by one, which
 * readability formulas tolerate. Words without a vowel (digits, "BGB") count as one syllable.
 */
export function countSyllables(word: string): number {
  const lower = word.toLowerCase();
  let count = 0;
  let i = 0;
  while (i < lower.length) {
    const char = lower.charAt(i);
    if (!VOWELS.includes(char) || (char === 'u' && lower.charAt(i - 1) === 'q')) {
      i += 1;
      continue;
    }
    count += 1;
    i += NUCLEI.has(char + lower.charAt(i + 1)) ? 2 : 1;
  }
  return Math.max(1, count);
}

const NON_LETTERS = /[^\p{L}]/gu;

/** Number of letters, ignoring hyphens, Mediopunkt and digits (LIX counts letters). */
export function countLetters(word: string): number {
  return word.replace(NON_LETTERS, '').length;
}
