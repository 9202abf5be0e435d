/**
 * Character folding shared by the analyzer, the stop-word list and the compound lexicon.
 * Everything that is compared must pass through the same functions, otherwise index and query drift.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const DIAERESIS = '\u0308';
// Letters NFD cannot decompose; mapped so names like "Søren" or "Łódź" stay searchable.
const SPECIAL_LETTERS: Record<string, string> = {
  æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l', ħ: 'h', ŧ: 't',
};
const SPECIAL_LETTER_PATTERN = /[æœøłđðþıŀħŧ]/g;
const PLAIN_ASCII = /^[a-z0-9]*$/;

/**
 * Lowercases, expands ß to ss and removes diacritics except the umlauts ä/ö/ü, which the German
 * stemmer needs to see (it treats them as vowels and folds them itself at the end).
 */
export function foldWord(raw: string): string {
  const lower = raw.toLowerCase();
  if (PLAIN_ASCII.test(lower)) return lower;
  const decomposed = lower
    .replace(/ß/g, 'ss')
    .replace(SPECIAL_LETTER_PATTERN, (c) => SPECIAL_LETTERS[c] ?? c)
    // NFKD also unpacks ligatures ("ﬁ"), full-width letters and superscript digits; lowercase
    // again because compatibility forms can decompose to capitals ("ℌ" → "H").
    .normalize('NFKD')
    .toLowerCase();
  // Keep the diaeresis only on a/o/u; "é", "ë", "ñ" etc. fold to their base letter.
  return decomposed.replace(COMBINING_MARKS, (mark, offset: number) => {
    const base = decomposed.charAt(offset - 1);
    return mark === DIAERESIS && (base === 'a' || base === 'o' || base === 'u') ? mark : '';
  }).normalize('NFC');
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'y']);

/**
 * Rewrites the transliterations ae/oe/ue as ä/ö/ü (Snowball "german2" idea) so that "Groesse" and
 * "Größe" meet. "ue" stays after q ("Quelle") and after a vowel ("Steuer", "bauen", "neue"), where it
 * is almost never a transliterated ü and rewriting it would hide the "-en"/"-er" endings from the stemmer.
 */
export function mapUmlautDigraphs(word: string): string {
  if (!/[aou]e/.test(word)) return word;
  let out = '';
  let i = 0;
  while (i < word.length) {
    const c = word.charAt(i);
    if (word.charAt(i + 1) === 'e') {
      if (c === 'a') { out += 'ä'; i += 2; continue; }
      if (c === 'o') { out += 'ö'; i += 2; continue; }
      if (c === 'u') {
        const before = i > 0 ? word.charAt(i - 1) : '';
        if (before !== 'q' && !VOWELS.has(before)) { out += 'ü'; i += 2; continue; }
      }
    }
    out += c;
    i += 1;
  }
  return out;
}

/** True when the word consists only of German letters a-z, ä, ö, ü (i.e. it is worth stemming). */
export function isGermanAlpha(word: string): boolean {
  return /^[a-zäöü]+$/.test(word);
}

/**
 * Final step for every emitted term: strip remaining diacritics and anything outside [a-z0-9].
 * Words written purely in another script (Cyrillic, Greek, Arabic, ...) become "u" + hex code
 * points, so they stay findable by exact match instead of vanishing.
 */
export function toAsciiTerm(term: string): string {
  if (PLAIN_ASCII.test(term)) return term;
  const ascii = term.normalize('NFKD').replace(COMBINING_MARKS, '').replace(/[^a-z0-9]/g, '');
  if (ascii.length > 0 || !/\p{L}/u.test(term)) return ascii;
  let encoded = 'u';
  for (const ch of term) encoded += (ch.codePointAt(0) ?? 0).toString(16);
  return encoded.length > 1 ? encoded : '';
}

// Agent-noun endings that take the feminine "-in"/"-innen": Bürger-in, Student-in, Jurist-in, Ärzt-in.
const FEMININE = /^(.{2,}(?:er|ent|ant|ist|eur|or|og)|.*(?:ärzt|aerzt|beamt))(?:in|innen)$/;

/**
 * Maps feminine person nouns onto the masculine form ("Antragstellerin" → "antragsteller"), which
 * Snowball does not do; texts written in either gender then match the same query.
 */
export function stripFeminineSuffix(word: string): string {
  const match = FEMININE.exec(word);
  return match?.[1] ?? word;
}
