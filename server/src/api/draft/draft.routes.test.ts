import request from 'supertest';
import { asEventStream, parseEventStream } from '../../../test/event-stream';
import { createTestService, type TestService } from '../../../test/test-service';

const SENDER = { authority: 'Bezirksamt Musterhaven', unit: 'Fachamt Wohngeld', street: 'Rathausmarkt 1', postalCode: '20095', city: 'Hamburg', contactPerson: 'Frau Kaya' };
const BESCHEID = {
  type: 'bescheid',
  tone: 'buergernah',
  fields: {
    sender: SENDER,
    recipient: { lines: ['Herrn', 'Jonas Beispiel', 'Musterweg 4', '20097 Hamburg'] },
    salutation: { form: 'herr', name: 'Beispiel' },
    aktenzeichen: 'WG-2026-0815',
    betreff: 'Ihr Antrag auf Wohngeld',
    antragsdatum: '2026-10-02',
    tenor: ['Ihnen wird Wohngeld in Höhe von 212 Euro monatlich bewilligt.', 'Der Bewilligungszeitraum beginnt am 1. November 2026.'],
    begruendung: 'Die Voraussetzungen nach dem Wohngeldgesetz liegen vor.',
    rechtsgrundlagen: ['§ 19 WoGG', '§ 25 WoGG'],
    // Posted Friday 2026-12-18: the 4th day is Tuesday 22 Dec; one month later, 22 Jan 2027 is a Friday.
    deadline: { event: '2026-12-18', eventType: 'posted', land: 'HH', remedy: 'widerspruch' },
  },
};

