import { addDays, addMonthsClamped, formatGermanDate, formatGermanDay, formatIsoDate, germanWeekday, type CalendarDate } from './calendar-date';
import { describeSkippedDays, type ExplanationStep } from './explanation-step';
import { describePeriodGerman, type IsoPeriod } from './iso-period';
import { LAND_NAMES, nextWorkingDayFrom, type Land, type SkippedDay } from './public-holidays';

/**
 * Which statute routes to §§ 187 ff. BGB. The results are identical; the explanation names the chain that
 * a court would cite: § 31 VwVfG in the administrative procedure (also the Widerspruchsverfahren, § 79
 * VwVfG), § 57 Abs. 2 VwGO with § 222 ZPO for the Klagefrist.
 */
export type NormChain = 'vwvfg' | 'vwgo';

const NORMS: Record<NormChain, { start: string; end: string; shift: string }> = {
  vwvfg: {
    start: '§ 31 Abs. 1 VwVfG i. V. m. § 187 Abs. 1 BGB',
    end: '§ 31 Abs. 1 VwVfG i. V. m.',
    shift: '§ 31 Abs. 3 Satz 1 VwVfG, § 193 BGB',
  },
  vwgo: {
    start: '§ 57 Abs. 2 VwGO i. V. m. § 222 Abs. 1 ZPO, § 187 Abs. 1 BGB',
    end: '§ 57 Abs. 2 VwGO i. V. m. § 222 Abs. 1 ZPO,',
    shift: '§ 57 Abs. 2 VwGO i. V. m. § 222 Abs. 2 ZPO',
  },
};

export interface PeriodEnd {
  start: CalendarDate;
  /** The end by §§ 187, 188 BGB before moving past a Saturday, Sunday or holiday. */
  unshiftedEnd: CalendarDate;
  end: CalendarDate;
  skipped: SkippedDay[];
  steps: ExplanationStep[];
}

/** The last day of a period that begins with the Bekanntgabe (an event during the day, § 187 Abs. 1 BGB). */
export function computePeriodEnd(bekanntgabe: CalendarDate, period: IsoPeriod, land: Land, chain: NormChain): PeriodEnd {
  const norms = NORMS[chain];
  const start = addDays(bekanntgabe, 1);
  const steps: ExplanationStep[] = [{
    norm: norms.start,
    text: `Der Tag der Bekanntgabe (${formatGermanDate(bekanntgabe)}) wird nicht mitgerechnet; `
      + `die Frist von ${describePeriodGerman(period)} beginnt am ${formatGermanDate(start)}.`,
    date: formatIsoDate(start),
  }];
  const computed = countPeriod(bekanntgabe, period);
  steps.push({ norm: `${norms.end} ${computed.norms.join(', ')}`, text: computed.sentences.join(' '), date: formatIsoDate(computed.end) });

  const shifted = nextWorkingDayFrom(computed.end, land);
  const landName = LAND_NAMES[land];
  steps.push(shifted.skipped.length === 0
    ? {
      norm: norms.shift,
      text: `Der ${formatGermanDay(computed.end)} ist in ${landName} ein Werktag (weder Samstag, Sonntag noch gesetzlicher Feiertag); `
        + 'die Frist endet mit Ablauf dieses Tages.',
      date: formatIsoDate(computed.end),
    }
    : {
      norm: norms.shift,
      text: `Das rechnerische Fristende ist in ${landName} kein Werktag; übersprungen werden ${describeSkippedDays(shifted.skipped)}. `
        + `Die Frist endet daher mit Ablauf des nächsten Werktages, des ${formatGermanDay(shifted.date)}.`,
      date: formatIsoDate(shifted.date),
    });
  return { start, unshiftedEnd: computed.end, end: shifted.date, skipped: shifted.skipped, steps };
}

/**
 * §§ 188, 189 BGB. Years and months first (§ 188 Abs. 2 and 3), remaining weeks and days last, as
 * § 189 Abs. 2 BGB orders for "months and a half month"; weeks alone end on the same weekday.
 */
function countPeriod(bekanntgabe: CalendarDate, period: IsoPeriod): { end: CalendarDate; norms: string[]; sentences: string[] } {
  const months = period.years * 12 + period.months;
  const days = period.weeks * 7 + period.days;
  const norms: string[] = [];
  const sentences: string[] = [];
  let end = bekanntgabe;
  if (months > 0) {
    const added = addMonthsClamped(bekanntgabe, months);
    end = added.date;
    norms.push(added.clamped ? '§ 188 Abs. 2 und 3 BGB' : '§ 188 Abs. 2 BGB');
    sentences.push(`Eine nach ${period.years > 0 ? 'Jahren oder Monaten' : 'Monaten'} bemessene Frist endet mit Ablauf des Tages, `
      + `der durch seine Zahl dem Tag der Bekanntgabe (dem ${bekanntgabe.day}.) entspricht.`);
    sentences.push(added.clamped
      ? `Diesen Tag gibt es im Zielmonat nicht; die Frist endet daher mit Ablauf des letzten Tages dieses Monats, ${formatGermanDate(end)}.`
      : `Das ist ${formatGermanDate(end)}.`);
  }
  if (days > 0) {
    const before = end;
    end = addDays(end, days);
    if (months > 0) {
      norms.push('§ 189 Abs. 2 BGB entsprechend');
      sentences.push(`Die übrigen ${days} Tage werden zuletzt gezählt: ${formatGermanDate(before)} plus ${days} Tage ergibt ${formatGermanDate(end)}.`);
    } else if (period.days === 0) {
      norms.push('§ 188 Abs. 2 BGB');
      sentences.push(`Eine nach Wochen bemessene Frist endet mit Ablauf des Tages der letzten Woche, der durch seine Benennung `
        + `dem Tag der Bekanntgabe (${germanWeekday(bekanntgabe)}) entspricht: ${formatGermanDate(end)}.`);
    } else {
      norms.push('§ 188 Abs. 1 BGB');
      sentences.push(`Eine nach Tagen bemessene Frist endet mit Ablauf ihres letzten Tages, des ${days}. Tages nach der Bekanntgabe: `
        + `${formatGermanDate(end)}.`);
    }
  }
  return { end, norms, sentences };
}
