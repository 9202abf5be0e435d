/** A sentence of a text with its exact offsets: `text.slice(start, end) === sentence`. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// Abbreviations common in German administrative text that end in a period but not a sentence.
const ABBREVIATIONS = new Set([
  'abs', 'art', 'nr', 'bzw', 'ggf', 'vgl', 'z', 'b', 'd', 'h', 'u', 'a', 's', 'ca', 'usw', 'inkl', 'gem', 'i', 'v', 'm',
  'e', 'str', 'tel', 'ff', 'f', 'bgbl', 'az', 'geb', 'dr', 'hrsg', 'lit', 'buchst', 'ziff', 'anl', 'kap', 'n', 'ab', 'al',
  'evtl', 'zzgl', 'max', 'min', 'mind', 'st', 'abschn', 'jan', 'feb', 'febr', 'aug', 'sept', 'okt', 'nov', 'dez',
]);

/**
 * Splits German text into sentences and list items without losing offsets. Periods after
 * abbreviations ("Abs.", "z. B.") and ordinal numbers ("1. Januar") do not end a sentence.
 */
export function splitSentences(text: string, from = 0, to = text.length): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = from;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ start: start + leading, end: start + leading + trimmed.length });
    start = end;
  };
  for (let i = from; i < to; i += 1) {
    const char = text[i];
    if (char === '\n' && (text[i + 1] === '\n' || /^\s*(?:[-*•]|\d+\.|\(\d+\)|#)/.test(text.slice(i + 1, i + 8)))) {
      push(i);
    } else if ((char === '.' || char === '!' || char === '?') && endsSentence(text, i, to)) {
      push(i + 1);
    }
  }
  push(to);
  return spans;
}

function endsSentence(text: string, index: number, to: number): boolean {
  const next = text.slice(index + 1, Math.min(to, index + 3));
  if (index + 1 < to && !/^\s/.test(next)) return false;
  if (text[index] !== '.') return true;
  const word = /([A-Za-zÄÖÜäöüß]+|\d+)$/.exec(text.slice(Math.max(0, index - 12), index))?.[1] ?? '';
  if (/^\d+$/.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}
