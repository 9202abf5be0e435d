import { z } from 'zod';
import { defineChecker, lowerSet, replacementMap, wordList, type Finding } from './checker-kind';
import { sentenceAt, type AnalyzedText } from './text-units';

const NUMBER_JOINER = 'und';

/**
 * Number words that should be digits ("drei" → 3, "dreiundzwanzig" → 23). A word counts when it is
 * listed or composed entirely of listed parts, so "einer", "einmal" or "Millionen" stay untouched.
 */
export const numberWordsChecker = defineChecker({
  kind: 'number-words',
  unit: 'word',
  hintVariables: ['word', 'digits'],
  defaultHint: 'Schreiben Sie Zahlen als Ziffern: {digits} statt „{word}“.',
  parameters: z.object({
    /** Number words flagged on their own, with their value. */
    numbers: z.record(z.string().trim().min(1), z.number().int().min(0)),
    /** Parts only valid inside a composed number ("ein" in "einundzwanzig"). */
    compoundParts: z.record(z.string().trim().min(1), z.number().int().min(0)).default({}),
  }).strict(),
  compile: ({ numbers, compoundParts }) => {
    const standalone = new Map(Object.entries(numbers).map(([word, value]) => [word.toLowerCase(), value]));
    const parts = new Map([...standalone, ...Object.entries(compoundParts).map(([word, value]): [string, number] => [word.toLowerCase(), value])]);
    // Cheap pre-filter: only words made of the listed parts reach the splitter.
    const escaped = [...parts.keys(), NUMBER_JOINER].map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const composed = new RegExp(`^(?:${escaped.join('|')})+$`, 'u');
    return (analyzed) => {
      const findings: Finding[] = [];
      for (const word of analyzed.words) {
        const value = standalone.get(word.lower) ?? (composed.test(word.lower) ? composedValue(word.lower, parts) : null);
        if (value !== null) findings.push({ start: word.start, end: word.end, unit: word.index, values: { word: word.text, digits: String(value) } });
      }
      return findings;
    };
  },
});

