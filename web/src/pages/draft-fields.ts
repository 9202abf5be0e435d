/** Which fields each document type's template uses (prompts/drafts/<type>.md), and how to ask for them. */
export type FieldKind = 'line' | 'paragraph' | 'list' | 'date';

export interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  hint?: string;
}

export const FIELD_SPECS: Record<string, FieldSpec> = {
  betreff: { name: 'betreff', label: 'Betreff', kind: 'line' },
  aktenzeichen: { name: 'aktenzeichen', label: 'Aktenzeichen', kind: 'line' },
  ihrZeichen: { name: 'ihrZeichen', label: 'Ihr Zeichen', kind: 'line' },
  datum: { name: 'datum', label: 'Datum des Schreibens', kind: 'date' },
  kernpunkte: { name: 'kernpunkte', label: 'Kernpunkte', kind: 'list', hint: 'Ein Punkt pro Zeile.' },
  rechtsgrundlagen: { name: 'rechtsgrundlagen', label: 'Rechtsgrundlagen', kind: 'list', hint: 'Eine Norm pro Zeile, z. B. § 41 VwVfG.' },
  antragsdatum: { name: 'antragsdatum', label: 'Antragsdatum', kind: 'date' },
  tenor: { name: 'tenor', label: 'Entscheidung (Tenor)', kind: 'list', hint: 'Ein Entscheidungssatz pro Zeile.' },
  begruendung: { name: 'begruendung', label: 'Begründung', kind: 'paragraph' },
  massnahme: { name: 'massnahme', label: 'Beabsichtigte Maßnahme', kind: 'paragraph' },
  aeusserungsfrist: { name: 'aeusserungsfrist', label: 'Frist zur Äußerung', kind: 'date' },
  eingangsdatum: { name: 'eingangsdatum', label: 'Eingangsdatum', kind: 'date' },
  gegenstand: { name: 'gegenstand', label: 'Gegenstand', kind: 'line' },
  bearbeitungsdauer: { name: 'bearbeitungsdauer', label: 'Voraussichtliche Bearbeitungsdauer', kind: 'line' },
  anlass: { name: 'anlass', label: 'Anlass', kind: 'paragraph' },
  weiteresVorgehen: { name: 'weiteresVorgehen', label: 'Weiteres Vorgehen', kind: 'paragraph' },
  gremium: { name: 'gremium', label: 'Gremium', kind: 'line' },
  sitzungsdatum: { name: 'sitzungsdatum', label: 'Sitzungsdatum', kind: 'date' },
  beschlussvorschlag: { name: 'beschlussvorschlag', label: 'Beschlussvorschlag', kind: 'paragraph' },
  finanzielleAuswirkungen: { name: 'finanzielleAuswirkungen', label: 'Finanzielle Auswirkungen', kind: 'paragraph' },
};

/** Type-specific fields in form order; `termine` and `deadline` have their own controls. */
export const TYPE_FIELDS: Record<string, string[]> = {
  anhoerung: ['massnahme', 'kernpunkte', 'aeusserungsfrist', 'rechtsgrundlagen'],
  anschreiben: ['kernpunkte', 'termine'],
  bescheid: ['antragsdatum', 'tenor', 'begruendung', 'rechtsgrundlagen', 'kernpunkte', 'deadline'],
  beschlussvorlage: ['gremium', 'sitzungsdatum', 'beschlussvorschlag', 'kernpunkte', 'finanzielleAuswirkungen', 'rechtsgrundlagen', 'termine'],
  eingangsbestaetigung: ['eingangsdatum', 'gegenstand', 'bearbeitungsdauer', 'kernpunkte'],
  email: ['kernpunkte', 'termine'],
  vermerk: ['anlass', 'kernpunkte', 'rechtsgrundlagen', 'termine', 'weiteresVorgehen'],
};

export const SENDER_FIELDS: Array<[string, string]> = [
  ['authority', 'Behörde'], ['unit', 'Organisationseinheit'], ['street', 'Straße und Hausnummer'], ['postalCode', 'Postleitzahl'],
  ['city', 'Ort'], ['contactPerson', 'Ansprechperson'], ['phone', 'Telefon'], ['email', 'E-Mail'],
];

export const LAENDER: Array<[string, string]> = [
  ['BW', 'Baden-Württemberg'], ['BY', 'Bayern'], ['BE', 'Berlin'], ['BB', 'Brandenburg'], ['HB', 'Bremen'], ['HH', 'Hamburg'],
  ['HE', 'Hessen'], ['MV', 'Mecklenburg-Vorpommern'], ['NI', 'Niedersachsen'], ['NW', 'Nordrhein-Westfalen'], ['RP', 'Rheinland-Pfalz'],
  ['SL', 'Saarland'], ['SN', 'Sachsen'], ['ST', 'Sachsen-Anhalt'], ['SH', 'Schleswig-Holstein'], ['TH', 'Thüringen'],
];

export const EVENT_TYPES: Array<[string, string]> = [
  ['posted', 'Aufgabe zur Post'], ['sent_electronically', 'elektronisch versandt'], ['delivered', 'zugestellt'],
];

export interface DeadlineInput {
  event: string;
  eventType: string;
  land: string;
  remedy: string;
}

export interface DraftFormValues {
  values: Record<string, string>;
  termine: Array<{ label: string; date: string }>;
  deadline: DeadlineInput;
}

const lines = (value: string | undefined) => (value ?? '').split('\n').map((line) => line.trim()).filter(Boolean);

/** The `fields` object of POST /api/v1/draft: empty inputs are left out (the service marks them as gaps). */
export function toDraftFields(type: string, letter: boolean, form: DraftFormValues): Record<string, unknown> {
  const { values } = form;
  const fields: Record<string, unknown> = {};
  const text = (name: string) => values[name]?.trim() ?? '';
  for (const name of ['betreff', 'aktenzeichen', 'datum', ...(letter ? ['ihrZeichen'] : []), ...(TYPE_FIELDS[type] ?? [])]) {
    const spec = FIELD_SPECS[name];
    if (!spec) continue;
    if (spec.kind === 'list') {
      const items = lines(values[name]);
      if (items.length) fields[name] = items;
    } else if (text(name)) fields[name] = text(name);
  }
  if ((TYPE_FIELDS[type] ?? []).includes('termine')) {
    const termine = form.termine.filter((termin) => termin.label.trim() && termin.date);
    if (termine.length) fields['termine'] = termine.map((termin) => ({ label: termin.label.trim(), date: termin.date }));
  }
  if (letter || type === 'email') {
    const sender = Object.fromEntries(SENDER_FIELDS.map(([name]) => [name, text(`sender.${name}`)]).filter(([, value]) => value));
    if (sender['authority']) fields['sender'] = sender;
    const salutationForm = text('salutation.form');
    if (salutationForm) {
      fields['salutation'] = {
        form: salutationForm,
        ...(text('salutation.title') ? { title: text('salutation.title') } : {}),
        ...(text('salutation.name') ? { name: text('salutation.name') } : {}),
      };
    }
  }
  if (letter) {
    const recipient = lines(values['recipient']);
    if (recipient.length) fields['recipient'] = { lines: recipient.slice(0, 6) };
  }
  if ((TYPE_FIELDS[type] ?? []).includes('deadline') && form.deadline.event) {
    fields['deadline'] = {
      event: form.deadline.event, eventType: form.deadline.eventType, land: form.deadline.land,
      ...(form.deadline.remedy ? { remedy: form.deadline.remedy } : {}),
    };
  }
  return fields;
}
