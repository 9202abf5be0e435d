import { toDraftFields, type DraftFormValues } from './draft-fields';

const empty: DraftFormValues = { values: {}, termine: [], deadline: { event: '', eventType: 'posted', land: 'HH', remedy: 'widerspruch' } };

describe('toDraftFields', () => {
  it('leaves empty inputs out, so the service marks them as gaps', () => {
    expect(toDraftFields('bescheid', true, { ...empty, values: { betreff: '  ', tenor: '\n\n' } })).toEqual({});
  });

  it('turns list fields into one item per line and keeps only the fields of the type', () => {
    const form = { ...empty, values: { betreff: 'Antrag', kernpunkte: 'eins\n\n zwei \n', gremium: 'Rat', massnahme: 'nicht für Vermerke' } };
    expect(toDraftFields('vermerk', false, form)).toEqual({ betreff: 'Antrag', kernpunkte: ['eins', 'zwei'] });
  });

  it('builds sender, recipient, salutation and the deadline of a Bescheid', () => {
    const form: DraftFormValues = {
      values: {
        'sender.authority': 'Bezirksamt Nord', 'sender.city': 'Musterhaven', 'sender.phone': '', recipient: 'Frau Erika Muster\nHauptstraße 1\n22000 Musterhaven',
        'salutation.form': 'frau', 'salutation.name': 'Muster',
      },
      termine: [{ label: 'Vor-Ort-Termin', date: '2025-05-02' }, { label: '', date: '2025-05-03' }],
      deadline: { event: '2025-03-04', eventType: 'posted', land: 'BY', remedy: 'klage' },
    };
    expect(toDraftFields('bescheid', true, form)).toEqual({
      sender: { authority: 'Bezirksamt Nord', city: 'Musterhaven' },
      salutation: { form: 'frau', name: 'Muster' },
      recipient: { lines: ['Frau Erika Muster', 'Hauptstraße 1', '22000 Musterhaven'] },
      deadline: { event: '2025-03-04', eventType: 'posted', land: 'BY', remedy: 'klage' },
    });
    // Termine belong to types whose template has {{termine}}; incomplete rows are dropped.
    expect(toDraftFields('anschreiben', true, form)['termine']).toEqual([{ label: 'Vor-Ort-Termin', date: '2025-05-02' }]);
  });

  it('drops a sender without the authority, which the API requires', () => {
    expect(toDraftFields('email', false, { ...empty, values: { 'sender.city': 'Musterhaven' } })).toEqual({});
  });
});
