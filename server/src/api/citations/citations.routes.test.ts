import path from 'node:path';
import request from 'supertest';
import { requireSharedData } from '../../../test/shared-data';
import { createTestService, type TestService } from '../../../test/test-service';

const LAWS = ['vwvfg.md', 'gg.md'];
const MAX_TEXT_CHARS = 600;

const HAFENORDNUNG = `---
Title: Hafenordnung Musterhaven
jurabk: HafenO
---

# Hafenordnung Musterhaven (HafenO)

#### § 1 Geltungsbereich

(1) Diese Ordnung gilt für den Hafen der Stadt Musterhaven.
`;

interface ReferenceBody {
  text: string; start: number; end: number; law: string; unit: string; number: string;
  paragraph: string | null; sentence: string | null; item: string | null; status: string;
  passage: { documentId: string; title: string; chunkId: number; section: string; page: number; start: number; end: number; quote: string } | null;
}

describe('POST /api/v1/citations/check', () => {
  let test: TestService;
  let clerk: string;
  beforeAll(async () => {
    const lawDir = requireSharedData('gesetze');
    test = await createTestService({ LLMOIN_MAX_PROMPT_CHARS: String(MAX_TEXT_CHARS) });
    const summary = await test.service.deps.library.ingestPaths(LAWS.map((file) => path.join(lawDir, file)), { collection: 'gesetze' });
    expect(summary.ingested).toBe(LAWS.length);
    clerk = test.tokenFor('clerk-a');
  });
  afterAll(() => test.close());

  const checkAs = (token: string, body: unknown) => request(test.app).post('/api/v1/citations/check').set('Authorization', token).send(body as object);

  it('answers 401 without a token and 403 for an auditor', async () => {
    await request(test.app).post('/api/v1/citations/check').send({ text: '§ 41 VwVfG' }).expect(401);
    await checkAs(test.tokenFor('pruefer', 'auditor'), { text: '§ 41 VwVfG' }).expect(403);
  });

  it.each([
    ['no text', {}, 'text'],
    ['empty text', { text: '' }, 'text'],
    ['a number as text', { text: 41 }, 'text'],
    ['an unknown field', { text: '§ 41 VwVfG', laws: ['VwVfG'] }, '(root)'],
    ['a text over the configured limit', { text: '§ 41 VwVfG '.repeat(100) }, 'text'],
  ])('answers 400 for %s', async (_case, body, field) => {
    const response = await checkAs(clerk, body).expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors[0].path).toBe(field);
  });

  it('reports resolved and unknown references with exact passages', async () => {
    const text = 'Der Bescheid gilt nach § 41 Abs. 2 Satz 1 VwVfG als bekannt gegeben; Art. 19 Abs. 4 GG; § 999 VwVfG; § 1 FooG; § 41 Abs. 2.';
    const response = await checkAs(clerk, { text }).expect(200);
    const references = response.body.references as ReferenceBody[];
    expect(references.map((reference) => [reference.text, reference.law, reference.unit, reference.number, reference.paragraph, reference.sentence, reference.item, reference.status])).toEqual([
      ['§ 41 Abs. 2 Satz 1 VwVfG', 'VwVfG', '§', '41', '2', '1', null, 'resolved'],
      ['Art. 19 Abs. 4 GG', 'GG', 'Art.', '19', '4', null, null, 'resolved'],
      ['§ 999 VwVfG', 'VwVfG', '§', '999', null, null, null, 'unknown-section'],
      ['§ 1 FooG', 'FooG', '§', '1', null, null, null, 'unknown-law'],
    ]);
    expect(response.body.summary).toEqual({ total: 4, resolved: 2, unknown: 2, unattributed: 1, truncated: false });
    for (const reference of references) expect(text.slice(reference.start, reference.end)).toBe(reference.text);

    const passage = references[0]?.passage;
    expect(passage).toMatchObject({ title: 'Verwaltungsverfahrensgesetz', section: '§ 41 VwVfG', page: 1 });
    expect(passage?.quote.replace(/\s+/g, ' ')).toBe('Ein schriftlicher Verwaltungsakt, der im Inland durch die Post übermittelt wird, gilt am dritten Tag nach der Aufgabe zur Post als bekannt gegeben.');
    const document = await request(test.app).get(`/api/v1/documents/${passage?.documentId}`).set('Authorization', clerk).expect(200);
    const documentText = (document.body.pages as Array<{ text: string }>).map((page) => page.text).join('');
    for (const reference of references) {
      if (reference.passage?.documentId === passage?.documentId) expect(documentText.slice(reference.passage?.start, reference.passage?.end)).toBe(reference.passage?.quote);
    }
    expect(references[2]?.passage).toBeNull();
  });

  it('links a clerk\'s uploaded law for that clerk only', async () => {
    await request(test.app).post('/api/v1/documents').set('Authorization', clerk)
      .attach('file', Buffer.from(HAFENORDNUNG), 'hafenordnung.md').expect(201);
    const statusFor = async (token: string) => {
      const response = await checkAs(token, { text: '§ 1 Abs. 1 HafenO' }).expect(200);
      return (response.body.references as ReferenceBody[]).map((reference) => [reference.status, reference.passage?.quote ?? null]);
    };
    expect(await statusFor(clerk)).toEqual([['resolved', '(1) Diese Ordnung gilt für den Hafen der Stadt Musterhaven.']]);
    expect(await statusFor(test.tokenFor('clerk-b'))).toEqual([['unknown-law', null]]);
    expect(await statusFor(test.admin)).toEqual([['resolved', '(1) Diese Ordnung gilt für den Hafen der Stadt Musterhaven.']]);
  });
});
