import { countLetters, countSyllables } from './syllables';
import type { AnalyzedText } from './text-units';

/** Text statistics and German readability formulas; null where the text has no sentence. */
export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** Words per sentence. */
  averageSentenceLength: number | null;
  /** Syllables per word. */
  averageSyllablesPerWord: number | null;
  /** Share of words with more than six letters (0–1). */
  longWordShare: number | null;
  /** LIX (Björnsson 1968): words per sentence + percentage of words longer than six letters. Lower is easier; under 40 is easy. */
  lix: number | null;
  /** Flesch reading ease for German (Amstad 1978): 180 − ASL − 58.5 · ASW. Higher is easier (0–100). */
  fleschAmstad: number | null;
  /** First Wiener Sachtextformel (Bamberger & Vanecek 1984): school grade 4–15. Lower is easier. */
  wienerSachtextformel: number | null;
}

/** Rounds so reports stay readable and JSON-stable. */
export function roundTo(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Computes the readability figures from the analysed sentences and words. */
export function measureReadability(analyzed: AnalyzedText): Readability {
  const sentences = analyzed.sentences.length;
  const words = analyzed.words.length;
  let syllables = 0;
  let long = 0;
  let polysyllabic = 0;
  let monosyllabic = 0;
  for (const word of analyzed.words) {
    const count = countSyllables(word.text);
    syllables += count;
    if (count >= 3) polysyllabic += 1;
    if (count === 1) monosyllabic += 1;
    if (countLetters(word.text) > 6) long += 1;
  }
  if (sentences === 0 || words === 0) {
    return {
      sentences, words, syllables, averageSentenceLength: null, averageSyllablesPerWord: null, longWordShare: null,
      lix: null, fleschAmstad: null, wienerSachtextformel: null,
    };
  }
  const asl = words / sentences;
  const asw = syllables / words;
  const percent = (count: number) => (100 * count) / words;
  return {
    sentences,
    words,
    syllables,
    averageSentenceLength: roundTo(asl),
    averageSyllablesPerWord: roundTo(asw),
    longWordShare: roundTo(long / words, 4),
    lix: roundTo(asl + percent(long)),
    fleschAmstad: roundTo(180 - asl - 58.5 * asw),
    wienerSachtextformel: roundTo(0.1935 * percent(polysyllabic) + 0.1672 * asl + 0.1297 * percent(long) - 0.0327 * percent(monosyllabic) - 0.875),
  };
}
