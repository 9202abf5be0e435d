import { z } from 'zod';
import { defineChecker, lowerSet, wordList, type Finding } from './checker-kind';
import { gapContains, type Sentence } from './text-units';

/** Sentences longer than `maxWords` (Munich: Leichte Sprache at most 11 words, Einfache Sprache 8–10 on average). */
export const sentenceLengthChecker = defineChecker({
  kind: 'sentence-length',
  unit: 'sentence',
  hintVariables: ['words', 'maxWords'],
  defaultHint: 'Der Satz hat {words} Wörter. Schreiben Sie kürzere Sätze mit höchstens {maxWords} Wörtern.',
  parameters: z.object({ maxWords: z.number().int().positive() }).strict(),
  compile: ({ maxWords }) => (analyzed) => {
    const findings: Finding[] = [];
    analyzed.sentences.forEach((sentence, index) => {
      if (sentence.words.length > maxWords) {
        findings.push({ start: sentence.start, end: sentence.end, unit: index, values: { words: sentence.words.length, maxWords } });
      }
    });
    return findings;
  },
});

const statementParameters = z.object({
  maxStatements: z.number().int().positive(),
  /** Conjunctions that always open a subordinate clause: weil, dass, wenn, obwohl … */
  subordinators: wordList,
  /** Words that open a clause only right after a comma (or semicolon): relative pronouns, da, als, wobei … */
  afterComma: wordList,
  /** Ambiguous openers (als, da, während …) counted as the first word of a sentence that has a comma later. */
  sentenceInitial: z.array(z.string().trim().min(1)).default([]),
  /** Prepositions that may stand before a relative pronoun after a comma (", mit denen"). */
  prepositions: wordList,
  /** Coordinating conjunctions joining two main clauses when they follow a comma or precede a clause starter. */
  coordinators: wordList,
  /** Subject pronouns and adverbs that start a new main clause after a coordinator ("und er", "und dann"). */
  clauseStarters: wordList,
  /** Count every semicolon as a clause boundary. */
  semicolons: z.boolean().default(true),
}).strict();

/**
 * "One statement per sentence": counts clause openers (subordinating conjunctions, relative pronouns
 * after a comma, coordinators joining main clauses, semicolons). Without a parser this misses
 * clauses joined by a bare comma or "und" + verb, and it counts "Äpfel, die Birnen" as a clause.
 */
export const oneStatementChecker = defineChecker({
  kind: 'one-statement',
  unit: 'sentence',
  hintVariables: ['statements', 'maxStatements', 'markers'],
  defaultHint: 'Der Satz enthält etwa {statements} Aussagen ({markers}). Schreiben Sie eine Aussage pro Satz.',
  parameters: statementParameters,
  compile: (parameters) => {
    const subordinators = lowerSet(parameters.subordinators);
    const afterComma = lowerSet(parameters.afterComma);
    const initial = lowerSet(parameters.sentenceInitial);
    const prepositions = lowerSet(parameters.prepositions);
    const coordinators = lowerSet(parameters.coordinators);
    const starters = lowerSet(parameters.clauseStarters);
    return (analyzed) => {
      const findings: Finding[] = [];
      analyzed.sentences.forEach((sentence, index) => {
        const markers = clauseMarkers(analyzed.text, sentence, { subordinators, afterComma, initial, prepositions, coordinators, starters });
        if (parameters.semicolons) {
          for (let i = analyzed.text.indexOf(';', sentence.start); i !== -1 && i < sentence.end; i = analyzed.text.indexOf(';', i + 1)) markers.push(';');
        }
        const statements = markers.length + 1;
        if (statements > parameters.maxStatements) {
          findings.push({
            start: sentence.start, end: sentence.end, unit: index,
            values: { statements, maxStatements: parameters.maxStatements, markers: markers.join(', ') },
          });
        }
      });
      return findings;
    };
  },
});

interface MarkerSets {
  subordinators: Set<string>;
  afterComma: Set<string>;
  initial: Set<string>;
  prepositions: Set<string>;
  coordinators: Set<string>;
  starters: Set<string>;
}

function clauseMarkers(text: string, sentence: Sentence, sets: MarkerSets): string[] {
  const markers: string[] = [];
  const words = sentence.words;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (word === undefined) continue;
    const previous = words[i - 1];
    const next = words[i + 1];
    const afterComma = previous !== undefined && gapContains(text, previous.end, word.start, ',;');
    if (sets.subordinators.has(word.lower)) markers.push(word.lower);
    else if (i === 0 && sets.initial.has(word.lower) && gapContains(text, word.end, sentence.end, ',')) markers.push(word.lower);
    else if (afterComma && sets.afterComma.has(word.lower)) markers.push(word.lower);
    else if (afterComma && sets.prepositions.has(word.lower) && next !== undefined && sets.afterComma.has(next.lower)) {
      markers.push(`${word.lower} ${next.lower}`);
      i += 1;
    } else if (previous !== undefined && sets.coordinators.has(word.lower) && (afterComma || (next !== undefined && sets.starters.has(next.lower)))) {
      markers.push(word.lower);
    }
  }
  return markers;
}
