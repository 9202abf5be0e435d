import Holidays from 'date-holidays';
import { addDays, dayOfWeek, formatIsoDate, type CalendarDate } from './calendar-date';

/**
 * The one home of `date-holidays`: public holidays per Land. Only holidays of type 'public' at Land level
 * count; holidays that the library keeps for parts of a Land only (Mariä Himmelfahrt in Bavarian Catholic
 * communities, the Augsburger Friedensfest, Fronleichnam in parts of Saxony and Thuringia) are not applied.
 */
export const LAENDER = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const;
export type Land = (typeof LAENDER)[number];
export const DEFAULT_LAND: Land = 'HH';

export const LAND_NAMES: Record<Land, string> = {
  BW: 'Baden-Württemberg', BY: 'Bayern', BE: 'Berlin', BB: 'Brandenburg', HB: 'Bremen', HH: 'Hamburg',
  HE: 'Hessen', MV: 'Mecklenburg-Vorpommern', NI: 'Niedersachsen', NW: 'Nordrhein-Westfalen', RP: 'Rheinland-Pfalz',
  SL: 'Saarland', SN: 'Sachsen', ST: 'Sachsen-Anhalt', SH: 'Schleswig-Holstein', TH: 'Thüringen',
};

export function isLand(value: string): value is Land {
  return (LAENDER as readonly string[]).includes(value);
}

const calendars = new Map<Land, Holidays>();
const holidaysByYear = new Map<string, ReadonlyMap<string, string>>();

function holidaysOf(land: Land, year: number): ReadonlyMap<string, string> {
  const key = `${land}:${year}`;
  const cached = holidaysByYear.get(key);
  if (cached) return cached;
  let calendar = calendars.get(land);
  if (!calendar) {
    calendar = new Holidays('DE', land, { types: ['public'], languages: ['de'] });
    calendars.set(land, calendar);
  }
  const byDate = new Map<string, string>();
  for (const holiday of calendar.getHolidays(year, 'de')) {
    // `date` is "YYYY-MM-DD hh:mm:ss" in the holiday's own local time: the day itself, free of time zones.
    if (holiday.type === 'public') byDate.set(holiday.date.slice(0, 10), holiday.name);
  }
  holidaysByYear.set(key, byDate);
  return byDate;
}

/** The German name of the Land-wide public holiday on that day, if any. */
export function publicHolidayName(date: CalendarDate, land: Land): string | undefined {
  return holidaysOf(land, date.year).get(formatIsoDate(date));
}

/**
 * Why a day is no working day in the sense of § 193 BGB / § 31 Abs. 3 VwVfG / § 222 Abs. 2 ZPO
 * (Samstag, Sonntag or a public holiday), or undefined for a working day.
 */
export function nonWorkingDayReason(date: CalendarDate, land: Land): string | undefined {
  const holiday = publicHolidayName(date, land);
  if (holiday) return holiday;
  const weekday = dayOfWeek(date);
  if (weekday === 6) return 'Samstag';
  if (weekday === 0) return 'Sonntag';
  return undefined;
}

export interface SkippedDay {
  date: string;
  reason: string;
}

/** The day itself when it is a working day, else the next working day with every day skipped and why. */
export function nextWorkingDayFrom(date: CalendarDate, land: Land): { date: CalendarDate; skipped: SkippedDay[] } {
  const skipped: SkippedDay[] = [];
  let current = date;
  for (let reason = nonWorkingDayReason(current, land); reason !== undefined; reason = nonWorkingDayReason(current, land)) {
    skipped.push({ date: formatIsoDate(current), reason });
    current = addDays(current, 1);
  }
  return { date: current, skipped };
}
