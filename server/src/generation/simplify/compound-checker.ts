import { z } from 'zod';
import { createCompoundSplitter, type CompoundSplitter } from '../../retrieval/german';
import { defaultGermanLexicon } from '../../retrieval/german';
import { defineChecker, lowerSet, type Finding } from './checker-kind';
import { countLetters, countSyllables } from './syllables';

const SEPARATORS = /[-\u2010\u2011\u00B7\u22C5\u2027]/;
const LINKERS = ['s', 'es', 'n', 'en', 'er', 'e'];

const CACHE_LIMIT = 50_000;

let sharedSplitter: CompoundSplitter | undefined;
// Splits depend only on the folded word, so they are memoised across checks; words repeat a lot.
const splitCache = new Map<string, string[] | null>();

/** The retrieval analyzer's lexicon-based splitter, built once per process. */
function splitter(): CompoundSplitter {
  sharedSplitter ??= createCompoundSplitter(defaultGermanLexicon());
  return sharedSplitter;
}

function splitCached(split: CompoundSplitter, folded: string, allowPartial: boolean): string[] | null {
  const key = `${allowPartial ? 'N' : 'w'}${folded}`;
  let parts = splitCache.get(key);
  if (parts === undefined) {
    if (splitCache.size >= CACHE_LIMIT) splitCache.clear();
    parts = split.split(folded, allowPartial);
    splitCache.set(key, parts);
  }
  return parts;
}

/**
 * Long compounds that Leichte Sprache splits with a Mediopunkt ("Rechts·behelfs·belehrung") or a
 * hyphen. A word is flagged when the German splitter finds at least two parts and it has more than
 * `maxSyllables` syllables or at least `minParts` parts ("Bürgergeld": 2 parts, 3 syllables, fine).
 * Parts already separated by "·" or "-" are checked one by one.
 */
export const longCompoundsChecker = defineChecker({
  kind: 'long-compounds',
  unit: 'word',
  hintVariables: ['word', 'suggestion', 'syllables', 'parts'],
  defaultHint: 'Langes Wort „{word}“ ({syllables} Silben). Vorschlag: {suggestion}.',
  parameters: z.object({
    maxSyllables: z.number().int().positive(),
    minParts: z.number().int().min(2).default(3),
    /** Words the splitter cannot explain are flagged from this many letters on (leave out to skip them). */
    maxLettersUnsplit: z.number().int().positive().optional(),
    separator: z.enum(['·', '-']).default('·'),
    /** Check only capitalised words (nouns); derived adjectives such as "regelmäßig" stay whole. */
    nounsOnly: z.boolean().default(true),
    exceptions: z.array(z.string().trim().min(1)).default([]),
  }).strict(),
  compile: (parameters) => {
    const exceptions = lowerSet(parameters.exceptions);
    const split = splitter();
    const { words: lexiconWords, modifiers } = defaultGermanLexicon();
    const known = (part: string) => lexiconWords.has(part) || modifiers.has(part);
    return (analyzed) => {
      const findings: Finding[] = [];
      for (const word of analyzed.words) {
        if (parameters.nounsOnly && !/^\p{Lu}/u.test(word.text)) continue;
        let offset = 0;
        for (const segment of word.text.split(SEPARATORS)) {
          const start = word.start + offset;
          offset += segment.length + 1;
          if (segment.length < 6 || exceptions.has(segment.toLowerCase()) || !/^\p{L}\p{Ll}+$/u.test(segment)) continue;
          const { folded, origin } = foldWithOrigin(segment);
          const parts = splitCached(split, folded, /^\p{Lu}/u.test(segment));
          const syllables = countSyllables(segment);
          let suggestion: string | null = null;
          let partCount = 1;
          if (parts !== null && parts.length > 1) {
            const cuts = refineCuts(folded, partCuts(folded, parts), (part) => lexiconWords.has(part), known);
            partCount = cuts.length + 1;
            if (syllables <= parameters.maxSyllables && partCount < parameters.minParts) continue;
            suggestion = joinAt(segment, cuts.map((cut) => origin[cut] ?? cut), parameters.separator);
          } else if (parameters.maxLettersUnsplit === undefined || countLetters(segment) < parameters.maxLettersUnsplit) continue;
          findings.push({
            start, end: start + segment.length, unit: word.index,
            values: { word: segment, suggestion: suggestion ?? 'umschreiben oder erklären', syllables, parts: partCount },
          });
        }
      }
      return findings;
    };
  },
});

/**
 * Folds like the retrieval analyzer (lowercase, ß → ss, accents off, umlauts kept) and maps each
 * folded index back to the word; an empty map means the indexes are the same.
 */
function foldWithOrigin(word: string): { folded: string; origin: number[] } {
  const lower = word.toLowerCase();
  if (/^[a-zäöü]+$/.test(lower)) return { folded: lower, origin: [] };
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < word.length; i += 1) {
    const char = word.charAt(i).toLowerCase();
    const mapped = char === 'ß' ? 'ss' : /[äöü]/.test(char) ? char : char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    for (let k = 0; k < mapped.length; k += 1) origin.push(i);
    folded += mapped;
  }
  return { folded, origin };
}

/** Start offsets of parts 2…n; the linking element ("Rechts-") stays with the part before it. */
function partCuts(folded: string, parts: readonly string[]): number[] {
  const cuts: number[] = [];
  let position = 0;
  parts.forEach((part, index) => {
    const at = folded.indexOf(part, position);
    if (at === -1) return;
    if (index > 0) cuts.push(at);
    position = at + part.length;
  });
  return cuts;
}

/**
 * Lexicalised compounds count as one part for the splitter ("rechtsbehelf"); for the suggestion a
 * long part is cut once more where a known word (plus linking element) meets a known head.
 */
function refineCuts(folded: string, cuts: number[], isFree: (part: string) => boolean, isKnown: (part: string) => boolean): number[] {
  const bounds = [0, ...cuts, folded.length];
  const refined: number[] = [];
  for (let b = 0; b + 1 < bounds.length; b += 1) {
    const from = bounds[b] ?? 0;
    const to = bounds[b + 1] ?? folded.length;
    if (b > 0) refined.push(from);
    const part = folded.slice(from, to);
    if (part.length < 9) continue;
    let best: number | null = null;
    for (let k = 3; k <= part.length - 4; k += 1) {
      const left = part.slice(0, k);
      const right = part.slice(k);
      const leftKnown = isKnown(left) || LINKERS.some((linker) => left.endsWith(linker) && left.length - linker.length >= 3 && isKnown(left.slice(0, -linker.length)));
      const rightKnown = isFree(right) || (b + 2 < bounds.length && isKnown(right)) || LINKERS.some((linker) => right.endsWith(linker) && isFree(right.slice(0, -linker.length)));
      if (leftKnown && rightKnown && (best === null || Math.min(k, part.length - k) > Math.min(best, part.length - best))) best = k;
    }
    if (best !== null) refined.push(from + best);
  }
  return refined;
}

/** Inserts the separator at the cut offsets; after a hyphen a noun part is capitalised ("Verwaltungs-Amt"). */
function joinAt(word: string, cuts: readonly number[], separator: '·' | '-'): string {
  let result = '';
  let previous = 0;
  for (const cut of cuts) {
    result += word.slice(previous, cut) + separator;
    previous = cut;
  }
  const rest = word.slice(previous);
  result += rest;
  if (separator === '-' && /^\p{Lu}/u.test(word)) {
    return result.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('-');
  }
  return result;
}
