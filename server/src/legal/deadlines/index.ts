export { computeDeadline, describeDeadlineInputProblems, describeRemedyProblems, REMEDIES, REMEDY_NOTICES } from './compute-deadline';
export type { DeadlineInput, DeadlineResult, Remedy, RemedyNotice } from './compute-deadline';
export { composeRechtsbehelfsbelehrung, type Addressee, type RechtsbehelfsbelehrungOptions } from './rechtsbehelfsbelehrung';
export { EVENT_TYPES, FOUR_DAY_RULE_SINCE, type EventType } from './bekanntgabe';
export { describeDateProblem, EARLIEST_DATE, LATEST_DATE } from './calendar-date';
export { describePeriodProblem } from './iso-period';
export { DEFAULT_LAND, LAENDER, LAND_NAMES, isLand, type Land, type SkippedDay } from './public-holidays';
export type { ExplanationStep } from './explanation-step';
