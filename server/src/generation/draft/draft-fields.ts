import type { LetterSender } from '../../export';

/** The document types a clerk can draft; templates for each live in prompts/drafts/<type>.md. */
export const DOCUMENT_TYPES = ['email', 'vermerk', 'anschreiben', 'bescheid', 'anhoerung', 'eingangsbestaetigung', 'beschlussvorlage'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export type Tone = 'fachsprache' | 'buergernah';

/** The issuing office, shaped as the DOCX export's letter sender so a draft's head exports unchanged. */
export type Sender = LetterSender;

export interface Salutation {
  /** `neutral`: "Guten Tag <Name>," (gender-fair, no assumption); `allgemein`: no known addressee. */
  form: 'frau' | 'herr' | 'neutral' | 'allgemein';
  title?: string;
  name?: string;
}

export interface DeadlineRequest {
  event: string;
  eventType: 'posted' | 'sent_electronically' | 'delivered';
  land?: string;
  remedy?: 'widerspruch' | 'klage';
}

/** What the clerk fills in; every field is optional: missing ones become marked gaps. */
export interface DraftFields {
  sender?: Sender;
  recipient?: { lines: string[] };
  salutation?: Salutation;
  aktenzeichen?: string;
  ihrZeichen?: string;
  datum?: string;
  betreff?: string;
  kernpunkte?: string[];
  termine?: Array<{ label: string; date: string }>;
  rechtsgrundlagen?: string[];
  // Bescheid
  antragsdatum?: string;
  tenor?: string[];
  begruendung?: string;
  deadline?: DeadlineRequest;
  // Anhörung
  massnahme?: string;
  aeusserungsfrist?: string;
  // Eingangsbestätigung
  eingangsdatum?: string;
  gegenstand?: string;
  bearbeitungsdauer?: string;
  // Vermerk
  anlass?: string;
  weiteresVorgehen?: string;
  // Beschlussvorlage
  gremium?: string;
  sitzungsdatum?: string;
  beschlussvorschlag?: string;
  finanzielleAuswirkungen?: string;
}

/**
 * Placeholders a template may use, with the German label shown in a gap. Computed ones
 * (anrede, grussformel, datum, absender, rechtsbehelfsbelehrung) are derived from the fields.
 */
export const PLACEHOLDER_LABELS: Record<string, string> = {
  anrede: 'Anrede',
  grussformel: 'Grußformel',
  absender: 'Absender',
  datum: 'Datum',
  aktenzeichen: 'Aktenzeichen',
  betreff: 'Betreff',
  kernpunkte: 'Kernpunkte',
  termine: 'Termine',
  rechtsgrundlagen: 'Rechtsgrundlage',
  antragsdatum: 'Antragsdatum',
  tenor: 'Entscheidung (Tenor)',
  begruendung: 'Begründung',
  rechtsbehelfsbelehrung: 'Rechtsbehelfsbelehrung (Bekanntgabedatum fehlt)',
  massnahme: 'beabsichtigte Maßnahme',
  aeusserungsfrist: 'Frist zur Äußerung',
  eingangsdatum: 'Eingangsdatum',
  gegenstand: 'Gegenstand',
  bearbeitungsdauer: 'Bearbeitungsdauer',
  anlass: 'Anlass',
  weiteresVorgehen: 'weiteres Vorgehen',
  gremium: 'Gremium',
  sitzungsdatum: 'Sitzungsdatum',
  beschlussvorschlag: 'Beschlussvorschlag',
  finanzielleAuswirkungen: 'finanzielle Auswirkungen',
};

/** Optional placeholders: when empty they vanish instead of becoming a gap. */
export const OPTIONAL_PLACEHOLDERS: ReadonlySet<string> = new Set(['termine', 'antragsdatum', 'absender', 'aktenzeichen', 'kernpunkte']);
