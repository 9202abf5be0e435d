import type { CitationTarget } from './parse-citations';

/** The text of one § / Art. section; `start` is the document offset of `text[0]`. */
export interface SectionText {
  text: string;
  start: number;
}

export type MissingLevel = 'paragraph' | 'sentence' | 'item';

/** Where a target points inside its section, as document offsets of a short quote. */
export interface SectionLocation {
  /** The deepest level cited that the section lacks; null when everything cited exists. */
  missing: MissingLevel | null;
  start: number;
  end: number;
}

/** Long enough for most statutory sentences, short enough to show inline. */
const MAX_QUOTE_CHARS = 320;

interface Span {
  start: number;
  end: number;
}

// "(2)", "(2a)" opening a line: an Absatz. "1.", "3a." opening a line: a Nummer.
const PARAGRAPH_MARKER = /(?:^|\n)[ \t]*\((\d{1,3}[a-z]?)\)(?=\s)/g;
const ITEM_MARKER = /(?:^|\n)[ \t]*(\d{1,3}[a-z]?)\.(?=\s)/g;
const SENTENCE_END = /[.?!](?=\s+[„"»(]?[\p{Lu}§])/gu;
// Words whose dot does not end a sentence even before a capital ("BGBl. I", "z. B. Die").
const ABBREVIATIONS = new Set([
  'abs', 'nr', 'nrn', 'art', 'artt', 'buchst', 'ziff', 'vgl', 'bzw', 'ggf', 'gem', 'z', 'b', 'd', 'h', 'i', 'v', 'm', 's', 'u',
  'a', 'o', 'dr', 'st', 'lit', 'bgbl', 'ca', 'inkl', 'evtl', 'sog', 'hs', 'halbs', 'alt',
]);

/**
 * Finds the cited Absatz, Satz and Nummer inside a section and returns a quote for the deepest
 * one found. Absätze are "(n)" at the start of a line; a section without any counts as Absatz 1
 * (a frequent, harmless way of citing). Sätze are counted by sentence ends; Nummern are "n." at
 * the start of a line within the Absatz.
 */
export function locateInSection(section: SectionText, target: CitationTarget): SectionLocation {
  const { text } = section;
  const bodyStart = headingEnd(text);
  let scope: Span = { start: bodyStart, end: text.length };
  let quote = defaultQuote(text, bodyStart);
  const at = (missing: MissingLevel | null, span: Span): SectionLocation => {
    const clipped = clip(text, span);
    return { missing, start: section.start + clipped.start, end: section.start + clipped.end };
  };

  if (target.paragraph !== null) {
    const paragraphs = markedSpans(text, PARAGRAPH_MARKER, scope);
    const paragraph = paragraphs.find((span) => span.label === target.paragraph);
    if (paragraph) scope = paragraph;
    else if (paragraphs.length > 0 || target.paragraph !== '1') return at('paragraph', quote);
    quote = firstSentence(text, scope) ?? scope;
  }
  if (target.item !== null) {
    const item = markedSpans(text, ITEM_MARKER, scope).find((span) => span.label === target.item);
    if (!item) return at('item', quote);
    // A Nummer ends at the next one or at a blank line (the text after a list belongs to the Absatz).
    const blankLine = text.slice(item.start, item.end).search(/\n[ \t]*\n/);
    return at(null, blankLine === -1 ? item : { start: item.start, end: item.start + blankLine });
  }
  if (target.sentence !== null) {
    const sentences = sentenceSpans(text, afterMarker(text, scope), Number(target.sentence));
    const sentence = sentences[Number(target.sentence) - 1];
    if (!sentence) return at('sentence', quote);
    return at(null, sentence);
  }
  return at(null, quote);
}

/** End of the heading line ("#### § 41 Bekanntgabe …" or a plain "§ 41 …" line). */
function headingEnd(text: string): number {
  const firstLine = /^[ \t]*(?:#{1,6}[ \t]|§|Art)/.test(text) ? text.indexOf('\n') : -1;
  return firstLine === -1 ? 0 : firstLine + 1;
}

/** The heading without "#" when it names the norm ("§ 41 Bekanntgabe …"); else the first sentence. */
function defaultQuote(text: string, bodyStart: number): Span {
  const heading = /^[ \t]*#{0,6}[ \t]*((?:§|Art)[^\n]*?)[ \t]*$/m.exec(text.slice(0, bodyStart));
  if (heading?.[1] && /\p{L}{3,}/u.test(heading[1].replace(/^(?:§+|Artikel|Art\.?)/, ''))) {
    const start = text.indexOf(heading[1]);
    return { start, end: start + heading[1].length };
  }
  return firstSentence(text, { start: bodyStart, end: text.length }) ?? { start: bodyStart, end: text.length };
}

/** Spans opened by a line-start marker, each up to the next marker of the same kind. */
function markedSpans(text: string, marker: RegExp, scope: Span): Array<Span & { label: string }> {
  const region = text.slice(scope.start, scope.end);
  const spans: Array<Span & { label: string }> = [];
  marker.lastIndex = 0;
  for (let match = marker.exec(region); match !== null; match = marker.exec(region)) {
    const start = scope.start + match.index + match[0].search(/\S/);
    const previous = spans[spans.length - 1];
    if (previous) previous.end = start;
    spans.push({ label: match[1] ?? '', start, end: scope.end });
  }
  return spans;
}

/** The scope without its "(2)" marker, so that Satz 1 starts at the first word. */
function afterMarker(text: string, scope: Span): Span {
  const marker = /^\s*\(\d{1,3}[a-z]?\)/.exec(text.slice(scope.start, scope.end));
  return marker ? { start: scope.start + marker[0].length, end: scope.end } : scope;
}

function firstSentence(text: string, scope: Span): Span | null {
  return sentenceSpans(text, scope, 1)[0] ?? null;
}

/**
 * The first `limit` sentences of `text[scope]`: a sentence ends at . ? ! before a capital, except
 * after abbreviations and list numbers.
 */
function sentenceSpans(text: string, scope: Span, limit = Number.POSITIVE_INFINITY): Span[] {
  const region = text.slice(scope.start, scope.end);
  const spans: Span[] = [];
  let start = skipSpace(region, 0);
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(region); match !== null; match = SENTENCE_END.exec(region)) {
    const wordStart = Math.max(region.lastIndexOf(' ', match.index), region.lastIndexOf('\n', match.index), region.lastIndexOf('(', match.index)) + 1;
    const word = region.slice(wordStart, match.index);
    if (ABBREVIATIONS.has(word.toLowerCase())) continue;
    if (/^\d+$/.test(word) && region.slice(region.lastIndexOf('\n', wordStart) + 1, wordStart).trim() === '') continue;
    if (match.index + 1 > start) spans.push({ start: scope.start + start, end: scope.start + match.index + 1 });
    if (spans.length >= limit) return spans;
    start = skipSpace(region, match.index + 1);
  }
  const end = region.trimEnd().length;
  if (end > start) spans.push({ start: scope.start + start, end: scope.start + end });
  return spans;
}

function skipSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && /\s/.test(text[index] ?? '')) index++;
  return index;
}

/** At most MAX_QUOTE_CHARS, cut at a space, without surrounding whitespace. */
function clip(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  if (end - start > MAX_QUOTE_CHARS) {
    const cut = text.lastIndexOf(' ', start + MAX_QUOTE_CHARS);
    end = cut > start ? cut : start + MAX_QUOTE_CHARS;
  }
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