/** Value of a number word made of at least two known parts, or null. */
export function composedValue(word: string, parts: ReadonlyMap<string, number>): number | null {
  const split = splitNumber(word, parts);
  if (split === null || split.length < 2) return null;
  let total = 0;
  let current = 0;
  for (const part of split) {
    if (part === NUMBER_JOINER) continue;
    const value = parts.get(part) ?? 0;
    if (value === 100) current = (current || 1) * 100;
    else if (value === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else current += value;
  }
  return total + current;
}

/** Longest-first split into known parts joined optionally by "und"; null when none covers the word. */
function splitNumber(word: string, parts: ReadonlyMap<string, number>): string[] | null {
  if (word.length === 0) return [];
  if (!/^\p{Ll}+$/u.test(word)) return null;
  for (let end = word.length; end > 0; end -= 1) {
    const head = word.slice(0, end);
    if (!parts.has(head) && head !== NUMBER_JOINER) continue;
    const rest = splitNumber(word.slice(end), parts);
    if (rest !== null) return [head, ...rest];
  }
  return null;
}

/** Negations (Munich: avoid them; Einfache Sprache: avoid "weder … noch", "keineswegs" and double negation). */
export const negationChecker = defineChecker({
  kind: 'negation',
  unit: 'sentence',
  hintVariables: ['phrase'],
  defaultHint: 'Verneinung „{phrase}“: Schreiben Sie positiv, wenn es geht (zum Beispiel „gesund“ statt „nicht krank“).',
  parameters: z.object({
    /** Negation words flagged wherever they occur. */
    words: z.array(z.string().trim().min(1)).default([]),
    /** Double negation: a negator followed within `window` words by a word with a negating prefix ("nicht unwichtig"). */
    doubleNegation: z.object({
      negators: wordList,
      prefixes: wordList,
      /** Beginnings of words that are no negation ("unter", "unser", "unbedingt"). */
      exceptions: z.array(z.string().trim().min(1)).default([]),
      window: z.number().int().min(1).max(5).default(2),
    }).strict().optional(),
  }).strict(),
  compile: ({ words, doubleNegation }) => {
    const flagged = lowerSet(words);
    const negators = lowerSet(doubleNegation?.negators ?? []);
    const prefixes = (doubleNegation?.prefixes ?? []).map((prefix) => prefix.toLowerCase());
    const exceptions = (doubleNegation?.exceptions ?? []).map((exception) => exception.toLowerCase());
    return (analyzed) => {
      const findings: Finding[] = [];
      for (const sentence of analyzed.sentences) {
        sentence.words.forEach((word, position) => {
          let end = word.end;
          if (negators.has(word.lower) && doubleNegation !== undefined) {
            const negated = sentence.words.slice(position + 1, position + 1 + doubleNegation.window)
              .find((next) => !exceptions.some((exception) => next.lower.startsWith(exception)) && prefixes.some((prefix) => next.lower.startsWith(prefix) && next.lower.length >= prefix.length + 4));
            if (negated !== undefined) end = negated.end;
          }
          if (end !== word.end || flagged.has(word.lower)) {
            findings.push({ start: word.start, end, unit: word.sentence, values: { phrase: analyzed.text.slice(word.start, end) } });
          }
        });
      }
      return findings;
    };
  },
});

const INFLECTION_ENDINGS = ['', 's', 'e', 'n', 'en', 'es', 'er', 'em', 'ern'];
const SEGMENT_SEPARATOR = /[-\u2010\u2011\u00B7\u22C5\u2027]/;
const MIN_COMPOUND_ENTRY = 5;

/**
 * Foreign words from a list, also inflected ("Workshops") and, for entries of five letters or more,
 * inside compounds ("Onlinedienst", "Projektmanager"). Each part of a hyphenated word is checked.
 */
export const foreignWordsChecker = defineChecker({
  kind: 'foreign-words',
  unit: 'word',
  hintVariables: ['word', 'replacement'],
  defaultHint: 'Fremdwort „{word}“: Verwenden Sie ein bekanntes Wort oder erklären Sie es. Vorschlag: {replacement}.',
  parameters: z.object({
    words: replacementMap,
    matchCompounds: z.boolean().default(true),
    /** Beginnings of German words that merely start like a listed word ("eventuell" is not "Event"). */
    exceptions: z.array(z.string().trim().min(1)).default([]),
  }).strict(),
  compile: ({ words, matchCompounds, exceptions }) => {
    const excluded = exceptions.map((exception) => exception.toLowerCase());
    const entries = new Map(Object.entries(words).map(([word, replacement]) => [word.toLowerCase(), replacement]));
    const lookup = (segment: string, compounds = matchCompounds): string | undefined => {
      if (excluded.some((exception) => segment.startsWith(exception))) return undefined;
      for (const ending of INFLECTION_ENDINGS) {
        const stem = segment.slice(0, segment.length - ending.length);
        if (segment.endsWith(ending) && entries.has(stem)) return stem;
      }
      if (!compounds || segment.length < 8) return undefined;
      // Known head ("Projekt|manager") or known first part ("Online|dienst"), at least five letters.
      for (const ending of INFLECTION_ENDINGS) {
        if (!segment.endsWith(ending)) continue;
        const stem = segment.slice(0, segment.length - ending.length);
        for (let cut = 1; cut <= stem.length - MIN_COMPOUND_ENTRY; cut += 1) {
          const head = stem.slice(cut);
          if (entries.has(head)) return head;
        }
      }
      for (let end = MIN_COMPOUND_ENTRY; end < segment.length; end += 1) {
        const first = segment.slice(0, end);
        if (entries.has(first)) return first;
      }
      return undefined;
    };
    return (analyzed) => {
      const findings: Finding[] = [];
      for (const word of analyzed.words) {
        const whole = SEGMENT_SEPARATOR.test(word.text) ? lookup(word.lower, false) : undefined;
        if (whole !== undefined) {
          findings.push({ start: word.start, end: word.end, unit: word.index, values: { word: word.text, replacement: entries.get(whole) ?? 'ein bekanntes Wort' } });
          continue;
        }
        let offset = 0;
        for (const segment of word.text.split(SEGMENT_SEPARATOR)) {
          const entry = lookup(segment.toLowerCase());
          if (entry !== undefined) {
            const start = word.start + offset;
            findings.push({ start, end: start + segment.length, unit: word.index, values: { word: segment, replacement: entries.get(entry) ?? 'ein bekanntes Wort' } });
          }
          offset += segment.length + 1;
        }
      }
      return findings;
    };
  },
});

/**
 * Abbreviations from a list ("z. B.", "usw.", "§"), found with or without the inner spaces
 * ("z.B."), in any case. Overlapping matches keep the longest ("i. V. m." over "i. V.").
 */
export const abbreviationsChecker = defineChecker({
  kind: 'abbreviations',
  unit: 'sentence',
  hintVariables: ['word', 'replacement'],
  defaultHint: 'Abkürzung „{word}“: Schreiben Sie das Wort aus ({replacement}).',
  parameters: z.object({ abbreviations: replacementMap }).strict(),
  compile: ({ abbreviations }) => {
    const patterns = Object.entries(abbreviations)
      .sort(([a], [b]) => b.length - a.length)
      .map(([abbreviation, replacement]) => ({ pattern: abbreviationPattern(abbreviation), replacement: replacement ?? 'ganzes Wort' }));
    return (analyzed) => collectAbbreviations(analyzed, patterns);
  },
});

function abbreviationPattern(abbreviation: string): RegExp {
  const body = abbreviation
    .split(/(?<=\.)\s*/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s*');
  const before = /^[\p{L}\p{N}]/u.test(abbreviation) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = /[\p{L}\p{N}]$/u.test(abbreviation) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${before}${body}${after}`, 'giu');
}

function collectAbbreviations(analyzed: AnalyzedText, patterns: Array<{ pattern: RegExp; replacement: string }>): Finding[] {
  const taken: Array<[number, number]> = [];
  const findings: Finding[] = [];
  for (const { pattern, replacement } of patterns) {
    pattern.lastIndex = 0;
    for (const match of analyzed.text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      const unit = sentenceAt(analyzed, start);
      if (unit === -1) continue;
      taken.push([start, end]);
      findings.push({ start, end, unit, values: { word: match[0], replacement } });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
