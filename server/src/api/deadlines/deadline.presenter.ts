import type { DeadlineResult } from '../../legal/deadlines';

/** The JSON of POST /api/v1/deadlines; `bekanntgabe`, `end` and `explanation` are the fixed contract, the rest additive. */
export function presentDeadline(result: DeadlineResult, rechtsbehelfsbelehrung: string | undefined) {
  return {
    bekanntgabe: result.bekanntgabe,
    end: result.end,
    explanation: result.explanation.map((step) => ({ norm: step.norm, text: step.text, date: step.date })),
    event: result.event,
    eventType: result.eventType,
    land: result.land,
    period: result.period,
    start: result.start,
    unshiftedEnd: result.unshiftedEnd,
    bekanntgabeShiftedBy: result.bekanntgabeShiftedBy,
    shiftedBy: result.shiftedBy,
    ...(result.remedy === undefined ? {} : { remedy: result.remedy, remedyNotice: result.remedyNotice }),
    ...(rechtsbehelfsbelehrung === undefined ? {} : { rechtsbehelfsbelehrung }),
  };
}
