import mammoth from 'mammoth';
import request from 'supertest';
import { createTestService, type TestService } from '../../../test/test-service';
import { asciiFileName, attachmentDisposition } from './content-disposition';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** supertest buffers binary bodies only with a parser. */
function binary(response: request.Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

const letterBody = () => ({
  kind: 'letter',
  title: 'Anhörung Weiß',
  model: 'qwen2.5-7b-instruct',
  createdAt: '2025-01-15T10:00:00+01:00',
  text: 'wir beabsichtigen, Ihren Antrag abzulehnen.\n\nSie erhalten Gelegenheit zur Äußerung bis zum 14.02.2025.',
  letter: {
    sender: { authority: 'Stadt Musterhaven', unit: 'Ordnungsamt', street: 'Rathausmarkt 1', postalCode: '20095', city: 'Musterhaven', email: 'ordnungsamt@musterhaven.de' },
    recipient: { lines: ['Herrn', 'Jürgen Weiß', 'Fußweg 3', '20095 Musterhaven'] },
    reference: '32.1-2025-017',
    subject: 'Anhörung nach § 28 VwVfG',
    signature: 'Im Auftrag\nMeier',
  },
});

describe('POST /api/v1/export/docx', () => {
  let test: TestService;
  let clerk: string;
  beforeAll(async () => {
    test = await createTestService({ LLMOIN_MAX_PROMPT_CHARS: '2000' });
    clerk = test.tokenFor('clerk-export');
  });
  afterAll(() => test.close());

  const post = (body: unknown, token: string | null = clerk) => {
    const call = request(test.app).post('/api/v1/export/docx');
    return token ? call.set('Authorization', token).send(body as object) : call.send(body as object);
  };

  it('answers 401 without a token', async () => {
    const response = await post(letterBody(), null).expect(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers 403 to an auditor, who sees no document contents', async () => {
    await post(letterBody(), test.tokenFor('auditor-export', 'auditor')).expect(403);
  });

  it('returns a DOCX attachment with an ASCII file name that reads back with the letter text and AI note', async () => {
    const response = await post(letterBody()).buffer(true).parse(binary).expect(200);
    expect(response.headers['content-type']).toBe(DOCX);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="Anhoerung-Weiss.docx"; filename*=UTF-8''Anh%C3%B6rung%20Wei%C3%9F.docx`);
    const body = response.body as Buffer;
    expect(Number(response.headers['content-length'])).toBe(body.length);
    const text = (await mammoth.extractRawText({ buffer: body })).value;
    for (const expected of ['Jürgen Weiß', 'Fußweg 3', 'Anhörung nach § 28 VwVfG', 'Sie erhalten Gelegenheit zur Äußerung bis zum 14.02.2025.',
      'Datum:\t15.01.2025', 'Dieser Text wurde mit KI-Unterstützung erstellt (Modell: qwen2.5-7b-instruct, 15.01.2025). Bitte prüfen Sie ihn vor der Verwendung.']) {
      expect(text).toContain(expected);
    }
  });

  it('exports a plain document in degraded mode (model null)', async () => {
    const response = await post({
      kind: 'document', title: 'Zusammenfassung', model: null, createdAt: '2025-03-01T12:00:00Z',
      metadata: [{ label: 'Quelle', value: 'Satzung über Sondernutzungen' }],
      sections: [{ heading: 'Kernaussagen', text: '- Erlaubnispflicht\n- Gebühren nach Tarif' }, { heading: null, text: 'Ohne Überschrift.' }],
    }).buffer(true).parse(binary).expect(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="Zusammenfassung\.docx"/);
    const text = (await mammoth.extractRawText({ buffer: response.body as Buffer })).value;
    expect(text).toContain('Erlaubnispflicht');
    expect(text).toContain('Ohne Überschrift.');
    expect(text).toContain('(Modell: kein Sprachmodell (extraktiv/Vorlage), 01.03.2025)');
  });

  const invalid: Array<[string, (body: ReturnType<typeof letterBody>) => unknown, string]> = [
    ['no body at all', () => undefined, '(root)'],
    ['an unknown kind', (body) => ({ ...body, kind: 'fax' }), 'kind'],
    ['a letter without letter details', ({ letter: _letter, ...body }) => body, 'letter'],
    ['letter details on a plain document', (body) => ({ ...body, kind: 'document' }), '(root): Unrecognized key: "letter"'],
    ['a missing model field', ({ model: _model, ...body }) => body, 'model'],
    ['seven recipient lines', (body) => ({ ...body, letter: { ...body.letter, recipient: { lines: ['1', '2', '3', '4', '5', '6', '7'] } } }), 'letter.recipient.lines'],
    ['no recipient line', (body) => ({ ...body, letter: { ...body.letter, recipient: { lines: [] } } }), 'letter.recipient.lines'],
    ['a line break in the Betreff', (body) => ({ ...body, letter: { ...body.letter, subject: 'Anhörung\nnach § 28' } }), 'letter.subject'],
    ['a control character in the text', (body) => ({ ...body, text: 'Text\u0007' }), 'text'],
    ['an impossible date', (body) => ({ ...body, letter: { ...body.letter, date: '2025-02-30' } }), 'letter.date'],
    ['a createdAt without time', (body) => ({ ...body, createdAt: '2025-01-15' }), 'createdAt'],
    ['neither text nor sections', ({ text: _text, ...body }) => body, 'text'],
    ['text over LLMOIN_MAX_PROMPT_CHARS', (body) => ({ ...body, text: 'ä'.repeat(2001) }), 'text'],
    ['text and sections together over the limit', (body) => ({ ...body, text: 'a'.repeat(1500), sections: [{ text: 'b'.repeat(600) }] }), 'sections'],
    ['51 sections', (body) => ({ ...body, sections: Array.from({ length: 51 }, () => ({ text: 'x' })) }), 'sections'],
    ['an unknown field', (body) => ({ ...body, font: 'Comic Sans' }), '(root): Unrecognized key: "font"'],
    ['an invalid sender e-mail', (body) => ({ ...body, letter: { ...body.letter, sender: { ...body.letter.sender, email: 'kein-at' } } }), 'letter.sender.email'],
  ];

  it.each(invalid)('answers 400 naming the field for %s', async (_name, change, field) => {
    const response = await post(change(letterBody())).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.type).toBe('urn:llmoin:problem:validation-failed');
    const errors = response.body.errors as Array<{ path: string; message: string }>;
    // A field path, or "path: message" where the path alone (the root) does not say which key.
    expect(errors.some((error) => error.path === field || `${error.path}: ${error.message}` === field)).toBe(true);
  });
});

describe('attachment file names', () => {
  it('transliterates German letters and replaces everything else outside [A-Za-z0-9._-]', () => {
    expect(asciiFileName('Bescheid Müller/Groß: Äußerung')).toBe('Bescheid-Mueller-Gross-Aeusserung');
    expect(asciiFileName('Résumé «Entwurf» ')).toBe('Resume-Entwurf');
    expect(asciiFileName('../../etc/passwd')).toBe('etc-passwd');
    expect(asciiFileName('€€€')).toBe('dokument');
    expect(asciiFileName('a'.repeat(100))).toHaveLength(80);
  });

  it('adds an RFC 5987 name with the German title and no path separators or quotes', () => {
    expect(attachmentDisposition('Vermerk "Straße" (neu)/2025', 'docx'))
      .toBe(`attachment; filename="Vermerk-Strasse-neu-2025.docx"; filename*=UTF-8''Vermerk%20-Stra%C3%9Fe-%20%28neu%29-2025.docx`);
  });
});
