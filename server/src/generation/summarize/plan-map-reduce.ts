import { validationFailed } from '../../platform/errors';
import { splitSentences, type SentenceSpan } from '../split-sentences';
import { isHeadingLine } from './sentence-candidates';

export interface MapReduceOptions {
  /** Largest window in characters (what fits the model's context next to the prompt). */
  maxChars: number;
  /** Characters of whole sentences repeated at the start of the next window (default 0); below maxChars / 2. */
  overlapChars?: number;
}

/** One window of the source: `text === source.slice(start, end)`. */
export interface MapReduceWindow {
  index: number;
  start: number;
  end: number;
  text: string;
}

// A paragraph break is preferred as a window end when it leaves the window at least this full.
const PARAGRAPH_FILL = 0.5;

/** Sentences, with any sentence longer than `maxChars` cut at whitespace (or hard, as a last resort). */
function units(text: string, maxChars: number): SentenceSpan[] {
  const result: SentenceSpan[] = [];
  for (const span of splitSentences(text)) {
    let start = span.start;
    while (span.end - start > maxChars) {
      let cut = start + maxChars;
      const space = text.slice(start, cut + 1).search(/\s\S*$/);
      if (space > maxChars * PARAGRAPH_FILL) cut = start + space;
      else if (/[\uDC00-\uDFFF]/.test(text.charAt(cut))) cut -= 1;
      let end = cut;
      while (end > start + 1 && /\s/.test(text.charAt(end - 1))) end -= 1;
      result.push({ start, end });
      start = cut;
      while (start < span.end && /\s/.test(text.charAt(start))) start += 1;
    }
    if (start < span.end) result.push({ start, end: span.end });
  }
  return result;
}

function isHeading(text: string, span: SentenceSpan | undefined): boolean {
  const line = span === undefined ? '' : text.slice(span.start, span.end);
  return line !== '' && !line.includes('\n') && isHeadingLine(line);
}

function validate(maxChars: number, overlapChars: number): void {
  if (!Number.isInteger(maxChars) || maxChars < 1) {
    throw validationFailed('maxChars must be a positive integer.', [{ path: 'maxChars', message: 'expected an integer ≥ 1' }]);
  }
  if (!Number.isInteger(overlapChars) || overlapChars < 0 || overlapChars >= maxChars / 2) {
    throw validationFailed('overlapChars must be an integer below maxChars / 2.', [{ path: 'overlapChars', message: 'expected 0 ≤ overlap < maxChars / 2' }]);
  }
}

/**
 * Plans the map step of a map-reduce summary: consecutive windows of at most `maxChars` that
 * start and end on sentence boundaries, preferring paragraph ends and never ending on a heading
 * (unless a window holds nothing else), and together cover every
 * sentence of the text. With `overlapChars`, the last sentences of a window (up to that many
 * characters) open the next one, so that a thought cut by a window end is seen whole once.
 */
export function planMapReduce(text: string, options: MapReduceOptions): MapReduceWindow[] {
  const overlap = options.overlapChars ?? 0;
  validate(options.maxChars, overlap);
  const spans = units(text, options.maxChars);
  const paragraphEnd = spans.map((span, k) => k + 1 < spans.length && /\n[^\S\n]*\n/.test(text.slice(span.end, spans[k + 1]?.start)));
  const windows: MapReduceWindow[] = [];
  let i = 0;
  // The first unit no earlier window covered: every window must reach past it, or an overlap could repeat alone.
  let firstNew = 0;
  while (i < spans.length) {
    const start = spans[i]?.start ?? 0;
    let j = i;
    while (j + 1 < spans.length && (spans[j + 1]?.end ?? 0) - start <= options.maxChars) j += 1;
    let k = j;
    if (j + 1 < spans.length) {
      for (let p = j; p >= Math.max(i, firstNew) && (spans[p]?.end ?? 0) - start >= options.maxChars * PARAGRAPH_FILL; p--) {
        if (paragraphEnd[p]) {
          k = p;
          break;
        }
      }
      // A heading belongs to the text after it.
      while (k > Math.max(i, firstNew) && isHeading(text, spans[k])) k -= 1;
    }
    const end = spans[k]?.end ?? start;
    windows.push({ index: windows.length, start, end, text: text.slice(start, end) });
    i = nextStart(spans, i, k, overlap, options.maxChars);
    firstNew = k + 1;
  }
  return windows;
}

/** First unit of the next window: k + 1, or earlier sentences of this window within the overlap. */
function nextStart(spans: readonly SentenceSpan[], i: number, k: number, overlap: number, maxChars: number): number {
  const next = spans[k + 1];
  const end = spans[k]?.end ?? 0;
  if (next === undefined || overlap === 0) return k + 1;
  let m = k + 1;
  // The repeated sentences must fit within the overlap and still leave room for the next new sentence.
  while (m - 1 > i && end - (spans[m - 1]?.start ?? 0) <= overlap && next.end - (spans[m - 1]?.start ?? 0) <= maxChars) m -= 1;
  return m;
}
