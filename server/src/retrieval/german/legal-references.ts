/**
 * Recognises citations of norms so that "§ 41 VwVfG" and "§41" both index as "p41", and
 * "Art. 19 Abs. 4 GG" as "art19 abs4". Each reference becomes one term: a bare "41" would collide
 * with every other 41 in the corpus, a prefixed term is precise.
 */

/** Kind of reference marker and the prefix of the emitted term. */
export type ReferencePrefix = 'p' | 'art' | 'abs' | 'nr';

const MARKER_WORDS = new Map<string, ReferencePrefix>([
  ['art', 'art'], ['artikel', 'art'],
  ['abs', 'abs'], ['absatz', 'abs'],
  ['nr', 'nr'], ['nummer', 'nr'],
  ['paragraph', 'p'], ['paragraf', 'p'], ['paragraphen', 'p'], ['paragrafen', 'p'],
]);

// A number with an optional letter: "14a" attached, or "14 a" spaced when the letter stands alone
// (not "14 a.F.", not "41 VwVfG").
const NUMBER = String.raw`(\d{1,6})(?:([a-zA-Z])(?![\p{L}\p{N}])|\s([a-z])(?![\p{L}\p{N}.]))?`;
const FIRST_NUMBER = new RegExp(String.raw`\.?\s*` + NUMBER, 'uy');
// Lists and ranges; the comma is only accepted after "§§", where it cannot be a sentence comma.
const CONTINUATION = new RegExp(String.raw`\s*(?:(und|oder|sowie)|(bis|[-–—]))\s*` + NUMBER, 'uy');
const CONTINUATION_PLURAL = new RegExp(String.raw`\s*(?:(,|und|oder|sowie)|(bis|[-–—]))\s*` + NUMBER, 'uy');
const MAX_EXPANDED_RANGE = 10;

/** Returns the term prefix when the (raw) word is a reference marker like "Art" or "Absatz". */
export function referenceMarker(word: string): ReferencePrefix | undefined {
  // Cheap first-letter test: this runs for every token of the text.
  const first = word.charCodeAt(0) | 0x20;
  if (word.length < 2 || word.length > 11 || (first !== 0x61 && first !== 0x6e && first !== 0x70)) return undefined;
  return MARKER_WORDS.get(word.toLowerCase());
}

function stripZeros(digits: string): string {
  const stripped = digits.replace(/^0+/, '');
  return stripped.length > 0 ? stripped : '0';
}

/**
 * Parses the number list that follows a marker starting at `from` (just after "§", "§§" or "Art"),
 * pushes one term per cited number and returns the index after the reference, or -1 when no
 * number follows (then the marker is an ordinary word).
 */
export function parseReference(text: string, from: number, prefix: ReferencePrefix, plural: boolean, out: string[]): number {
  FIRST_NUMBER.lastIndex = from;
  const first = FIRST_NUMBER.exec(text);
  if (first === null) return -1;
  let previous = stripZeros(first[1] ?? '');
  let previousLetter = (first[2] ?? first[3] ?? '').toLowerCase();
  out.push(prefix + previous + previousLetter);
  let end = FIRST_NUMBER.lastIndex;

  const continuation = plural ? CONTINUATION_PLURAL : CONTINUATION;
  for (;;) {
    continuation.lastIndex = end;
    const next = continuation.exec(text);
    if (next === null) break;
    const current = stripZeros(next[3] ?? '');
    const letter = (next[4] ?? next[5] ?? '').toLowerCase();
    const isRange = next[2] !== undefined;
    const low = Number(previous);
    const high = Number(current);
    if (isRange && previousLetter === '' && letter === '' && high > low && high - low <= MAX_EXPANDED_RANGE) {
      for (let n = low + 1; n < high; n++) out.push(prefix + String(n));
    }
    out.push(prefix + current + letter);
    previous = current;
    previousLetter = letter;
    end = continuation.lastIndex;
  }
  return end;
}
