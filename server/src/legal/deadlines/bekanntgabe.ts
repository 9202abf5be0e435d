import { addDays, formatGermanDate, formatIsoDate, type CalendarDate } from './calendar-date';
import { describeSkippedDays, type ExplanationStep } from './explanation-step';
import { LAND_NAMES, nextWorkingDayFrom, type Land, type SkippedDay } from './public-holidays';

export const EVENT_TYPES = ['posted', 'sent_electronically', 'delivered'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Postrechtsmodernisierungsgesetz (BGBl. 2024 I Nr. 236): four instead of three days from this day on. */
export const FOUR_DAY_RULE_SINCE = '2025-01-01';

export interface Bekanntgabe {
  date: CalendarDate;
  /** Saturdays, Sundays and holidays the fictional day was moved past. */
  skipped: SkippedDay[];
  steps: ExplanationStep[];
}

/** The day a Verwaltungsakt counts as notified (§ 41 VwVfG), with the steps that led there. */
export function determineBekanntgabe(event: CalendarDate, eventType: EventType, land: Land): Bekanntgabe {
  const eventIso = formatIsoDate(event);
  if (eventType === 'delivered') {
    return {
      date: event,
      skipped: [],
      steps: [{
        norm: '§ 41 Abs. 1 und 5 VwVfG',
        text: `Der Verwaltungsakt ist am ${formatGermanDate(event)} zugestellt worden bzw. tatsächlich zugegangen; an diesem Tag ist er bekannt gegeben. `
          + 'Ein tatsächlicher Zugang an einem Samstag, Sonntag oder Feiertag wird nicht verschoben.',
        date: eventIso,
      }],
    };
  }
  const fourDays = eventIso >= FOUR_DAY_RULE_SINCE;
  const days = fourDays ? 4 : 3;
  const dayWord = fourDays ? 'vierten' : 'dritten';
  const version = fourDays ? 'Fassung seit 1. Januar 2025' : 'Fassung bis 31. Dezember 2024';
  const fictional = addDays(event, days);
  const action = eventType === 'posted'
    ? { sentence: 'im Inland zur Post gegeben', after: 'nach der Aufgabe zur Post', satz: 1 }
    : { sentence: 'elektronisch übermittelt (abgesendet)', after: 'nach der Absendung', satz: 2 };
  const steps: ExplanationStep[] = [{
    norm: `§ 41 Abs. 2 Satz ${action.satz} VwVfG (${version})`,
    text: `Der Verwaltungsakt wurde am ${formatGermanDate(event)} ${action.sentence}. Er gilt am ${dayWord} Tag ${action.after} `
      + `als bekannt gegeben, das ist ${formatGermanDate(fictional)}. `
      + (fourDays ? '' : 'Die Vier-Tage-Fiktion des Postrechtsmodernisierungsgesetzes gilt erst für Verwaltungsakte, die ab dem 1. Januar 2025 abgesandt werden. ')
      + 'Geht der Verwaltungsakt nachweislich später zu, ist der tatsächliche Zugang maßgeblich (§ 41 Abs. 2 Satz 3 VwVfG).',
    date: formatIsoDate(fictional),
  }];
  const shifted = nextWorkingDayFrom(fictional, land);
  if (shifted.skipped.length > 0) {
    steps.push({
      norm: '§ 31 Abs. 3 Satz 1 VwVfG entsprechend (vgl. BFH zu § 122 Abs. 2 i. V. m. § 108 Abs. 3 AO; BSG zu § 37 Abs. 2 SGB X)',
      text: `Der ${fourDays ? 'vierte' : 'dritte'} Tag ist in ${LAND_NAMES[land]} kein Werktag; übersprungen werden ${describeSkippedDays(shifted.skipped)}. `
        + `Die Bekanntgabe verschiebt sich daher auf den nächsten Werktag, ${formatGermanDate(shifted.date)}. `
        + 'Für § 41 VwVfG ist diese Verschiebung umstritten; LLMoin wendet sie an, weil sie nie ein früheres Fristende ergibt, '
        + 'als ein Gericht annehmen könnte.',
      date: formatIsoDate(shifted.date),
    });
  }
  return { date: shifted.date, skipped: shifted.skipped, steps };
}
