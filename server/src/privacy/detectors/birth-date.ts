import { tableCellsUnder } from './form-table';
import type { Span } from './span';

const MONTHS = 'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\\.|Feb\\.|Mrz\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Sept\\.|Okt\\.|Nov\\.|Dez\\.';
const DATE = `(?:(\\d{1,2})\\.[ \\u00a0]?(\\d{1,2})\\.[ \\u00a0]?(\\d{4}|\\d{2})|(\\d{1,2})\\.[ \\u00a0]?(?:${MONTHS})[ \\u00a0](\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?![\\p{N}]|\\.\\d)`;
// The cue must stand directly before the date: "geb. 12.03.1985", "geboren am …", "Geburtsdatum: …", "* …".
const CUE = '(?:\\bgeb\\.(?:[ \\u00a0]*am)?|\\bgeboren(?:[ \\u00a0]+am)?|\\bGeburtsdatum|\\bGeb\\.-?[ \\u00a0]?Datum|\\bGeburtstag|\\bTag der Geburt|(?<![\\p{L}\\p{N}*])\\*)';
const PATTERN = new RegExp(`${CUE}(?:[ \\u00a0]*\\([^)\\n]{0,20}\\))?[ \\t\\u00a0]*:?[ \\t\\u00a0]*\\n?[ \\t\\u00a0]*${DATE}`, 'giu');

const WHOLE_DATE = new RegExp(`^${DATE}$`, 'iu');
const DATE_AT_END = new RegExp(`${DATE}$`, 'iu');

const plausible = (day: number, month: number): boolean => day >= 1 && day <= 31 && month >= 1 && month <= 12;

/**
 * Dates of birth, only where the text says so. Other dates (Bescheid vom …, Fristen, Termine) stay:
 * they carry the meaning of the text and identify nobody on their own.
 */
export function detectBirthDates(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const [whole, day1, month1, , day2, , , month3, day3] = match;
    // The date closes the match; a cue such as "Geburtsdatum (Kind 1):" may hold digits too.
    const dateText = DATE_AT_END.exec(whole)?.[0] ?? '';
    const numericMonth = month1 ?? month3;
    const day = Number(day1 ?? day2 ?? day3);
    if (numericMonth !== undefined && !plausible(day, Number(numericMonth))) continue;
    if (numericMonth === undefined && !plausible(day, 1)) continue;
    const start = (match.index ?? 0) + whole.length - dateText.length;
    spans.push({ start, end: start + dateText.length });
  }
  // Tables pasted from forms: dates in a column headed "Geburtsdatum".
  for (const cell of tableCellsUnder(text, /^(?:Geburtsdatum|Geb\.-?Datum|geboren(?: am)?)$/iu)) {
    if (WHOLE_DATE.test(text.slice(cell.start, cell.end))) spans.push(cell);
  }
  return spans;
}
