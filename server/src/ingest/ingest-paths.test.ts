import request from 'supertest';
import { requireSharedData } from '../../test/shared-data';
import { createTestService, type TestService } from '../../test/test-service';

const NOT_INDEXABLE: Record<string, string> = {
  'gewanzv_gewa1_gewerbeanmeldung_s1.pdf': 'no_text_layer',
  'gewanzv_gewa1_gewerbeanmeldung_s2.pdf': 'no_text_layer',
  'gewanzv_gewa3_gewerbeabmeldung_s1.pdf': 'no_text_layer',
  'pauswv_muster_personalausweis.pdf': 'no_text_layer',
  'kinduvv_antrag_unterhalt_vereinfachtes_verfahren_s1.pdf': 'garbled_text',
  'zvfv_antrag_pfaendungs_ueberweisungsbeschluss_s1.pdf': 'garbled_text',
};

describe('ingesting all official PDF forms', () => {
  let test: TestService;
  beforeAll(() => createTestService().then((service) => void (test = service)));
  afterAll(() => test.close());

  it('indexes the forms with a text layer and reports the others with a reason', async () => {
    const pdfDir = requireSharedData('pdf');
    const events: string[] = [];
    const summary = await test.service.deps.library.ingestPaths([pdfDir], { collection: 'formulare', root: pdfDir, onProgress: (event) => events.push(event.source) });
    expect(summary.files).toBe(35);
    expect(events).toHaveLength(35);
    expect(Object.fromEntries(summary.rejected.map((rejection) => [rejection.source, rejection.reason]))).toEqual(NOT_INDEXABLE);
    expect(summary.ingested).toBe(29);
    expect(summary.pages).toBeGreaterThanOrEqual(29);
    const sources = test.service.database.prepare('SELECT source FROM documents').pluck().all();
    for (const rejected of Object.keys(NOT_INDEXABLE)) expect(sources).not.toContain(rejected);

    const search = await request(test.app).post('/api/v1/search').set('Authorization', test.admin)
      .send({ query: 'Erklärung über die persönlichen und wirtschaftlichen Verhältnisse bei Prozesskostenhilfe', k: 5 }).expect(200);
    expect(search.body.results.slice(0, 3).map((result: { source: string }) => result.source)).toContain('pkhfv_erklaerung_wirtschaftliche_verhaeltnisse_s1.pdf');

    const again = await test.service.deps.library.ingestPaths([pdfDir], { collection: 'formulare', root: pdfDir });
    expect(again.unchanged).toBe(29);
    expect(again.ingested).toBe(0);
  }, 180_000);
});
