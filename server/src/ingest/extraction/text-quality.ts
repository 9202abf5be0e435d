/**
 * Decides whether extracted PDF text is worth indexing. PDFs fail in two typical ways:
 * scans/outlined glyphs give (almost) no text, and broken font encodings give text that
 * "succeeds" but is junk (e.g. "Bo!ebt" for "An das", "$QWUDJ" for "Antrag").
 * Pure function so the thresholds can be tested on hand-written strings.
 */

/** Measurements behind a verdict; ratios are 0 when their denominator is 0. */
export interface TextQualityMetrics {
  /** Characters that are not whitespace. */
  nonSpaceChars: number;
  /** `nonSpaceChars` divided by the page count. */
  nonSpacePerPage: number;
  /** Letters and digits. */
  alnumChars: number;
  /** Letters only. */
  letterCount: number;
  /** `alnumChars` divided by the page count. */
  alnumPerPage: number;
  /** Control, private-use, unassigned and U+FFFD characters per non-space character. */
  controlCharRatio: number;
  /** Letters and digits per non-space character, ignoring fill-in lines such as "_____" or "……". */
  alnumRatio: number;
  /** Runs of two or more letters (the "words" the word statistics use). */
  wordCount: number;
  /** Share of words found in a small list of very common German (and English) function words. */
  commonWordRatio: number;
  /** Vowels (incl. umlauts and y) per letter; German text sits around 0.35–0.41. */
  vowelRatio: number;
  /** Share of letter-bearing tokens with an odd symbol between letters ("Bo!ebt", "DXI\u0003(UODVV"). */
  brokenTokenRatio: number;
}

/** Verdict of {@link assessTextQuality}. */
export interface TextQualityAssessment {
  ok: boolean;
  reason?: 'no_text_layer' | 'garbled_text';
  metrics: TextQualityMetrics;
}

/**
 * Thresholds, chosen with wide margins on the 35 official PDF forms in shared/data/pdf:
 * good documents: controlCharRatio ≤ 0.014, brokenTokenRatio ≤ 0.006, vowelRatio 0.35–0.41, alnumRatio ≥ 0.83;
 * garbled ones: controlCharRatio ≈ 0.10 and/or brokenTokenRatio ≥ 0.3, vowelRatio 0.25–0.30.
 */
export const TEXT_QUALITY_THRESHOLDS = {
  /** A real text page has hundreds of characters; a scan at most a stray page number or stamp. Also applied to non-space characters. */
  minAlnumPerPage: 32,
  maxControlCharRatio: 0.05,
  maxBrokenTokenRatio: 0.1,
  /** Letter statistics only mean something with enough letters. */
  minLettersForStatistics: 200,
  minVowelRatio: 0.25,
  maxVowelRatio: 0.6,
  /** Text with spaces intact but shifted letters: no function words and too few vowels. */
  minWordsForWordStatistics: 50,
  minCommonWordRatio: 0.02,
  vowelRatioWithoutCommonWords: 0.33,
  minCharsForSymbolStatistics: 100,
  minAlnumRatio: 0.5,
} as const;

const COMMON_WORDS: ReadonlySet<string> = new Set([
  // German function words (the brief's core list plus a few equally frequent ones)
  'der', 'die', 'das', 'und', 'in', 'zu', 'den', 'von', 'mit', 'für', 'des', 'im', 'ist', 'auf', 'nicht', 'werden',
  'dem', 'ein', 'eine', 'einer', 'eines', 'sie', 'es', 'an', 'oder', 'bei', 'als', 'auch', 'sich', 'wird', 'nach',
  'aus', 'zum', 'zur', 'bis', 'sind', 'wenn', 'über', 'vom', 'am', 'ich', 'sowie', 'durch', 'kann', 'haben',
  // English ones, so English documents are not mistaken for junk
  'the', 'of', 'and', 'to', 'is', 'for', 'on', 'with', 'that', 'by', 'are', 'be', 'this', 'or', 'not',
]);

const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;
const VOWEL = /[aeiouyäöüàáâéèêíìîóòôúùû]/iu;
/** Tab/CR/LF/FF/VT are layout, everything else in these classes is a decoding failure. */
const BAD_CHAR = /[\p{Cc}\p{Co}\p{Cn}\uFFFD]/u;
const LAYOUT_CONTROL = /[\t\n\v\f\r]/;
/** Fill-in lines of forms ("______", "…………", "......") are layout, not symbols. */
const FILL_RUN = /([_.…\-–—·])\1{2,}/gu;
/**
 * A symbol between two letters that German text never has. Allowed in words: hyphens/dashes, apostrophes,
 * quotes, abbreviation dots, slashes, brackets, "&", "+", and gender marks ("*", ":", "_", "·").
 */
