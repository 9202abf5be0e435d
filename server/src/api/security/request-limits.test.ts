import request from 'supertest';
import { createTestService, type TestService } from '../../../test/test-service';
import { textPdf } from '../../../test/pdf-fixtures';
import { buildZip, minimalDocx } from '../../../test/zip-fixtures';

const SENTENCE = 'Die Gebuehr fuer die Anmeldung eines Hundes betraegt jaehrlich einhundertzwanzig Euro und ist zum Monatsende faellig.';

describe('body and upload limits, upload validation by content', () => {
  let test: TestService;
  let clerk: string;
  beforeAll(async () => {
    test = await createTestService({ LLMOIN_MAX_JSON_BYTES: '2048', LLMOIN_MAX_UPLOAD_BYTES: '200000', LLMOIN_MAX_PDF_PAGES: '2' });
    clerk = test.tokenFor('clerk-limits');
  });
  afterAll(() => test.close());

  const upload = (bytes: Buffer, fileName: string) =>
    request(test.app).post('/api/v1/documents').set('Authorization', clerk).attach('file', bytes, { filename: fileName, contentType: 'application/octet-stream' });
  const expectProblem = (response: request.Response, status: number, type: string, reason?: string) => {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ type: `urn:llmoin:problem:${type}`, status, ...(reason ? { reason } : {}) });
    expect(typeof response.body.title).toBe('string');
    expect(typeof response.body.detail).toBe('string');
  };

  it('answers 413 with a problem body for a JSON body over LLMOIN_MAX_JSON_BYTES', async () => {
    const response = await request(test.app).post('/api/v1/search').set('Authorization', clerk).set('Content-Type', 'application/json').send(JSON.stringify({ query: 'a'.repeat(3000) }));
    expectProblem(response, 413, 'payload-too-large');
    await request(test.app).post('/api/v1/search').set('Authorization', clerk).send({ query: 'Hundesteuer' }).expect(200);
  });

  it('answers 413 with a problem body for an upload over LLMOIN_MAX_UPLOAD_BYTES', async () => {
    expectProblem(await upload(Buffer.alloc(200_001, 'a'), 'gross.txt'), 413, 'payload-too-large');
  });

  it('judges files by their bytes: a .pdf or .docx name on other content is refused as unsupported (415)', async () => {
    expectProblem(await upload(Buffer.from(`${SENTENCE}\n`), 'bescheid.pdf'), 415, 'unsupported-media-type', 'unsupported_type');
    expectProblem(await upload(Buffer.from('MZ\x90\x00 not a document'), 'vermerk.docx'), 415, 'unsupported-media-type', 'unsupported_type');
    expectProblem(await upload(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]), 'notiz.txt'), 415, 'unsupported-media-type', 'unsupported_type');
  });

  it('refuses PDFs with more pages than LLMOIN_MAX_PDF_PAGES (422) and accepts one within it', async () => {
    expectProblem(await upload(textPdf([SENTENCE, SENTENCE, SENTENCE]), 'drei-seiten.pdf'), 422, 'unprocessable-document', 'too_many_pages');
    const accepted = await upload(textPdf([SENTENCE, `${SENTENCE} Zweite Seite.`]), 'zwei-seiten.pdf');
    expect(accepted.status).toBe(201);
    expect(accepted.body.document.pageCount).toBe(2);
  });

  it('refuses DOCX zip bombs (declared or real) with 422 before extraction, and accepts a real DOCX', async () => {
    const declared = buildZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>'), declaredSize: 0xfffffff0 }]);
    expectProblem(await upload(declared, 'bombe.docx'), 422, 'unprocessable-document', 'decompression_limit');
    const lying = buildZip([{ name: 'word/document.xml', data: Buffer.alloc(20 * 1024 * 1024, '<'), declaredSize: 2048 }]);
    expectProblem(await upload(lying, 'luege.docx'), 422, 'unprocessable-document', 'decompression_limit');
    const accepted = await upload(minimalDocx(['Vermerk zur Hundesteuer', SENTENCE]), 'vermerk.docx');
    expect(accepted.status).toBe(201);
  });
});
