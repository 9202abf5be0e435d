import { validationFailed } from '../../platform/errors';
import { formatGermanDate, formatGermanDay, parseIsoDate } from './calendar-date';
import type { DeadlineResult, Remedy } from './compute-deadline';

export interface Addressee {
  name?: string;
  address?: string;
}

export interface RechtsbehelfsbelehrungOptions {
  remedy: Remedy;
  /** A computed deadline for this Bescheid (its remedy period, not § 58 Abs. 2 VwGO). */
  deadline: Pick<DeadlineResult, 'event' | 'eventType' | 'period' | 'bekanntgabe' | 'end'>;
  /** The authority that issued the Bescheid (where a Widerspruch is lodged, § 70 Abs. 1 VwGO). */
  authority?: Addressee;
  /** The Verwaltungsgericht (where a Klage is filed, § 81 VwGO). */
  court?: Addressee;
  /** False when the document around it already carries the heading (a Bescheid draft). Default true. */
  heading?: boolean;
}

const PLACEHOLDERS = {
  authorityName: '[Name der Behörde]',
  authorityAddress: '[Anschrift der Behörde]',
  courtName: 'Verwaltungsgericht [Ort]',
  courtAddress: '[Anschrift des Verwaltungsgerichts]',
};

/**
 * A German Rechtsbehelfsbelehrung with the elements § 58 Abs. 1 VwGO requires (remedy, where with seat,
 * period) and the computed end date. The date sentence is conditional on the Bekanntgabe assumed, because
 * a Belehrung that names a wrong date would itself be "unrichtig" and open the one-year period.
 */
export function composeRechtsbehelfsbelehrung(options: RechtsbehelfsbelehrungOptions): string {
  if (options.deadline.period !== 'P1M') {
    // A Belehrung states the one-month period of §§ 70, 74 VwGO; any other end date would make it unrichtig.
    throw validationFailed('A Rechtsbehelfsbelehrung needs the one-month remedy period (P1M).', [
      { path: 'period', message: `is ${options.deadline.period}; a Rechtsbehelfsbelehrung states the one-month period` },
    ]);
  }
  const remedyWord = options.remedy === 'widerspruch' ? 'Widerspruch' : 'Klage';
  const paragraphs = options.heading === false ? [] : ['Rechtsbehelfsbelehrung'];
  if (options.remedy === 'widerspruch') {
    const name = clean(options.authority?.name) ?? PLACEHOLDERS.authorityName;
    const address = clean(options.authority?.address) ?? PLACEHOLDERS.authorityAddress;
    paragraphs.push('Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. '
      + `Der Widerspruch ist schriftlich oder zur Niederschrift bei ${name}, ${address}, zu erheben.`);
  } else {
    const name = clean(options.court?.name) ?? PLACEHOLDERS.courtName;
    const address = clean(options.court?.address) ?? PLACEHOLDERS.courtAddress;
    paragraphs.push(`Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage bei dem ${name}, ${address}, erhoben werden. `
      + 'Die Klage ist schriftlich oder zur Niederschrift des Urkundsbeamten der Geschäftsstelle des Gerichts zu erheben.');
  }
  paragraphs.push(`Hinweis zur Frist: ${describeDates(options.deadline, `${remedyWord === 'Klage' ? 'Klagefrist' : 'Widerspruchsfrist'}`)}`);
  return paragraphs.join('\n\n');
}

function describeDates(deadline: RechtsbehelfsbelehrungOptions['deadline'], periodName: string): string {
  const date = (iso: string) => {
    const parsed = parseIsoDate(iso);
    return parsed ? formatGermanDate(parsed) : iso;
  };
  const parsedEnd = parseIsoDate(deadline.end);
  const end = `endet die ${periodName} mit Ablauf des ${parsedEnd ? formatGermanDay(parsedEnd) : deadline.end}.`;
  switch (deadline.eventType) {
    case 'posted':
      return `Bei Aufgabe zur Post am ${date(deadline.event)} gilt dieser Bescheid am ${date(deadline.bekanntgabe)} als bekannt gegeben, `
        + `sofern er nicht später zugeht; dann ${end}`;
    case 'sent_electronically':
      return `Bei elektronischer Übermittlung am ${date(deadline.event)} gilt dieser Bescheid am ${date(deadline.bekanntgabe)} als bekannt `
        + `gegeben, sofern er nicht später zugeht; dann ${end}`;
    case 'delivered':
      return `Wird dieser Bescheid am ${date(deadline.bekanntgabe)} bekannt gegeben, ${end}`;
  }
}

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : undefined;
}
