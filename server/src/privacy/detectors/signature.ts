import { CUED_NAME, SP, TITLES, nameLength } from './name-words';
import type { Span } from './span';

// "Mit freundlichen Grüßen", "Viele Grüße", "Danke und Gruß", "Hochachtungsvoll", "MfG" …
const CLOSING = /(?<!\p{L})(?:(?:mit\s+)?(?:freundlichen|freundlichem|besten|herzlichen|lieben|vielen|beste|viele|liebe|herzliche|freundliche|schöne|sonnige)\s+(?:Grüßen|Gruß|Grüße)|Gruß|Grüße|Hochachtungsvoll|MfG|Danke|Vielen\s+Dank|Danke\s+schön|Dankeschön)[ \t]*[,!.]?[ \t]*(?=\n|,)/giu;
const SIGNATURE_LINE = new RegExp(`^[ \\t]*(?:(?:i\\.${SP}?A\\.|i\\.${SP}?V\\.|gez\\.)${SP}*)?${TITLES}(${CUED_NAME})[ \\t]*,?[ \\t]*$`, 'du');
// Chat-style short closings with the name on the same line: "LG Nicole", "VG, Jan".
const SHORT_CLOSING = new RegExp(`(?<!\\p{L})(?:LG|VG|MfG)[ \\t,]+(${CUED_NAME})[ \\t]*(?=\\n|$)`, 'dgu');
const SKIPPED_LINE = /^[ \t>]*(?:i\.[ \u00a0]?A\.|i\.[ \u00a0]?V\.|Im Auftrag|In Vertretung|gez\.)?[ \t]*$/u;

function nameOnLine(text: string, lineStart: number, lineEnd: number): Span | null {
  const content = text.slice(lineStart, lineEnd).replace(/^[ \t>]*/, (prefix) => ' '.repeat(prefix.length));
  const match = SIGNATURE_LINE.exec(content);
  const name = match?.[1] ?? '';
  if (!match || name.length === 0 || nameLength(name) !== name.length) return null;
  const start = lineStart + (match.indices?.[1]?.[0] ?? 0);
  return { start, end: start + name.length };
}

/**
 * The signature: the first name line after a closing formula (blank lines and "i. A." skipped),
 * a name after the formula on the same line ("Viele Grüße, Sarah"), or a name standing alone as
 * the last line of the text after a blank line.
 */
export function signatureSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const closing of text.matchAll(CLOSING)) {
    let offset = (closing.index ?? 0) + closing[0].length;
    if (text[offset] === ',') {
      const lineEnd = text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset);
      const span = nameOnLine(text, offset + 1, lineEnd);
      if (span) spans.push(span);
      continue;
    }
    offset += 1;
    for (let line = 0; line < 4 && offset < text.length; line += 1) {
      const newline = text.indexOf('\n', offset);
      const lineEnd = newline === -1 ? text.length : newline;
      if (SKIPPED_LINE.test(text.slice(offset, lineEnd))) {
        offset = lineEnd + 1;
        continue;
      }
      const span = nameOnLine(text, offset, lineEnd);
      if (span) spans.push(span);
      break;
    }
  }
  for (const match of text.matchAll(SHORT_CLOSING)) {
    const name = match[1] ?? '';
    const start = match.indices?.[1]?.[0] ?? 0;
    if (nameLength(name) === name.length) spans.push({ start, end: start + name.length });
  }
  const trailing = /\n[ \t]*\n([^\n]+)\s*$/u.exec(text);
  if (trailing) {
    const lineStart = (trailing.index ?? 0) + trailing[0].indexOf(trailing[1] as string);
    const span = nameOnLine(text, lineStart, lineStart + (trailing[1] as string).length);
    // A lone word at the end is too weak; initials or two name parts are not.
    if (span && /[ \u00a0.]/u.test(text.slice(span.start, span.end))) spans.push(span);
  }
  return spans;
}
