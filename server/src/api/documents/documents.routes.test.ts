import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { requireSharedData } from '../../../test/shared-data';
import { createTestService, type TestService } from '../../../test/test-service';

const MARKDOWN = `# Merkblatt Widerspruch

## Fristen

Die Widerspruchsfrist beträgt einen Monat nach Bekanntgabe des Bescheides.

## Gebühren

Für die Bearbeitung wird eine Verwaltungsgebühr von 25,00 Euro erhoben.
`;

describe('documents API', () => {
  let test: TestService;
  beforeEach(async () => {
    test = await createTestService({ LLMOIN_MAX_UPLOAD_BYTES: '1500000' });
  });
  afterEach(() => test.close());

  const upload = (token: string, name: string, content: string | Buffer, fields: Record<string, string> = {}) => {
    let call = request(test.app).post('/api/v1/documents').set('Authorization', token);
    for (const [key, value] of Object.entries(fields)) call = call.field(key, value);
    return call.attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content), name);
  };

  it('uploads a Markdown file, lists it, returns it with per-page text, and finds it', async () => {
    const clerk = test.tokenFor('clerk-a');
    const created = await upload(clerk, 'merkblatt.md', MARKDOWN).expect(201);
    expect(created.body).toMatchObject({ status: 'ingested', document: { title: 'Merkblatt Widerspruch', source: 'merkblatt.md', shared: false, status: 'indexed' } });
    expect(created.body.document.chunkCount).toBeGreaterThanOrEqual(2);

    const list = await request(test.app).get('/api/v1/documents').set('Authorization', clerk).expect(200);
    expect(list.body.documents.map((document: { id: string }) => document.id)).toEqual([created.body.document.id]);

    const detail = await request(test.app).get(`/api/v1/documents/${created.body.document.id}`).set('Authorization', clerk).expect(200);
    expect(detail.body.pages).toHaveLength(1);
    expect(detail.body.pages[0].text).toBe(MARKDOWN);

    const search = await request(test.app).post('/api/v1/search').set('Authorization', clerk).send({ query: 'Frist Widerspruch' }).expect(200);
    expect(search.body.mode).toBe('lexical');
    expect(search.body.results[0]).toMatchObject({ documentId: created.body.document.id, section: 'Fristen', page: 1 });
    const top = search.body.results[0];
    expect(MARKDOWN.slice(top.start, top.end)).toBe(top.quote);
  });

  it('skips an unchanged re-upload and replaces a changed one under the same id', async () => {
    const clerk = test.tokenFor('clerk-a');
    const first = await upload(clerk, 'merkblatt.md', MARKDOWN).expect(201);
    const again = await upload(clerk, 'merkblatt.md', MARKDOWN).expect(200);
    expect(again.body.status).toBe('unchanged');
    const changed = MARKDOWN.replace('25,00 Euro', '30,00 Euro');
    const updated = await upload(clerk, 'merkblatt.md', changed).expect(200);
    expect(updated.body).toMatchObject({ status: 'updated', document: { id: first.body.document.id } });
    const search = await request(test.app).post('/api/v1/search').set('Authorization', clerk).send({ query: 'Verwaltungsgebühr Euro' }).expect(200);
    expect(search.body.results[0].quote).toContain('30,00 Euro');
    expect(search.body.results.some((result: { quote: string }) => result.quote.includes('25,00'))).toBe(false);
    const counts = test.service.deps.library.store.counts();
    expect(counts.documents).toBe(1);
    const copy = await upload(clerk, 'kopie.md', changed).expect(200);
    expect(copy.body).toMatchObject({ status: 'duplicate', document: { id: first.body.document.id } });
  });

  it('deletes a document from the database and the search index', async () => {
    const clerk = test.tokenFor('clerk-a');
    const created = await upload(clerk, 'merkblatt.md', MARKDOWN).expect(201);
    await request(test.app).delete(`/api/v1/documents/${created.body.document.id}`).set('Authorization', clerk).expect(204);
    await request(test.app).get(`/api/v1/documents/${created.body.document.id}`).set('Authorization', clerk).expect(404);
    const search = await request(test.app).post('/api/v1/search').set('Authorization', clerk).send({ query: 'Widerspruchsfrist' }).expect(200);
    expect(search.body.results).toEqual([]);
    const remaining = test.service.database.prepare('SELECT count(*) FROM chunk_terms').pluck().get();
    expect(remaining).toBe(0);
    await request(test.app).delete(`/api/v1/documents/${created.body.document.id}`).set('Authorization', clerk).expect(404);
  });

  it("keeps clerks' uploads private and the shared corpus read-only for clerks", async () => {
    const alice = test.tokenFor('alice');
    const bob = test.tokenFor('bob');
    const own = await upload(alice, 'merkblatt.md', MARKDOWN).expect(201);
    await request(test.app).get(`/api/v1/documents/${own.body.document.id}`).set('Authorization', bob).expect(404);
    const bobSearch = await request(test.app).post('/api/v1/search').set('Authorization', bob).send({ query: 'Widerspruchsfrist' }).expect(200);
    expect(bobSearch.body.results).toEqual([]);
    await request(test.app).delete(`/api/v1/documents/${own.body.document.id}`).set('Authorization', bob).expect(404);
    await upload(bob, 'geteilt.md', MARKDOWN, { shared: 'true' }).expect(403);
    const shared = await upload(test.admin, 'geteilt.md', '# Geteilt\n\nEin Text für alle Sachbearbeitenden im Amt.', { shared: 'true' }).expect(201);
    await request(test.app).get(`/api/v1/documents/${shared.body.document.id}`).set('Authorization', bob).expect(200);
    await request(test.app).delete(`/api/v1/documents/${shared.body.document.id}`).set('Authorization', bob).expect(403);
    const auditor = test.tokenFor('auditor-1', 'auditor');
    await request(test.app).post('/api/v1/search').set('Authorization', auditor).send({ query: 'Widerspruch' }).expect(403);
    // Auditors see no document contents, and learn nothing about which ids exist.
    await request(test.app).get(`/api/v1/documents/${shared.body.document.id}`).set('Authorization', auditor).expect(403);
    await request(test.app).get('/api/v1/documents/6f1c2a43-8d0e-4a51-9a57-0b6f1d7f8a10').set('Authorization', auditor).expect(403);
  });

  it('ingests a real official PDF page by page and rejects a scanned one with its reason', async () => {
    const pdfDir = requireSharedData('pdf');
    const hinweisblatt = await upload(test.admin, 'vbrinsvv_hinweisblatt.pdf', fs.readFileSync(path.join(pdfDir, 'vbrinsvv_hinweisblatt.pdf'))).expect(201);
    expect(hinweisblatt.body.document).toMatchObject({ mediaType: 'application/pdf', pageCount: 12 });
    const detail = await request(test.app).get(`/api/v1/documents/${hinweisblatt.body.document.id}`).set('Authorization', test.admin).expect(200);
    expect(detail.body.pages).toHaveLength(12);
    const search = await request(test.app).post('/api/v1/search').set('Authorization', test.admin).send({ query: 'Restschuldbefreiung', k: 20 }).expect(200);
    const pages = new Set(search.body.results.map((result: { page: number }) => result.page));
    expect(pages.size).toBeGreaterThan(1);
    for (const result of search.body.results) {
      const page = detail.body.pages[result.page - 1];
      expect(result.start).toBeGreaterThanOrEqual(page.start);
      expect(result.start).toBeLessThan(page.end);
    }
    const scanned = await upload(test.admin, 'gewa1.pdf', fs.readFileSync(path.join(pdfDir, 'gewanzv_gewa1_gewerbeanmeldung_s1.pdf'))).expect(422);
    expect(scanned.body).toMatchObject({ reason: 'no_text_layer' });
    const list = await request(test.app).get('/api/v1/documents').set('Authorization', test.admin).expect(200);
    expect(list.body.rejected).toEqual([expect.objectContaining({ source: 'gewa1.pdf', status: 'no_text_layer' })]);
  });

  describe('bad input', () => {
    it('rejects anonymous and badly authenticated calls with 401 problem bodies', async () => {
      const anonymous = await request(test.app).get('/api/v1/documents').expect(401);
      expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(anonymous.body).toMatchObject({ type: 'urn:llmoin:problem:unauthenticated', title: expect.any(String), detail: expect.any(String) });
      await request(test.app).get('/api/v1/documents').set('Authorization', 'Bearer llm_wrong').expect(401);
      await request(test.app).get('/health').expect(200);
    });

    it('answers unsupported, empty, oversized and disguised files with clear 4xx and stores nothing', async () => {
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
      const unsupported = await upload(test.admin, 'bild.png', png).expect(415);
      expect(unsupported.body).toMatchObject({ type: 'urn:llmoin:problem:unsupported-media-type', reason: 'unsupported_type' });
      const empty = await upload(test.admin, 'leer.txt', Buffer.alloc(0)).expect(422);
      expect(empty.body.reason).toBe('empty');
      const oversized = await upload(test.admin, 'gross.txt', 'a '.repeat(800_000)).expect(413);
      expect(oversized.body.type).toBe('urn:llmoin:problem:payload-too-large');
      const fakePdf = await upload(test.admin, 'falsch.pdf', 'Das ist kein PDF.');
      expect(fakePdf.status).toBeGreaterThanOrEqual(400);
      expect(fakePdf.status).toBeLessThan(500);
      const noFile = await request(test.app).post('/api/v1/documents').set('Authorization', test.admin).field('collection', 'x').expect(400);
      expect(noFile.body.detail).toContain('file');
      expect(test.service.deps.library.store.counts().documents).toBe(0);
    });

    it('answers malformed JSON, schema violations and unknown ids with 4xx problem bodies', async () => {
      const malformed = await request(test.app).post('/api/v1/search').set('Authorization', test.admin)
        .set('Content-Type', 'application/json').send('{"query": ').expect(400);
      expect(malformed.body.type).toBe('urn:llmoin:problem:malformed-json');
      const invalid = await request(test.app).post('/api/v1/search').set('Authorization', test.admin).send({ query: '', k: 0, extra: 1 }).expect(400);
      expect(invalid.body.errors.map((error: { path: string }) => error.path)).toEqual(expect.arrayContaining(['query', 'k']));
      await request(test.app).get('/api/v1/documents/not-a-uuid').set('Authorization', test.admin).expect(400);
      await request(test.app).get('/api/v1/documents/6f1c2a43-8d0e-4a51-9a57-0b6f1d7f8a10').set('Authorization', test.admin).expect(404);
      await request(test.app).get('/api/v1/nothing-here').set('Authorization', test.admin).expect(404);
      const health = await request(test.app).get('/health').expect(200);
      expect(health.body.database.ok).toBe(true);
    });
  });
});
