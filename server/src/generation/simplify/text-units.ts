import { splitSentences } from '../split-sentences';

/** A word of the checked text; `text.slice(start, end) === word.text`. */
export interface Word {
  readonly text: string;
  /** Lowercased form used for list look-ups. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Index of the word in the whole text. */
  readonly index: number;
  /** Index of the sentence the word belongs to. */
  readonly sentence: number;
}

/** A sentence (or heading / list item) with its words. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly words: readonly Word[];
}

/** The text cut into sentences and words once, shared by every checker. */
export interface AnalyzedText {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly words: readonly Word[];
}

// Letters/digits chained by hyphens, Mediopunkt ("Rechts·behelfs·belehrung"), apostrophes, gender
// marks before "innen", and digit groups ("3.000", "1,5", "9.30").
const WORD_PATTERN =
  /[\p{L}\p{M}\p{N}]+(?:(?:[-\u2010\u2011\u00B7\u22C5\u2027'’]|(?<=\p{N})[.,:](?=\p{N})|[*:_/](?=[Ii]nnen))[\p{L}\p{M}\p{N}]+)*/gu;

/** Cuts a text into sentences and words with exact offsets. Sentences without a word are dropped. */
export function analyzeText(text: string): AnalyzedText {
  const sentences: Sentence[] = [];
  const words: Word[] = [];
  for (const [blockStart, blockEnd] of lineBlocks(text)) {
    for (const span of splitSentences(text, blockStart, blockEnd)) {
      const sentenceWords: Word[] = [];
      const index = sentences.length;
      WORD_PATTERN.lastIndex = span.start;
      for (let match = WORD_PATTERN.exec(text); match !== null && match.index < span.end; match = WORD_PATTERN.exec(text)) {
        const value = match[0];
        sentenceWords.push({
          text: value, lower: value.toLowerCase(), start: match.index, end: match.index + value.length, index: words.length + sentenceWords.length, sentence: index,
        });
      }
      if (sentenceWords.length === 0) continue;
      sentences.push({ start: span.start, end: span.end, words: sentenceWords });
      words.push(...sentenceWords);
    }
  }
  return { text, sentences, words };
}

/**
 * Plain-language texts put one sentence or heading per line, often without a final period, so a
 * line break ends a unit. A line that starts with a lowercase letter continues a hard-wrapped
 * sentence and is joined to the previous line.
 */
function lineBlocks(text: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    const next = /^[ \t]*(\S)/.exec(text.slice(i + 1, i + 40))?.[1];
    if (next !== undefined && /\p{Ll}/u.test(next)) continue;
    blocks.push([start, i]);
    start = i + 1;
  }
  blocks.push([start, text.length]);
  return blocks;
}

/** True when the characters between two words contain one of `marks` (e.g. a comma). */
export function gapContains(text: string, from: number, to: number, marks: string): boolean {
  for (let i = from; i < to; i += 1) if (marks.includes(text.charAt(i))) return true;
  return false;
}

/** Index of the sentence containing `offset`, or -1 (binary search; sentences are ordered). */
export function sentenceAt(analyzed: AnalyzedText, offset: number): number {
  let low = 0;
  let high = analyzed.sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = analyzed.sentences[middle];
    if (sentence === undefined) break;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** True when the word starts with an uppercase letter. */
export function isCapitalized(word: Word): boolean {
  return /^\p{Lu}/u.test(word.text);
}
