import { validationFailed } from '../../platform/errors';
import { describeDateProblem, formatIsoDate, parseIsoDate } from './calendar-date';
import { determineBekanntgabe, EVENT_TYPES, type EventType } from './bekanntgabe';
import type { ExplanationStep } from './explanation-step';
import { describePeriodProblem, parseIsoPeriod } from './iso-period';
import { computePeriodEnd } from './period-end';
import { DEFAULT_LAND, isLand, LAENDER, type Land, type SkippedDay } from './public-holidays';

export const REMEDIES = ['widerspruch', 'klage'] as const;
export type Remedy = (typeof REMEDIES)[number];
/** Whether the Bescheid carries a correct Rechtsbehelfsbelehrung; without one § 58 Abs. 2 VwGO gives a year. */
export const REMEDY_NOTICES = ['correct', 'missing', 'incorrect'] as const;
export type RemedyNotice = (typeof REMEDY_NOTICES)[number];

const REMEDY_PERIOD = 'P1M';
const YEAR_PERIOD = 'P1Y';

export interface DeadlineInput {
  /** YYYY-MM-DD: day of posting, of electronic sending, or of delivery. */
  event: string;
  eventType: EventType;
  /** ISO 8601 duration; optional when `remedy` is given (then the statutory month). */
  period?: string;
  /** Land whose public holidays count; default HH. */
  land?: string;
  remedy?: Remedy;
  remedyNotice?: RemedyNotice;
}

export interface DeadlineResult {
  event: string;
  eventType: EventType;
  land: Land;
  /** The period actually applied (P1Y under § 58 Abs. 2 VwGO). */
  period: string;
  remedy?: Remedy;
  remedyNotice?: RemedyNotice;
  bekanntgabe: string;
  /** First day counted (§ 187 Abs. 1 BGB). */
  start: string;
  unshiftedEnd: string;
  end: string;
  /** Days the fictional Bekanntgabe was moved past. */
  bekanntgabeShiftedBy: SkippedDay[];
  /** Days the end was moved past (§ 193 BGB). */
  shiftedBy: SkippedDay[];
  explanation: ExplanationStep[];
}

/** Every problem of an input, each naming its field; empty when the input can be computed. */
export function describeDeadlineInputProblems(input: DeadlineInput): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  const dateProblem = describeDateProblem(input.event);
  if (dateProblem) problems.push({ path: 'event', message: dateProblem });
  if (!(EVENT_TYPES as readonly string[]).includes(input.eventType)) {
    problems.push({ path: 'eventType', message: `must be one of ${EVENT_TYPES.join(', ')}` });
  }
  if (input.land !== undefined && !isLand(input.land)) problems.push({ path: 'land', message: `must be one of ${LAENDER.join(', ')}` });
  if (input.remedy !== undefined && !(REMEDIES as readonly string[]).includes(input.remedy)) {
    problems.push({ path: 'remedy', message: `must be one of ${REMEDIES.join(', ')}` });
  }
  if (input.remedyNotice !== undefined && !(REMEDY_NOTICES as readonly string[]).includes(input.remedyNotice)) {
    problems.push({ path: 'remedyNotice', message: `must be one of ${REMEDY_NOTICES.join(', ')}` });
  }
  const periodProblem = input.period === undefined ? undefined : describePeriodProblem(input.period);
  if (periodProblem) problems.push({ path: 'period', message: periodProblem });
  problems.push(...describeRemedyProblems(input));
  return problems;
}

/** The rules that tie period, remedy and remedyNotice together (shared with the HTTP schema); not the period's format. */
export function describeRemedyProblems(input: Pick<DeadlineInput, 'period' | 'remedy' | 'remedyNotice'>): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  if (input.period === undefined) {
    if (input.remedy === undefined) problems.push({ path: 'period', message: 'is required unless remedy is given' });
  } else {
    const period = parseIsoPeriod(input.period);
    if (input.remedy !== undefined && period && !(period.years * 12 + period.months === 1 && period.weeks + period.days === 0)) {
      problems.push({
        path: 'period',
        message: 'must be P1M or omitted for a Widerspruch (§ 70 VwGO) or Klage (§ 74 VwGO); § 58 Abs. 2 VwGO follows from remedyNotice',
      });
    }
  }
  if (input.remedyNotice !== undefined && input.remedy === undefined) problems.push({ path: 'remedyNotice', message: 'requires remedy' });
  return problems;
}

