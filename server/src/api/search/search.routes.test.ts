import path from 'node:path';
import request from 'supertest';
import { requireSharedData } from '../../../test/shared-data';
import { createTestService, type TestService } from '../../../test/test-service';

// A subset of the real federal laws keeps the suite fast on 2 cores.
const LAWS = ['vwvfg.md', 'vwgo.md', 'bmg.md', 'pauswg.md', 'ifg.md', 'vwzg_2005.md', 'gg.md'];

describe('search on real federal laws', () => {
  let test: TestService;
  let clerk: string;
  beforeAll(async () => {
    const lawDir = requireSharedData('gesetze');
    test = await createTestService();
    const summary = await test.service.deps.library.ingestPaths(LAWS.map((file) => path.join(lawDir, file)), { collection: 'gesetze' });
    expect(summary.ingested).toBe(LAWS.length);
    expect(summary.rejected).toEqual([]);
    clerk = test.tokenFor('clerk-a');
  });
  afterAll(() => test.close());

  const search = async (query: string, extra: Record<string, unknown> = {}) => {
    const response = await request(test.app).post('/api/v1/search').set('Authorization', clerk).send({ query, k: 10, ...extra }).expect(200);
    return response.body as { mode: string; results: Array<{ documentId: string; section: string | null; quote: string; start: number; end: number; title: string; source: string; page: number }> };
  };

  it('finds a norm cited as "§ 41 VwVfG" at rank 1', async () => {
    const { results } = await search('§ 41 VwVfG');
    expect(results[0]?.section).toBe('§ 41 VwVfG');
    expect(results[0]?.source).toBe('vwvfg.md');
  });

  it('labels chunks with their norm and never lets a chunk straddle two norms', async () => {
    const rows = test.service.database
      .prepare("SELECT c.section, c.text FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.source = 'vwvfg.md'")
      .all() as Array<{ section: string | null; text: string }>;
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      const headings = row.text.match(/^#{1,6} § \d+/gm) ?? [];
      expect(headings.length).toBeLessThanOrEqual(1);
      if (headings.length === 1) expect(row.text.startsWith('#')).toBe(true);
    }
    expect(rows.filter((row) => row.section === '§ 41 VwVfG').length).toBeGreaterThanOrEqual(1);
  });

  it('returns quotes that equal the document text at their offsets', async () => {
    for (const query of ['Bekanntgabe des Verwaltungsaktes', 'Anfechtungsklage Frist', 'Meldepflicht bei Umzug']) {
      const { results } = await search(query);
      expect(results.length).toBeGreaterThan(0);
      for (const result of results.slice(0, 5)) {
        const document = await request(test.app).get(`/api/v1/documents/${result.documentId}`).set('Authorization', clerk).expect(200);
        const text = (document.body.pages as Array<{ text: string; start: number }>).map((page) => page.text).join('');
        expect(text.slice(result.start, result.end)).toBe(result.quote);
      }
    }
  });

  it('treats ß/ss and ä/ae spellings alike', async () => {
    const pairs: Array<[string, string]> = [
      ['Gemäß Absatz Zustellung', 'Gemaess Absatz Zustellung'],
      ['Größe der Gemeinde', 'Groesse der Gemeinde'],
      ['Bürger Auskunft', 'Buerger Auskunft'],
      ['Behörde Äußerung', 'Behoerde Aeusserung'],
    ];
    for (const [original, folded] of pairs) {
      const a = await search(original);
      const b = await search(folded);
      expect(a.results.length).toBeGreaterThan(0);
      expect(b.results.map((result) => result.quote)).toEqual(a.results.map((result) => result.quote));
    }
  });

  it('finds text about a compound\'s parts ("Widerspruchsfrist" → "Frist … Widerspruch")', async () => {
    const { results } = await search('Widerspruchsfrist');
    expect(results.length).toBeGreaterThan(0);
    const sections = results.slice(0, 5).map((result) => result.section);
    // § 70 VwGO: "Der Widerspruch ist innerhalb eines Monats … zu erheben" — the Widerspruchsfrist.
    expect(sections).toContain('§ 70 VwGO');
  });

  it('matches plural and inflected forms', async () => {
    const singular = await search('Ausweis Gültigkeit');
    const plural = await search('Ausweise Gültigkeitsdauer');
    expect(singular.results[0]?.source).toBe('pauswg.md');
    expect(plural.results[0]?.source).toBe('pauswg.md');
  });

  it('answers "Art. 19 Abs. 4 GG" with the Grundgesetz article', async () => {
    const { results } = await search('Art. 19 GG Rechtsweg');
    expect(results[0]?.section).toBe('Art. 19 GG');
  });

  it('filters by law and by document', async () => {
    const byLaw = await search('Frist', { filter: { laws: ['VwGO'] } });
    expect(byLaw.results.length).toBeGreaterThan(0);
    expect(new Set(byLaw.results.map((result) => result.source))).toEqual(new Set(['vwgo.md']));
    const documentId = byLaw.results[0]?.documentId as string;
    const byDocument = await search('Bekanntgabe', { filter: { documentIds: [documentId] } });
    expect(byDocument.results.every((result) => result.documentId === documentId)).toBe(true);
  });

  it('research returns an extractive answer citing verbatim quotes, and says when nothing is found', async () => {
    const response = await request(test.app).post('/api/v1/research').set('Authorization', clerk)
      .send({ question: 'Wann gilt ein schriftlicher Verwaltungsakt als bekannt gegeben?' }).expect(200);
    expect(response.body.mode).toBe('extractive');
    expect(response.body.found).toBe(true);
    expect(response.body.citations.length).toBeGreaterThan(0);
    for (const citation of response.body.citations) {
      expect(citation.passage.quote).toContain(citation.quote);
      expect(response.body.answer).toContain(`[${citation.marker}]`);
      expect(citation.start - citation.passage.start).toBe(citation.passage.quote.indexOf(citation.quote));
    }
    expect(response.body.citations.map((citation: { passage: { section: string } }) => citation.passage.section)).toContain('§ 41 VwVfG');
    const nothing = await request(test.app).post('/api/v1/research').set('Authorization', clerk).send({ question: 'Xylophonquartett Zebrastreifenmusik' }).expect(200);
    expect(nothing.body).toMatchObject({ found: false, citations: [] });
  });
});
