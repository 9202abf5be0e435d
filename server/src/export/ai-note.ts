/** Model label used when no language model wrote the text (degraded mode). */
export const NO_MODEL_LABEL = 'kein Sprachmodell (extraktiv/Vorlage)';

const GERMAN_DATE = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' });

/** "15.01.2025" in German local time, so a text produced at 00:30 CET carries the German calendar day. */
export function formatGermanDate(date: Date): string {
  return GERMAN_DATE.format(date);
}

/** "2025-01-15" → "15.01.2025" without a time zone detour (the value is already a calendar day). */
export function formatIsoDay(day: string): string {
  const [year, month, dayOfMonth] = day.split('-');
  return `${dayOfMonth}.${month}.${year}`;
}

export function modelLabel(model: string | null): string {
  return model ?? NO_MODEL_LABEL;
}

/**
 * The visible notice every exported document carries (EU AI Act transparency, and because the
 * clerk must review the text before it leaves the office).
 */
export function aiNote(model: string | null, createdAt: Date): string {
  return `Dieser Text wurde mit KI-Unterstützung erstellt (Modell: ${modelLabel(model)}, ${formatGermanDate(createdAt)}). `
    + 'Bitte prüfen Sie ihn vor der Verwendung.';
}
