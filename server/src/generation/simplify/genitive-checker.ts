import { z } from 'zod';
import { defineChecker, lowerSet, type Finding } from './checker-kind';
import { gapContains, isCapitalized, type Sentence } from './text-units';

/**
 * Genitive: unambiguous genitive articles ("des", "eines"), prepositions that govern the genitive
 * ("wegen", "aufgrund") and, optionally, a noun followed by "der"/"einer" ("die Verordnung der
 * Stadt"). A sentence is flagged once it holds `minPerSentence` markers, so Einfache Sprache can
 * allow a single genitive and flag only chains.
 */
export const genitiveChecker = defineChecker({
  kind: 'genitive',
  unit: 'sentence',
  hintVariables: ['phrase', 'count'],
  defaultHint: 'Genitiv „{phrase}“: Schreiben Sie mit „von“ (zum Beispiel „das Haus von dem Lehrer“).',
  parameters: z.object({
    articles: z.array(z.string().trim().min(1)).default([]),
    prepositions: z.array(z.string().trim().min(1)).default([]),
    /** Articles that mark a genitive only right after a noun: "der", "einer". */
    afterNoun: z.array(z.string().trim().min(1)).default([]),
    minPerSentence: z.number().int().min(1).default(1),
  }).strict(),
  compile: (parameters) => {
    const articles = lowerSet(parameters.articles);
    const prepositions = lowerSet(parameters.prepositions);
    const afterNoun = lowerSet(parameters.afterNoun);
    return (analyzed) => {
      const findings: Finding[] = [];
      analyzed.sentences.forEach((sentence, index) => {
        const markers = genitiveMarkers(analyzed.text, sentence, articles, prepositions, afterNoun);
        if (markers.length < parameters.minPerSentence) return;
        for (const marker of markers) {
          findings.push({ ...marker, unit: index, values: { phrase: analyzed.text.slice(marker.start, marker.end), count: markers.length } });
        }
      });
      return findings;
    };
  },
});

function genitiveMarkers(text: string, sentence: Sentence, articles: Set<string>, prepositions: Set<string>, afterNoun: Set<string>): Array<{ start: number; end: number }> {
  const markers: Array<{ start: number; end: number }> = [];
  const words = sentence.words;
  words.forEach((word, position) => {
    const next = words[position + 1];
    const end = next?.end ?? word.end;
    if (articles.has(word.lower) || prepositions.has(word.lower)) {
      const last = markers[markers.length - 1];
      // "wegen des Regens" is one genitive, not two.
      if (articles.has(word.lower) && last !== undefined && prepositions.has(words[position - 1]?.lower ?? '')) last.end = end;
      else markers.push({ start: word.start, end });
      return;
    }
    const previous = words[position - 1];
    if (!afterNoun.has(word.lower) || previous === undefined || position < 2 || !isCapitalized(previous) || next === undefined) return;
    // The noun must not open the sentence or follow a colon, and nothing may stand between noun and article.
    const beforeNoun = words[position - 2];
    if (beforeNoun === undefined || gapContains(text, beforeNoun.end, previous.start, ':') || /\S/.test(text.slice(previous.end, word.start))) return;
    markers.push({ start: previous.start, end });
  });
  return markers;
}
