import { validationFailed } from '../../platform/errors';

/** Named lengths offered in the UI. */
export const LENGTH_PRESETS = ['kurz', 'mittel', 'lang'] as const;
export type LengthPreset = (typeof LENGTH_PRESETS)[number];

/** A preset, or an explicit word budget. */
export type SummaryLength = { preset: LengthPreset } | { words: number };

interface PresetRule {
  /** Share of the source's words. */
  ratio: number;
  /** Lower and upper bound in words; the bounds win over the ratio. */
  min: number;
  max: number;
}

/**
 * Presets scale with the source but stay readable: "kurz" is about three sentences (≤ 80 words),
 * "mittel" about a paragraph (≤ 200), "lang" about a page (≤ 400). The ratios (5 / 12 / 25 %)
 * keep short sources from being "summarised" into themselves; the minimums keep long sources from
 * shrinking to one sentence. No budget exceeds the source itself.
 */
export const PRESET_RULES: Readonly<Record<LengthPreset, PresetRule>> = {
  kurz: { ratio: 0.05, min: 40, max: 80 },
  mittel: { ratio: 0.12, min: 80, max: 200 },
  lang: { ratio: 0.25, min: 150, max: 400 },
};

/**
 * Sanity bound for an explicit budget. Internal callers may ask for large budgets (reducing a
 * very long text before map-reduce); the API sets its own, lower limit for users.
 */
export const MAX_WORD_BUDGET = 100_000;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;
// Per UTF-16 code unit: 0 = not yet classified, 1 = letter or digit, 2 = whitespace, 3 = other.
// A table instead of a regex per token: counting runs on every sentence of every document.
const classes = new Uint8Array(0x10000);

function classify(code: number): number {
  let cls = classes[code] ?? 3;
  if (cls === 0) {
    const char = String.fromCharCode(code);
    cls = WORD_CHAR.test(char) ? 1 : SPACE.test(char) ? 2 : 3;
    classes[code] = cls;
  }
  return cls;
}

/**
 * Words as a reader counts them: whitespace-separated tokens with at least one letter or digit
 * ("§ 41 Abs. 2" has three words, "z. B." two, "Hard-Rock-Band" one). Characters outside the
 * Basic Multilingual Plane count as letters.
 */
export function countWords(text: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = code >= 0xd800 && code <= 0xdfff ? 1 : classify(code);
    if (cls === 2) {
      counted = false;
    } else if (cls === 1 && !counted) {
      count += 1;
      counted = true;
    }
  }
  return count;
}

/** The word budget for a source of `sourceWords` words. */
export function wordBudget(length: SummaryLength, sourceWords: number): number {
  if ('words' in length) {
    const words = length.words;
    if (!Number.isInteger(words) || words < 1 || words > MAX_WORD_BUDGET) {
      throw validationFailed(`The word budget must be an integer between 1 and ${MAX_WORD_BUDGET}.`, [
        { path: 'length.words', message: `expected an integer in [1, ${MAX_WORD_BUDGET}]` },
      ]);
    }
    return words;
  }
  const rule = PRESET_RULES[length.preset];
  const scaled = Math.round(rule.ratio * sourceWords);
  return Math.max(1, Math.min(sourceWords, Math.max(rule.min, Math.min(rule.max, scaled))));
}
