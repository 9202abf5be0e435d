import { splitSentences } from '../split-sentences';
import { countWords } from './summary-length';

/** A sentence of the source that may be quoted in a summary. */
export interface CandidateSentence {
  /** Offsets in the source: `source.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  words: number;
  /** 0-based position among the candidates (document order). */
  index: number;
  /** 0-based paragraph (blank-line separated block) and heading-delimited section of the sentence. */
  paragraph: number;
  section: number;
}

// Markdown ("# Titel"), Wikipedia ("== Geschichte") and numbered legal headings ("§ 41 Bekanntgabe").
const HEADING_MARK = /^(?:#{1,6}\s|={2,}|§+\s*\d+\w*\s+\p{Lu}[^.!?]*$|Art(?:ikel|\.)\s*\d+\w*\s+\p{Lu}[^.!?]*$)/u;
const TERMINAL = /[.!?:;…"“”'’)\]»«]$/u;
// List markers are not part of the quoted sentence: "- Die Frist …", "2. Der Antrag …", "(1) Ein …".
const LIST_MARKER = /^(?:[-*•–]|\d{1,2}[.)]|\(\d{1,3}[a-z]?\)|[a-z]\))\s+/u;
// A line without final punctuation and at most this many words reads as a heading or a label.
const MAX_HEADING_WORDS = 12;
// Fragments shorter than this ("Siehe auch", "Weblinks") say nothing on their own.
const MIN_SENTENCE_WORDS = 4;

function startsLine(source: string, start: number): boolean {
  const before = source.lastIndexOf('\n', start - 1);
  return source.slice(before + 1, start).trim() === '';
}

/** True for a line that reads as a heading or label: a heading mark, or short and without final punctuation. */
export function isHeadingLine(line: string): boolean {
  if (LIST_MARKER.test(line)) return false;
  return HEADING_MARK.test(line) || (!TERMINAL.test(line) && countWords(line) <= MAX_HEADING_WORDS);
}

/**
 * Where the sentence proper begins: heading lines at the top of a span are skipped ("# Titel" and the
 * first sentence are one span when only a single line break separates them). Returns the number of
 * skipped headings and the new start, or `start: -1` when the span is all heading.
 */
function skipHeadings(source: string, start: number, end: number): { start: number; headings: number } {
  let headings = 0;
  let at = start;
  while (at < end && startsLine(source, at)) {
    const newline = source.indexOf('\n', at);
    const lineEnd = newline < 0 || newline > end ? end : newline;
    if (!isHeadingLine(source.slice(at, lineEnd).trim())) break;
    headings += 1;
    if (lineEnd === end) return { start: -1, headings };
    at = lineEnd;
    while (at < end && /\s/.test(source.charAt(at))) at += 1;
  }
  return { start: at, headings };
}

export interface CandidateOptions {
  /** Shorter spans are fragments (default 4). */
  minWords?: number;
  /**
   * Only spans that end like a sentence, or list items (default true): leaves out metadata lines
   * such as "Bezirksamt Mitte · Gültig ab 1. Februar 2026 · Az. 21/0001" and table rows.
   */
  sentencesOnly?: boolean;
}

/**
 * Splits the source into quotable sentences with offsets, leaving out headings, fragments and
 * (by default) lines that do not end like a sentence, and records the paragraph and section of
 * each (headings and blank lines separate them).
 */
export function collectCandidates(source: string, options: CandidateOptions = {}): CandidateSentence[] {
  const minWords = Math.max(1, options.minWords ?? MIN_SENTENCE_WORDS);
  const sentencesOnly = options.sentencesOnly ?? true;
  const candidates: CandidateSentence[] = [];
  let paragraph = 0;
  let section = 0;
  let previousEnd = 0;
  for (const span of splitSentences(source)) {
    if (/\n\s*\n/.test(source.slice(previousEnd, span.start))) paragraph += 1;
    previousEnd = span.end;
    const skipped = skipHeadings(source, span.start, span.end);
    if (skipped.headings > 0) {
      section += skipped.headings;
      paragraph += 1;
    }
    if (skipped.start < 0) continue;
    const marker = LIST_MARKER.exec(source.slice(skipped.start, Math.min(span.end, skipped.start + 8)));
    const start = skipped.start + (marker?.[0].length ?? 0);
    const text = source.slice(start, span.end);
    const words = countWords(text);
    if (words < minWords || (sentencesOnly && marker === null && !TERMINAL.test(text))) continue;
    candidates.push({ start, end: span.end, text, words, index: candidates.length, paragraph, section });
  }
  return candidates;
}
