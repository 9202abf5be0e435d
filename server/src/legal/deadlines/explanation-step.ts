import { formatGermanDate, parseIsoDate } from './calendar-date';
import type { SkippedDay } from './public-holidays';

/** One step of a deadline computation: the norm applied, a German sentence a clerk can read, and the day it yields. */
export interface ExplanationStep {
  norm: string;
  text: string;
  date: string;
}

/** "Freitag, 26. Dezember 2025 (2. Weihnachtstag), Samstag, 27. Dezember 2025 und Sonntag, 28. Dezember 2025". */
export function describeSkippedDays(skipped: SkippedDay[]): string {
  const parts = skipped.map((day) => {
    const parsed = parseIsoDate(day.date);
    const date = parsed ? formatGermanDate(parsed) : day.date;
    return day.reason === 'Samstag' || day.reason === 'Sonntag' ? date : `${date} (${day.reason})`;
  });
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} und ${parts[parts.length - 1] ?? ''}`;
}
