/**
 * Plain calendar dates (no time, no time zone): a deadline is a day, and mixing in `Date` objects with
 * local time zones is the classic source of off-by-one errors. Day arithmetic goes through UTC only.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The range the computation supports: the 16 Länder exist since 3 October 1990. */
export const EARLIEST_DATE = '1991-01-01';
export const LATEST_DATE = '2199-12-31';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MILLISECONDS_PER_DAY = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY-MM-DD`; undefined for anything else, including impossible days like 2025-02-30. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Why a text is not a usable date, or undefined when it is one. Shared by the zod schema and the domain. */
export function describeDateProblem(text: string): string | undefined {
  if (!ISO_DATE.test(text)) return 'must be a date in the form YYYY-MM-DD';
  if (!parseIsoDate(text)) return `${text} is not a day of the calendar`;
  if (text < EARLIEST_DATE || text > LATEST_DATE) return `must lie between ${EARLIEST_DATE} and ${LATEST_DATE}`;
  return undefined;
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

function toEpochDay(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / MILLISECONDS_PER_DAY;
}

function fromEpochDay(epochDay: number): CalendarDate {
  const utc = new Date(epochDay * MILLISECONDS_PER_DAY);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/**
 * The day with the same number `months` later (§ 188 Abs. 2 BGB); where that month is shorter, its last
 * day (§ 188 Abs. 3 BGB). `clamped` tells the caller that Abs. 3 was needed, for the explanation.
 */
export function addMonthsClamped(date: CalendarDate, months: number): { date: CalendarDate; clamped: boolean } {
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = daysInMonth(year, month);
  return { date: { year, month, day: Math.min(date.day, lastDay) }, clamped: date.day > lastDay };
}

const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'] as const;
const MONTHS = [
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
] as const;

export function germanWeekday(date: CalendarDate): string {
  return WEEKDAYS[dayOfWeek(date)] ?? '';
}

/** "Freitag, 7. März 2025" — the form a Bescheid uses. */
export function formatGermanDate(date: CalendarDate): string {
  return `${germanWeekday(date)}, ${date.day}. ${MONTHS[date.month - 1] ?? ''} ${date.year}`;
}

/** "7. März 2025 (Freitag)" — fits after an article: "mit Ablauf des 7. März 2025 (Freitag)". */
export function formatGermanDay(date: CalendarDate): string {
  return `${date.day}. ${MONTHS[date.month - 1] ?? ''} ${date.year} (${germanWeekday(date)})`;
}