const BROKEN_TOKEN = /\p{L}[^\p{L}\p{M}\p{N}\s\-‐–'’./()&+,:;_*·"„“”‚‘«»]+\p{L}/u;
const WORD = /\p{L}{2,}/gu;

/**
 * Classifies extracted text as indexable, text-less ('no_text_layer') or junk ('garbled_text').
 * `pageCount` (default 1) scales the "almost no text" limit for multi-page documents.
 */
export function assessTextQuality(text: string, options: { pageCount?: number } = {}): TextQualityAssessment {
  const metrics = measureText(text.normalize('NFC'), Math.max(1, options.pageCount ?? 1));
  const reason = verdict(metrics);
  return reason === undefined ? { ok: true, metrics } : { ok: false, reason, metrics };
}

function verdict(m: TextQualityMetrics): TextQualityAssessment['reason'] {
  const t = TEXT_QUALITY_THRESHOLDS;
  // Nothing at all first; then junk (a text layer of symbols is garbled, not missing); then "almost no text".
  if (m.nonSpacePerPage < t.minAlnumPerPage) return 'no_text_layer';
  if (m.controlCharRatio > t.maxControlCharRatio) return 'garbled_text';
  if (m.brokenTokenRatio > t.maxBrokenTokenRatio) return 'garbled_text';
  if (m.nonSpaceChars >= t.minCharsForSymbolStatistics && m.alnumRatio < t.minAlnumRatio) return 'garbled_text';
  if (hasImplausibleLetterStatistics(m)) return 'garbled_text';
  if (m.alnumPerPage < t.minAlnumPerPage) return 'no_text_layer';
  return undefined;
}

function hasImplausibleLetterStatistics(m: TextQualityMetrics): boolean {
  const t = TEXT_QUALITY_THRESHOLDS;
  if (m.letterCount >= t.minLettersForStatistics && (m.vowelRatio < t.minVowelRatio || m.vowelRatio > t.maxVowelRatio)) {
    return true;
  }
  return m.wordCount >= t.minWordsForWordStatistics
    && m.commonWordRatio < t.minCommonWordRatio
    && m.vowelRatio < t.vowelRatioWithoutCommonWords;
}

function measureText(text: string, pageCount: number): TextQualityMetrics {
  const chars = countCharacters(text);
  const words = text.match(WORD) ?? [];
  const commonWords = words.filter((word) => COMMON_WORDS.has(word.toLowerCase())).length;
  const letterTokens = text.split(/\s+/u).filter((token) => LETTER.test(token));
  const brokenTokens = letterTokens.filter((token) => BROKEN_TOKEN.test(token)).length;
  return {
    nonSpaceChars: chars.nonSpace,
    nonSpacePerPage: chars.nonSpace / pageCount,
    alnumChars: chars.alnum,
    letterCount: chars.letters,
    alnumPerPage: chars.alnum / pageCount,
    controlCharRatio: ratio(chars.bad, chars.nonSpace),
    alnumRatio: ratio(chars.alnum, chars.nonSpace - chars.fill),
    wordCount: words.length,
    commonWordRatio: ratio(commonWords, words.length),
    vowelRatio: ratio(chars.vowels, chars.letters),
    brokenTokenRatio: ratio(brokenTokens, letterTokens.length),
  };
}

interface CharacterCounts {
  nonSpace: number;
  alnum: number;
  letters: number;
  vowels: number;
  bad: number;
  fill: number;
}

function countCharacters(text: string): CharacterCounts {
  const counts: CharacterCounts = { nonSpace: 0, alnum: 0, letters: 0, vowels: 0, bad: 0, fill: 0 };
  for (const char of text) {
    if (BAD_CHAR.test(char)) {
      if (!LAYOUT_CONTROL.test(char)) {
        counts.bad += 1;
        counts.nonSpace += 1;
      }
      continue;
    }
    if (/\s/u.test(char)) continue;
    counts.nonSpace += 1;
    if (!ALNUM.test(char)) continue;
    counts.alnum += 1;
    if (!LETTER.test(char)) continue;
    counts.letters += 1;
    if (VOWEL.test(char)) counts.vowels += 1;
  }
  for (const run of text.matchAll(FILL_RUN)) counts.fill += run[0].length;
  return counts;
}

function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
