/**
 * What can be exported: a DIN 5008 letter (Anschreiben, Bescheid, Anhörungsschreiben,
 * Eingangsbestätigung, an e-mail set as letter) or a plain document (Vermerk, Beschlussvorlage,
 * summary). Text fields are plain text with light structure: blank lines separate paragraphs,
 * "- " starts a bullet, "# " a heading, "**…**" marks bold.
 */
export type ExportInput = LetterExport | DocumentExport;

interface ExportBase {
  /** Document title: core property and file name; shown as heading in plain documents only. */
  title: string;
  /** Id of the language model that wrote the text; null when it came from degraded mode (extractive or template). */
  model: string | null;
  /** When the text was produced; goes into the visible AI note. */
  createdAt: Date;
  /** The main text. */
  text?: string;
  /** Headed sections after the main text, e.g. Tenor, Begründung, Rechtsbehelfsbelehrung. */
  sections?: ExportSection[];
}

export interface ExportSection {
  heading?: string | null;
  text: string;
}

export interface LetterExport extends ExportBase {
  kind: 'letter';
  letter: LetterDetails;
}

export interface DocumentExport extends ExportBase {
  kind: 'document';
  /** Lines under the title such as "Aktenzeichen: 32.1-2024-017". */
  metadata?: MetadataLine[];
}

export interface MetadataLine {
  label: string;
  value: string;
}

export interface LetterSender {
  authority: string;
  unit?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  /** Accepted here too because the draft use case keeps it with the sender. */
  contactPerson?: string;
  phone?: string;
  email?: string;
}

export interface LetterDetails {
  sender: LetterSender;
  /** Address lines as they go into the window (1 to 6). */
  recipient: { lines: string[] };
  /** Our file number (Aktenzeichen). */
  reference?: string;
  /** The addressee's reference (Ihr Zeichen). */
  yourReference?: string;
  contactPerson?: string;
  /** Letter date as YYYY-MM-DD; defaults to the day of createdAt. */
  date?: string;
  subject: string;
  salutation?: string;
  closing?: string;
  /** Name and optionally function, one per line. */
  signature?: string;
  attachments?: string[];
}