/**
 * Computes Bekanntgabe and end of a period deterministically from statute and calendar, with one
 * explanation step per norm applied. Throws a validation error naming the field for unusable input.
 */
export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const problems = describeDeadlineInputProblems(input);
  const event = parseIsoDate(input.event);
  const land = input.land ?? DEFAULT_LAND;
  const yearRule = input.remedy !== undefined && input.remedyNotice !== undefined && input.remedyNotice !== 'correct';
  // With a remedy the validated period equals one month; normalise spellings such as P0Y1M to P1M.
  const periodText = yearRule ? YEAR_PERIOD : input.remedy !== undefined ? REMEDY_PERIOD : (input.period ?? REMEDY_PERIOD);
  const period = parseIsoPeriod(periodText);
  if (problems.length > 0 || !event || !period || !isLand(land)) {
    throw validationFailed(`Deadline input is invalid: ${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`, problems);
  }

  const bekanntgabe = determineBekanntgabe(event, input.eventType, land);
  const remedySteps = input.remedy === undefined ? [] : describeRemedy(input.remedy, yearRule, formatIsoDate(bekanntgabe.date));
  const periodEnd = computePeriodEnd(bekanntgabe.date, period, land, input.remedy === 'klage' ? 'vwgo' : 'vwvfg');
  return {
    event: input.event,
    eventType: input.eventType,
    land,
    period: periodText,
    ...(input.remedy === undefined ? {} : { remedy: input.remedy, remedyNotice: input.remedyNotice ?? 'correct' }),
    bekanntgabe: formatIsoDate(bekanntgabe.date),
    start: formatIsoDate(periodEnd.start),
    unshiftedEnd: formatIsoDate(periodEnd.unshiftedEnd),
    end: formatIsoDate(periodEnd.end),
    bekanntgabeShiftedBy: bekanntgabe.skipped,
    shiftedBy: periodEnd.skipped,
    explanation: [...bekanntgabe.steps, ...remedySteps, ...periodEnd.steps],
  };
}

function describeRemedy(remedy: Remedy, yearRule: boolean, bekanntgabe: string): ExplanationStep[] {
  const steps: ExplanationStep[] = [remedy === 'widerspruch'
    ? {
      norm: '§ 70 Abs. 1 Satz 1 VwGO',
      text: 'Der Widerspruch ist innerhalb eines Monats, nachdem der Verwaltungsakt dem Beschwerten bekannt gegeben worden ist, zu erheben.',
      date: bekanntgabe,
    }
    : {
      norm: '§ 74 Abs. 1 VwGO',
      text: 'Die Klage muss innerhalb eines Monats nach Zustellung des Widerspruchsbescheids erhoben werden; ist ein Widerspruchsbescheid '
        + 'nicht erforderlich, innerhalb eines Monats nach Bekanntgabe des Verwaltungsakts.',
      date: bekanntgabe,
    }];
  if (yearRule) {
    steps.push({
      norm: remedy === 'widerspruch' ? '§ 70 Abs. 2 i. V. m. § 58 Abs. 2 Satz 1 VwGO' : '§ 58 Abs. 2 Satz 1 VwGO',
      text: 'Die Rechtsbehelfsbelehrung fehlt oder ist unrichtig. Die Monatsfrist beginnt daher nicht zu laufen; der Rechtsbehelf ist '
        + 'innerhalb eines Jahres seit der Bekanntgabe zulässig (außer bei höherer Gewalt oder einer schriftlichen Belehrung, '
        + 'dass ein Rechtsbehelf nicht gegeben sei).',
      date: bekanntgabe,
    });
  }
  return steps;
}
