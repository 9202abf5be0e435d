import { EVENT_TYPES, FIELD_SPECS, LAENDER, SENDER_FIELDS, TYPE_FIELDS, type DraftFormValues, type FieldSpec } from './draft-fields';

interface FieldsProps {
  type: string;
  letter: boolean;
  required: string[];
  form: DraftFormValues;
  onChange: (form: DraftFormValues) => void;
}

function Input({ spec, value, required, onInput }: { spec: FieldSpec; value: string; required: boolean; onInput: (value: string) => void }) {
  const id = `draft-${spec.name}`;
  const hintId = spec.hint ? `${id}-hint` : undefined;
  const label = `${spec.label}${required ? ' (Pflichtangabe)' : ''}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {spec.kind === 'line' ? <input id={id} type="text" value={value} aria-describedby={hintId} onInput={(event) => onInput(event.currentTarget.value)} /> : null}
      {spec.kind === 'date' ? <input id={id} type="date" value={value} aria-describedby={hintId} onInput={(event) => onInput(event.currentTarget.value)} /> : null}
      {spec.kind === 'paragraph' || spec.kind === 'list' ? (
        <textarea id={id} rows={spec.kind === 'list' ? 4 : 5} value={value} aria-describedby={hintId} onInput={(event) => onInput(event.currentTarget.value)} />
      ) : null}
      {spec.hint ? <p id={hintId} class="hint">{spec.hint}</p> : null}
    </div>
  );
}

/**
 * The form of one document type. Missing fields are allowed: the service marks them as gaps
 * ("[[Bitte ergänzen: …]]"), so "Pflichtangabe" informs rather than blocks.
 */
export function DraftFormFields({ type, letter, required, form, onChange }: FieldsProps) {
  const set = (name: string) => (value: string) => onChange({ ...form, values: { ...form.values, [name]: value } });
  const value = (name: string) => form.values[name] ?? '';
  const typeFields = TYPE_FIELDS[type] ?? [];
  const common = ['betreff', 'aktenzeichen', 'datum', ...(letter ? ['ihrZeichen'] : [])];
  const setTermin = (index: number, patch: Partial<{ label: string; date: string }>) =>
    onChange({ ...form, termine: form.termine.map((termin, position) => (position === index ? { ...termin, ...patch } : termin)) });
  return (
    <>
      <fieldset>
        <legend>Angaben</legend>
        {[...common, ...typeFields].map((name) => {
          const spec = FIELD_SPECS[name];
          return spec ? <Input key={name} spec={spec} value={value(name)} required={required.includes(name)} onInput={set(name)} /> : null;
        })}
      </fieldset>
      {typeFields.includes('termine') ? (
        <fieldset>
          <legend>Termine</legend>
          {form.termine.map((termin, index) => (
            <div class="row" key={index}>
              <div class="field">
                <label for={`draft-termin-label-${index}`}>Bezeichnung Termin {index + 1}</label>
                <input id={`draft-termin-label-${index}`} type="text" value={termin.label} onInput={(event) => setTermin(index, { label: event.currentTarget.value })} />
              </div>
              <div class="field">
                <label for={`draft-termin-date-${index}`}>Datum Termin {index + 1}</label>
                <input id={`draft-termin-date-${index}`} type="date" value={termin.date} onInput={(event) => setTermin(index, { date: event.currentTarget.value })} />
              </div>
              <button type="button" onClick={() => onChange({ ...form, termine: form.termine.filter((_, position) => position !== index) })}>Termin {index + 1} entfernen</button>
            </div>
          ))}
          <button type="button" onClick={() => onChange({ ...form, termine: [...form.termine, { label: '', date: '' }] })}>Termin hinzufügen</button>
        </fieldset>
      ) : null}
      {typeFields.includes('deadline') ? (
        <fieldset>
          <legend>Rechtsbehelfsbelehrung (Frist wird berechnet)</legend>
          <div class="grid">
            <div class="field">
              <label for="draft-deadline-event">Tag der Absendung oder Zustellung</label>
              <input id="draft-deadline-event" type="date" value={form.deadline.event} onInput={(event) => onChange({ ...form, deadline: { ...form.deadline, event: event.currentTarget.value } })} />
            </div>
            <div class="field">
              <label for="draft-deadline-type">Art der Bekanntgabe</label>
              <select id="draft-deadline-type" value={form.deadline.eventType} onChange={(event) => onChange({ ...form, deadline: { ...form.deadline, eventType: event.currentTarget.value } })}>
                {EVENT_TYPES.map(([code, label]) => <option key={code} value={code}>{label}</option>)}
              </select>
            </div>
            <div class="field">
              <label for="draft-deadline-land">Land</label>
              <select id="draft-deadline-land" value={form.deadline.land} onChange={(event) => onChange({ ...form, deadline: { ...form.deadline, land: event.currentTarget.value } })}>
                {LAENDER.map(([code, label]) => <option key={code} value={code}>{label}</option>)}
              </select>
            </div>
            <div class="field">
              <label for="draft-deadline-remedy">Rechtsbehelf</label>
              <select id="draft-deadline-remedy" value={form.deadline.remedy} onChange={(event) => onChange({ ...form, deadline: { ...form.deadline, remedy: event.currentTarget.value } })}>
                <option value="widerspruch">Widerspruch</option>
                <option value="klage">Klage</option>
              </select>
            </div>
          </div>
        </fieldset>
      ) : null}
      {letter || type === 'email' ? (
        <details>
          <summary>Absender, Empfänger und Anrede</summary>
          <fieldset>
            <legend>Absender</legend>
            <div class="grid">
              {SENDER_FIELDS.map(([name, label]) => (
                <div class="field" key={name}>
                  <label for={`draft-sender-${name}`}>{label}</label>
                  {name === 'email'
                    ? <input id={`draft-sender-${name}`} type="email" value={value(`sender.${name}`)} onInput={(event) => set(`sender.${name}`)(event.currentTarget.value)} />
                    : <input id={`draft-sender-${name}`} type="text" value={value(`sender.${name}`)} onInput={(event) => set(`sender.${name}`)(event.currentTarget.value)} />}
                </div>
              ))}
            </div>
          </fieldset>
          {letter ? (
            <div class="field">
              <label for="draft-recipient">Empfängeranschrift</label>
              <textarea id="draft-recipient" rows={4} aria-describedby="draft-recipient-hint" value={value('recipient')} onInput={(event) => set('recipient')(event.currentTarget.value)} />
              <p id="draft-recipient-hint" class="hint">Eine Zeile pro Anschriftzeile, höchstens sechs.</p>
            </div>
          ) : null}
          <fieldset>
            <legend>Anrede</legend>
            <div class="grid">
              <div class="field">
                <label for="draft-salutation-form">Form</label>
                <select id="draft-salutation-form" value={value('salutation.form')} onChange={(event) => set('salutation.form')(event.currentTarget.value)}>
                  <option value="">allgemein (ohne Namen)</option>
                  <option value="neutral">neutral mit Namen</option>
                  <option value="frau">Frau</option>
                  <option value="herr">Herr</option>
                </select>
              </div>
              <div class="field">
                <label for="draft-salutation-title">Titel</label>
                <input id="draft-salutation-title" type="text" value={value('salutation.title')} onInput={(event) => set('salutation.title')(event.currentTarget.value)} />
              </div>
              <div class="field">
                <label for="draft-salutation-name">Name</label>
                <input id="draft-salutation-name" type="text" value={value('salutation.name')} onInput={(event) => set('salutation.name')(event.currentTarget.value)} />
              </div>
            </div>
          </fieldset>
        </details>
      ) : null}
    </>
  );
}
