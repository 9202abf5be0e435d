/**
 * Periods as ISO 8601 durations restricted to calendar units (PnY, PnM, PnW, PnD and combinations).
 * Statutory periods are counted in days, weeks, months and years; hours have no place in §§ 187 ff. BGB.
 */
export interface IsoPeriod {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
}

const PERIOD = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
/** Generous bounds that still keep every result inside the supported calendar range. */
const MAX_MONTHS = 100 * 12;
const MAX_DAYS = 100 * 366;

/** Why a text is not an accepted period, or undefined when it is one. */
export function describePeriodProblem(text: string): string | undefined {
  if (text.startsWith('-')) return 'must be a positive duration';
  if (/^P[^T]*T/.test(text)) return 'must not contain time components (T…); deadlines are counted in days, weeks, months and years';
  const match = PERIOD.exec(text);
  if (!match || text === 'P') return 'must be an ISO 8601 duration such as P1M, P2W, P14D or P1Y2M';
  const period = toPeriod(match);
  if (period.years + period.months + period.weeks + period.days === 0) return 'must be longer than zero days';
  if (period.years * 12 + period.months > MAX_MONTHS || period.weeks * 7 + period.days > MAX_DAYS) {
    return 'must not exceed 100 years';
  }
  return undefined;
}

/** The parsed period, or undefined when `describePeriodProblem` names a problem. */
export function parseIsoPeriod(text: string): IsoPeriod | undefined {
  if (describePeriodProblem(text) !== undefined) return undefined;
  const match = PERIOD.exec(text);
  return match ? toPeriod(match) : undefined;
}

function toPeriod(match: RegExpExecArray): IsoPeriod {
  const number = (group: string | undefined) => (group === undefined ? 0 : Number(group));
  return { years: number(match[1]), months: number(match[2]), weeks: number(match[3]), days: number(match[4]) };
}

const NUMBER_WORDS = ['', 'einem', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'] as const;
const FEMININE_ONE = 'einer';

/** German dative phrase for "eine Frist von …": "einem Monat", "zwei Wochen", "einem Jahr und zwei Monaten". */
export function describePeriodGerman(period: IsoPeriod): string {
  const parts: string[] = [];
  const unit = (count: number, singular: string, plural: string, feminine = false) => {
    if (count === 0) return;
    const word = count === 1 && feminine ? FEMININE_ONE : (NUMBER_WORDS[count] ?? String(count));
    parts.push(`${word} ${count === 1 ? singular : plural}`);
  };
  unit(period.years, 'Jahr', 'Jahren');
  unit(period.months, 'Monat', 'Monaten');
  unit(period.weeks, 'Woche', 'Wochen', true);
  unit(period.days, 'Tag', 'Tagen');
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} und ${parts[parts.length - 1] ?? ''}`;
}