describe('POST /api/v1/draft without a language model (filled template)', () => {
  let test: TestService;
  let clerk: string;
  beforeAll(async () => {
    test = await createTestService();
    clerk = test.tokenFor('clerk-a');
  });
  afterAll(() => test.close());

  it('lists the document types with their required fields', async () => {
    const response = await request(test.app).get('/api/v1/draft/types').set('Authorization', clerk).expect(200);
    const types = (response.body.types as Array<{ type: string; letter: boolean }>).map((type) => type.type).sort();
    expect(types).toEqual(['anhoerung', 'anschreiben', 'bescheid', 'beschlussvorlage', 'eingangsbestaetigung', 'email', 'vermerk']);
  });

  it('fills a Bescheid with Tenor, Begründung and a computed Rechtsbehelfsbelehrung', async () => {
    const response = await request(test.app).post('/api/v1/draft').set('Authorization', clerk).send(BESCHEID).expect(200);
    const body = response.body as { mode: string; text: string; sections: Array<{ heading: string | null }>; letter: Record<string, unknown>; gaps: unknown[]; deadline: { bekanntgabe: string; end: string } };
    expect(body.mode).toBe('template');
    expect(body.gaps).toEqual([]);
    expect(body.text).toContain('Sehr geehrter Herr Beispiel,');
    expect(body.text).toContain('auf Ihren Antrag vom 02.10.2026');
    expect(body.text).toContain('1. Ihnen wird Wohngeld in Höhe von 212 Euro monatlich bewilligt.');
    expect(body.text).toContain('Rechtsgrundlage: § 19 WoGG, § 25 WoGG');
    expect(body.deadline).toMatchObject({ bekanntgabe: '2026-12-22', end: '2027-01-22' });
    expect(body.text).toContain('mit Ablauf des 22. Januar 2027');
    expect(body.text).toContain('Bezirksamt Musterhaven');
    expect(body.sections.map((section) => section.heading)).toEqual([null, 'Bescheid', 'Begründung', 'Rechtsbehelfsbelehrung']);
    // The citation check runs on every draft: the bundled corpus holds no WoGG, so both references are reported unknown.
    const citations = (response.body as { legalCitations: { references: Array<{ text: string; status: string }> } }).legalCitations.references;
    expect(citations.map((reference) => [reference.text, reference.status])).toEqual(expect.arrayContaining([['§ 19 WoGG', 'unknown-law'], ['§ 25 WoGG', 'unknown-law']]));
    expect(body.letter).toMatchObject({
      subject: 'Ihr Antrag auf Wohngeld', reference: 'WG-2026-0815', recipient: { lines: BESCHEID.fields.recipient.lines },
      salutation: 'Sehr geehrter Herr Beispiel,', closing: 'Mit freundlichen Grüßen\nFrau Kaya',
    });
  });

  it('marks missing fields as gaps instead of inventing them', async () => {
    const response = await request(test.app).post('/api/v1/draft').set('Authorization', clerk)
      .send({ type: 'anhoerung', fields: { kernpunkte: ['Die Hecke ragt 1,20 m in den Gehweg.'] } }).expect(200);
    const gaps = (response.body.gaps as Array<{ field: string; required: boolean }>);
    expect(gaps.map((gap) => gap.field)).toEqual(expect.arrayContaining(['recipient', 'betreff', 'massnahme', 'aeusserungsfrist']));
    expect(response.body.text).toContain('[[Bitte ergänzen: beabsichtigte Maßnahme]]');
    expect(response.body.text).toContain('nach § 28 Abs. 1 VwVfG');
  });

  it('uses a gender-fair salutation when the addressee is unknown, and the classic one when asked', async () => {
    const fair = await request(test.app).post('/api/v1/draft').set('Authorization', clerk).send({ type: 'email', fields: { betreff: 'Termin', kernpunkte: ['Der Termin verschiebt sich.'] } }).expect(200);
    expect(fair.body.text).toContain('Guten Tag,');
    const classic = await request(test.app).post('/api/v1/draft').set('Authorization', clerk)
      .send({ type: 'email', genderFair: false, fields: { betreff: 'Termin', kernpunkte: ['Der Termin verschiebt sich.'] } }).expect(200);
    expect(classic.body.text).toContain('Sehr geehrte Damen und Herren,');
  });

  it('rejects unknown types, fields and impossible dates', async () => {
    await request(test.app).post('/api/v1/draft').set('Authorization', clerk).send({ type: 'gedicht' }).expect(400);
    const field = await request(test.app).post('/api/v1/draft').set('Authorization', clerk).send({ type: 'email', fields: { passwort: 'x' } }).expect(400);
    expect(field.body.type).toBe('urn:llmoin:problem:validation-failed');
    const date = await request(test.app).post('/api/v1/draft').set('Authorization', clerk).send({ type: 'vermerk', fields: { datum: '2026-02-30' } }).expect(400);
    expect(date.body.errors[0].path).toBe('fields.datum');
    await request(test.app).post('/api/v1/draft').send({ type: 'email' }).expect(401);
  });
});

describe('POST /api/v1/draft with the test generation model', () => {
  let test: TestService;
  beforeAll(async () => {
    test = await createTestService({ LLMOIN_GENERATION_MODEL: 'test-generator', LLMOIN_DEFAULT_GENERATION_TOKENS: '16' });
  });
  afterAll(() => test.close());

  it('streams a generated draft, keeps the letter head and reports whether the computed Belehrung survived', async () => {
    const response = await asEventStream(request(test.app).post('/api/v1/draft').set('Authorization', test.tokenFor('clerk-a'))
      .send({ ...BESCHEID, stream: true })).expect(200);
    const events = parseEventStream(response.body as string);
    expect(events[0]).toEqual({ event: 'start', data: { mode: 'generative', model: 'test-generator' } });
    const done = events.at(-1);
    expect(done?.event).toBe('done');
    const body = done?.data as { mode: string; prompts: unknown; letter: { subject: string }; remedyNoticeIntact: boolean; deadline: { end: string } };
    expect(body).toMatchObject({ mode: 'generative', prompts: [{ id: 'draft-document', version: 1 }], letter: { subject: 'Ihr Antrag auf Wohngeld' }, deadline: { end: '2027-01-22' } });
    // Sixteen tokens of a test model cannot contain the Belehrung: the check must say so.
    expect(body.remedyNoticeIntact).toBe(false);
  });
});
