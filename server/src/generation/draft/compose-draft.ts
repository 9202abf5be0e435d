import { PLACEHOLDER } from '../prompts/prompt-template';
import { OPTIONAL_PLACEHOLDERS, PLACEHOLDER_LABELS, type DraftFields, type Salutation, type Sender } from './draft-fields';
import type { DraftTemplate } from './draft-templates';

/** The DIN 5008 letter head of a draft, shaped like the `letter` object of POST /api/v1/export/docx. */
export interface LetterHead {
  sender: Sender;
  recipient: { lines: string[] };
  reference?: string;
  yourReference?: string;
  contactPerson?: string;
  date: string;
  subject: string;
  salutation: string;
  closing: string;
}

export interface DraftGap {
  field: string;
  label: string;
  required: boolean;
}

export interface ComposedDraft {
  /** The outline with every field filled in; missing ones read `[[Bitte ergänzen: …]]`. */
  text: string;
  gaps: DraftGap[];
  letter: LetterHead | null;
}

export const GAP_PATTERN = /\[\[Bitte ergänzen: ([^\]]+)\]\]/g;
const gap = (label: string) => `[[Bitte ergänzen: ${label}]]`;

/** YYYY-MM-DD → DD.MM.YYYY; anything else is kept as written. */
export function formatGermanDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}

export function composeSalutation(salutation: Salutation | undefined, genderFair: boolean): string {
  const name = [salutation?.title, salutation?.name].filter(Boolean).join(' ');
  switch (salutation?.form) {
    case 'frau':
      return name ? `Sehr geehrte Frau ${name},` : gap('Name der Empfängerin');
    case 'herr':
      return name ? `Sehr geehrter Herr ${name},` : gap('Name des Empfängers');
    case 'neutral':
      return name ? `Guten Tag ${name},` : 'Guten Tag,';
    default:
      // "Sehr geehrte Damen und Herren" leaves out people of other genders.
      return genderFair ? 'Guten Tag,' : 'Sehr geehrte Damen und Herren,';
  }
}

function senderLines(sender: Sender | undefined): string[] {
  if (!sender) return [];
  const city = [sender.postalCode, sender.city].filter(Boolean).join(' ');
  return [sender.contactPerson, sender.unit, sender.authority, sender.street, city, sender.phone && `Telefon: ${sender.phone}`, sender.email && `E-Mail: ${sender.email}`]
    .filter((line): line is string => Boolean(line));
}

/** The text each placeholder stands for, or null when the clerk gave nothing for it. */
function placeholderValues(template: DraftTemplate, fields: DraftFields, computed: { rechtsbehelfsbelehrung: string | null; today: string; genderFair: boolean }) {
  const list = (items: string[] | undefined) => (items?.length ? items.map((item) => `- ${item}`).join('\n') : null);
  const closing = ['Mit freundlichen Grüßen', fields.sender?.contactPerson].filter(Boolean).join('\n');
  const values: Record<string, string | null> = {
    anrede: composeSalutation(fields.salutation, computed.genderFair),
    grussformel: closing,
    absender: senderLines(fields.sender).join('\n') || null,
    datum: formatGermanDate(fields.datum ?? computed.today),
    aktenzeichen: fields.aktenzeichen ?? null,
    betreff: fields.betreff ?? null,
    kernpunkte: list(fields.kernpunkte),
    termine: fields.termine?.length ? fields.termine.map((entry) => `${entry.label}: ${formatGermanDate(entry.date)}`).join('\n') : null,
    rechtsgrundlagen: fields.rechtsgrundlagen?.length ? fields.rechtsgrundlagen.join(', ') : null,
    antragsdatum: fields.antragsdatum ? `vom ${formatGermanDate(fields.antragsdatum)}` : null,
    tenor: fields.tenor?.length ? fields.tenor.map((item, index) => `${index + 1}. ${item}`).join('\n') : null,
    begruendung: fields.begruendung ?? null,
    rechtsbehelfsbelehrung: computed.rechtsbehelfsbelehrung,
    massnahme: fields.massnahme ?? null,
    aeusserungsfrist: fields.aeusserungsfrist ? formatGermanDate(fields.aeusserungsfrist) : null,
    eingangsdatum: fields.eingangsdatum ? formatGermanDate(fields.eingangsdatum) : null,
    gegenstand: fields.gegenstand ?? null,
    bearbeitungsdauer: fields.bearbeitungsdauer ?? null,
    anlass: fields.anlass ?? null,
    weiteresVorgehen: fields.weiteresVorgehen ?? null,
    gremium: fields.gremium ?? null,
    sitzungsdatum: fields.sitzungsdatum ? formatGermanDate(fields.sitzungsdatum) : null,
    beschlussvorschlag: fields.beschlussvorschlag ?? null,
    finanzielleAuswirkungen: fields.finanzielleAuswirkungen ?? null,
  };
  return { values, closing, required: new Set(template.required) };
}

/**
 * Fills a document type's outline with the clerk's fields. This is the draft itself when no model
 * is available, and the outline the model must follow when one is.
 */
export function composeDraft(
  template: DraftTemplate,
  fields: DraftFields,
  computed: { rechtsbehelfsbelehrung: string | null; today: string; genderFair: boolean },
): ComposedDraft {
  const { values, closing, required } = placeholderValues(template, fields, computed);
  const gaps: DraftGap[] = [];
  const lines = template.body.split('\n').flatMap((line) => {
    let dropLine = false;
    const filled = line.replace(PLACEHOLDER, (_match, name: string) => {
      const value = values[name];
      if (value) return value;
      if (OPTIONAL_PLACEHOLDERS.has(name) && !required.has(name)) {
        if (line.trim() === `{{${name}}}` || /^[^{]*:\s*\{\{/.test(line)) dropLine = true;
        return '';
      }
      const label = PLACEHOLDER_LABELS[name] ?? name;
      if (!gaps.some((entry) => entry.field === name)) gaps.push({ field: name, label, required: required.has(name) });
      return gap(label);
    });
    return dropLine ? [] : [filled.replace(/ {2,}/g, ' ')];
  });
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  if (template.letter) {
    if (!fields.betreff) gaps.unshift({ field: 'betreff', label: 'Betreff', required: required.has('betreff') });
    if (!fields.recipient?.lines.length) gaps.unshift({ field: 'recipient', label: 'Anschrift', required: true });
  }
  const letter: LetterHead | null = template.letter
    ? {
        sender: fields.sender ?? { authority: gap('Behörde') },
        recipient: { lines: fields.recipient?.lines.length ? fields.recipient.lines : [gap('Anschrift')] },
        ...(fields.aktenzeichen ? { reference: fields.aktenzeichen } : {}),
        ...(fields.ihrZeichen ? { yourReference: fields.ihrZeichen } : {}),
        ...(fields.sender?.contactPerson ? { contactPerson: fields.sender.contactPerson } : {}),
        date: fields.datum ?? computed.today,
        subject: fields.betreff ?? gap('Betreff'),
        salutation: values['anrede'] ?? '',
        closing,
      }
    : null;
  return { text, gaps, letter };
}

/** The gaps a text still contains (a model may leave some, as the prompt asks it to). */
export function findGaps(text: string): string[] {
  return [...new Set([...text.matchAll(GAP_PATTERN)].map((match) => match[1] as string))];
}
