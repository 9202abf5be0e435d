import { z } from 'zod';
import { defineChecker, lowerSet, wordList, type Finding } from './checker-kind';
import { gapContains, isCapitalized, type AnalyzedText, type Word } from './text-units';

// Punctuation that closes a clause segment; auxiliary and participle must share one segment.
const CLAUSE_BREAKS = ',;:–—()[]"„“«»';

const passiveParameters = z.object({
  /** Finite forms of "werden" (and "worden"). */
  auxiliaries: wordList,
  /** Forms that mark a passive on their own ("ist geprüft worden"). */
  passiveOnly: wordList,
  /** Separable verb prefixes before "-ge-" ("an-ge-meldet", "zu-ge-stellt"). */
  separablePrefixes: wordList,
  /** Inseparable prefixes whose participles have no "ge-" ("bezahlt", "verlängert"). */
  inseparablePrefixes: wordList,
  /** Participles the patterns cannot recognise (strong verbs with inseparable prefix: "entschieden"). */
  participles: z.array(z.string().trim().min(1)).default([]),
  /** Words that look like participles but are not, or are mostly infinitives ("gelten", "bekannt"). */
  notParticiples: z.array(z.string().trim().min(1)).default([]),
}).strict();

type PassiveParameters = z.infer<typeof passiveParameters>;

/**
 * Vorgangspassiv: a form of "werden" and a Partizip II in the same clause segment ("wird geprüft",
 * "geprüft wurde", "ist geprüft worden"). Zustandspassiv ("ist geschlossen") is allowed by the
 * Munich rules and not flagged. A participle directly before a capitalised word is attributive
 * ("die gestellten Anträge") and ignored, which keeps "werden" + infinitive (Futur I) apart.
 */
export const passiveVoiceChecker = defineChecker({
  kind: 'passive-voice',
  unit: 'sentence',
  hintVariables: ['phrase', 'auxiliary', 'participle'],
  defaultHint: 'Passiv „{phrase}“: Schreiben Sie aktiv und sagen Sie, wer etwas tut.',
  parameters: passiveParameters,
  compile: (parameters) => {
    const isParticiple = participleTest(parameters);
    const auxiliaries = lowerSet(parameters.auxiliaries);
    const passiveOnly = lowerSet(parameters.passiveOnly);
    return (analyzed) => {
      const findings: Finding[] = [];
      analyzed.sentences.forEach((sentence, index) => {
        const used = new Set<number>();
        const words = sentence.words;
        words.forEach((word, position) => {
          if (!auxiliaries.has(word.lower) || used.has(position)) return;
          const participle = nearestInSegment(analyzed, words, position, (candidate, at) => !used.has(at) && isParticiple(candidate, words[at + 1], analyzed.text));
          if (participle === null && !passiveOnly.has(word.lower)) return;
          used.add(position);
          let start = word.start;
          let end = word.end;
          if (participle !== null) {
            const other = words[participle];
            if (other !== undefined) {
              used.add(participle);
              start = Math.min(start, other.start);
              end = Math.max(end, other.end);
            }
          }
          findings.push({ start, end, unit: index, values: { phrase: analyzed.text.slice(start, end), auxiliary: word.text, participle: participle === null ? '' : words[participle]?.text ?? '' } });
        });
      });
      return findings;
    };
  },
});

/** Position of the closest word in the same clause segment that satisfies `test`, or null. */
function nearestInSegment(analyzed: AnalyzedText, words: readonly Word[], from: number, test: (word: Word, at: number) => boolean): number | null {
  const inSegment = (a: Word, b: Word) => !gapContains(analyzed.text, a.end, b.start, CLAUSE_BREAKS);
  let left = from;
  let right = from;
  let leftOpen = true;
  let rightOpen = true;
  while (leftOpen || rightOpen) {
    if (rightOpen) {
      const current = words[right];
      const next = words[right + 1];
      if (current === undefined || next === undefined || !inSegment(current, next)) rightOpen = false;
      else if (test(next, (right += 1))) return right;
    }
    if (leftOpen) {
      const current = words[left];
      const previous = words[left - 1];
      if (current === undefined || previous === undefined || !inSegment(previous, current)) leftOpen = false;
      else if (test(previous, (left -= 1))) return left;
    }
  }
  return null;
}

function participleTest(parameters: PassiveParameters): (word: Word, next: Word | undefined, text: string) => boolean {
  const known = lowerSet(parameters.participles);
  const excluded = lowerSet(parameters.notParticiples);
  const separable = parameters.separablePrefixes.map((prefix) => prefix.toLowerCase());
  const inseparable = parameters.inseparablePrefixes.map((prefix) => prefix.toLowerCase());
  // "ge" + at least two stem letters + "t"/"en": ge-mach-t, ge-geb-en; not "gehen" or "geben".
  const geForm = /^ge\p{L}{2,}(?:t|en)$/u;
  const tForm = /^\p{L}{2,}t$/u;
  return (word, next, text) => {
    if (isCapitalized(word) || excluded.has(word.lower)) return false;
    if (known.has(word.lower)) return true;
    // Attributive: "die gestellten Anträge".
    if (next !== undefined && isCapitalized(next) && !/\S/.test(text.slice(word.end, next.start))) return false;
    const lower = word.lower;
    if (lower.length >= 7 && lower.endsWith('iert')) return true;
    if (geForm.test(lower)) return true;
    if (separable.some((prefix) => lower.startsWith(prefix) && geForm.test(lower.slice(prefix.length)))) return true;
    return inseparable.some((prefix) => lower.startsWith(prefix) && tForm.test(lower.slice(prefix.length)));
  };
}

/** Subjunctive forms (Konjunktiv I and II, "würde"-form) from a word list. */
export const subjunctiveChecker = defineChecker({
  kind: 'subjunctive',
  unit: 'sentence',
  hintVariables: ['word'],
  defaultHint: 'Konjunktiv „{word}“: Schreiben Sie in der Wirklichkeitsform, zum Beispiel mit „vielleicht“.',
  parameters: z.object({ forms: wordList }).strict(),
  compile: ({ forms }) => {
    const set = lowerSet(forms);
    return (analyzed) => analyzed.words.filter((word) => set.has(word.lower)).map((word) => ({ start: word.start, end: word.end, unit: word.sentence, values: { word: word.text } }));
  },
});
