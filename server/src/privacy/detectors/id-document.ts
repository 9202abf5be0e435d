import { isValidDocumentNumberWithCheckDigit } from '../checksums';
import { lineBefore, type Span } from './span';

// Nine characters from the document alphabet, starting with a letter, optionally with the check digit.
const CANDIDATE = /(?<![\p{L}\p{N}])[CFGHJKLMNPRTVWXYZ][0-9CFGHJKLMNPRTVWXYZ]{8}\d?(?![\p{L}\p{N}])/gu;
const CONTEXT = /(ausweis|reisepass|\bpass\b|passnummer|pass-nr|dokumentennummer|seriennummer|kinderreisepass)[^\n]{0,40}$/iu;

/** The part of `before` after the last sentence end, so that a cue never reaches into the next sentence. */
function currentSentence(before: string): string {
  const boundaries = [...before.matchAll(/[.!?;]\s+(?=\p{Lu})/gu)];
  const last = boundaries[boundaries.length - 1];
  return last ? before.slice((last.index ?? 0) + last[0].length) : before;
}

/**
 * Personalausweis and Reisepass numbers. With the ICAO 9303 check digit appended the number stands
 * on its own; a bare nine-character number only counts after a word such as "Ausweisnummer".
 */
export function detectIdDocuments(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const value = match[0];
    const start = match.index ?? 0;
    const body = value.slice(0, 9);
    if ((body.match(/\d/g) ?? []).length < 2) continue;
    const accepted = value.length === 10
      ? isValidDocumentNumberWithCheckDigit(value)
      : CONTEXT.test(currentSentence(lineBefore(text, start, 60)));
    if (accepted) spans.push({ start, end: start + value.length });
  }
  return spans;
}
