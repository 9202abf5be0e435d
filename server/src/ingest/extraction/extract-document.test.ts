import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { requireSharedData } from '../../../test/shared-data';
import { ExtractionError, extractDocument, type ExtractedDocument, type ExtractionFailureReason } from './index';

type Expectation =
  | { reject: 'no_text_layer' | 'garbled_text' }
  | { pages: number; contains: string[] };

/** Outcome for every PDF in shared/data/pdf (see its MANIFEST.md); phrases carry umlauts, ß or § on purpose. */
const PDF_EXPECTATIONS: Readonly<Record<string, Expectation>> = {
  'agmahnvordrv_mahnverfahren_arbeitsgericht.pdf': { pages: 12, contains: ['Geschäftszeichen', '§ 491 bis 508'] },
  'bbhv_antrag_beihilfe_direktabrechnung_s1.pdf': { pages: 1, contains: ['Antrag auf Gewährung von Beihilfe', '(§ 108 SGB V)'] },
  'bbhv_antrag_beihilfe_direktabrechnung_s2.pdf': { pages: 1, contains: ['Erklärungen der behandelten volljährigen Person'] },
  'berhfv_antrag_beratungshilfe_s1.pdf': { pages: 1, contains: ['Antrag auf Bewilligung von Beratungshilfe', 'Erwerbstätigkeit'] },
  'berhfv_antrag_beratungshilfe_s2.pdf': { pages: 1, contains: ['Vermögenswerte', 'Eigentümer'] },
  'berhfv_antrag_beratungshilfe_s3.pdf': { pages: 1, contains: ['Begründung'] },
  'berhfv_antrag_nachtraeglich_s1.pdf': { pages: 1, contains: ['Rechtsanwältin', '§ 9 BerHG'] },
  'fev_bescheinigung_aerztliche_untersuchung.pdf': { pages: 1, contains: ['Bescheinigung über die ärztliche Untersuchung', '§ 48 Absatz 4'] },
  'fev_internationaler_fuehrerschein.pdf': { pages: 1, contains: ['Gültig bis'] },
  'fev_teilnahmebescheinigung_44.pdf': { pages: 1, contains: ['Teilnahmebescheinigung gemäß § 44 FeV', 'Verkehrspädagogische Teilmaßnahme'] },
  'gbzugv_erlaubnisurkunde_gueterkraftverkehr.pdf': { pages: 1, contains: ['Erlaubnisurkunde für den gewerblichen Güterkraftverkehr', '§ 3 des Güterkraftverkehrsgesetzes'] },
  'gewanzv_gewa1_gewerbeanmeldung_s1.pdf': { reject: 'no_text_layer' },
  'gewanzv_gewa1_gewerbeanmeldung_s2.pdf': { reject: 'no_text_layer' },
  'gewanzv_gewa3_gewerbeabmeldung_s1.pdf': { reject: 'no_text_layer' },
  'gvfv_anlage1_forderungsaufstellung.pdf': { pages: 1, contains: ['Forderungsaufstellung', 'Gläubiger', '§ 193 Absatz 6'] },
  'gvfv_anlage2_hinweise_ausfuellen.pdf': { pages: 1, contains: ['Vollstreckungsgericht', '§ 807 ZPO'] },
  'gvfv_vollstreckungsauftrag_s1.pdf': { pages: 1, contains: ['Vollstreckungsauftrag an die Gerichtsvollzieherin', 'ausfüllen'] },
  'kinduvv_antrag_unterhalt_vereinfachtes_verfahren_s1.pdf': { reject: 'garbled_text' },
  'pauswv_muster_personalausweis.pdf': { reject: 'no_text_layer' },
  'pkhfv_erklaerung_wirtschaftliche_verhaeltnisse_s1.pdf': { pages: 1, contains: ['Erklärung über die persönlichen und wirtschaftlichen Verhältnisse'] },
  'pkhfv_erklaerung_wirtschaftliche_verhaeltnisse_s2.pdf': { pages: 1, contains: ['einschließlich'] },
  'pkhfv_erklaerung_wirtschaftliche_verhaeltnisse_s3.pdf': { pages: 1, contains: ['Abzüge'] },
  'pkhfv_erklaerung_wirtschaftliche_verhaeltnisse_s4.pdf': { pages: 1, contains: ['Kontoauszüge', '§ 21 SGB II'] },
  'pstv_bescheinigung_31.pdf': { pages: 1, contains: ['nach § 31 Absatz 2 der Personenstandsverordnung (PStV)'] },
  'pstv_muster_eheurkunde.pdf': { pages: 1, contains: ['Eheurkunde', 'Eheschließung'] },
  'pstv_muster_geburtsurkunde.pdf': { pages: 1, contains: ['Geburtsurkunde', 'Standesamt'] },
  'pstv_muster_sterbeurkunde.pdf': { pages: 1, contains: ['Sterbeurkunde', 'gemäß Sterberegister'] },
  'svwo_niederschrift_wahlausschuss.pdf': { pages: 7, contains: ['Niederschrift des Wahlausschusses', '§ 51 Absatz 4'] },
  'svwo_wahlausweis_stimmzettel.pdf': { pages: 2, contains: ['Wahlausweis', 'Versicherungsträgers', '§ 107a'] },
  'vbrinsvv_anlage1_personalbogen.pdf': { pages: 1, contains: ['Personalbogen', 'Eröffnungsantrag'] },
  'vbrinsvv_antrag_eroeffnung_verbraucherinsolvenz.pdf': { pages: 1, contains: ['Antrag auf Eröffnung', '(§ 305 InsO)'] },
  'vbrinsvv_hinweisblatt.pdf': { pages: 12, contains: ['Hinweisblatt', 'sorgfältig', '§ 302 InsO'] },
  'zustvv_benachrichtigung_niederlegung.pdf': { pages: 1, contains: ['Benachrichtigung', 'über die Niederlegung eines zuzustellenden Schriftstücks'] },
  'zustvv_umschlag_foermliche_zustellung.pdf': { pages: 1, contains: ['Förmliche Zustellung', 'Rückseite'] },
  'zvfv_antrag_pfaendungs_ueberweisungsbeschluss_s1.pdf': { reject: 'garbled_text' },
};

const pdfDir = requireSharedData('pdf');
const pdfBytes = (fileName: string): Uint8Array => new Uint8Array(readFileSync(path.join(pdfDir, fileName)));
const timings: string[] = [];

async function failureOf(work: Promise<unknown>): Promise<ExtractionError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ExtractionError) return error;
    throw error;
  }
  throw new Error('expected an ExtractionError, but extraction succeeded');
}

async function expectFailure(work: Promise<unknown>, reason: ExtractionFailureReason): Promise<void> {
  const error = await failureOf(work);
  expect(error.reason).toBe(reason);
  expect(error.detail.length).toBeGreaterThan(0);
  expect(error.message).toBe(error.detail);
}

/** Pages tile the text: in order, separated by exactly "\n\n", covering all of it, each trimmed and non-empty. */
function expectConsistentPages(doc: ExtractedDocument, pageCount: number): void {
  expect(doc.pages.map((page) => page.number)).toEqual(Array.from({ length: pageCount }, (_, i) => i + 1));
  expect(doc.pages[0]?.start).toBe(0);
  expect(doc.pages.at(-1)?.end).toBe(doc.text.length);
  doc.pages.forEach((page, i) => {
    const pageText = doc.text.slice(page.start, page.end);
    expect(pageText.length).toBeGreaterThan(0);
    expect(pageText).toBe(pageText.trim());
    const next = doc.pages[i + 1];
    if (next !== undefined) expect(doc.text.slice(page.end, next.start)).toBe('\n\n');
  });
}

function expectCleanText(text: string): void {
  expect(text).toBe(text.normalize('NFC'));
  expect(text).not.toMatch(/\u00AD|\n{3,}|[ \t]+\n|[\u0000-\u0008\u000B-\u001F]/);
}

describe('extractDocument on the 35 official PDF forms in shared/data/pdf', () => {
  afterAll(() => {
    if (timings.length > 0) console.info(`PDF extraction timings (ms):\n${timings.join('\n')}`);
  });

  it('covers exactly the PDFs that are there', () => {
    const present = readdirSync(pdfDir).filter((name) => name.endsWith('.pdf')).sort();
    expect(present).toEqual(Object.keys(PDF_EXPECTATIONS).sort());
    expect(present).toHaveLength(35);
  });

  it.each(Object.entries(PDF_EXPECTATIONS))('%s', async (fileName, expectation) => {
    const started = performance.now();
    const work = extractDocument({ bytes: pdfBytes(fileName), fileName });
    if ('reject' in expectation) {
      await expectFailure(work, expectation.reject);
    } else {
      const doc = await work;
      expect(doc.mediaType).toBe('application/pdf');
      expectConsistentPages(doc, expectation.pages);
      expectCleanText(doc.text);
      for (const phrase of expectation.contains) expect(doc.text).toContain(phrase);
      expect(doc.title).not.toBeNull();
      expect(doc.title?.length).toBeLessThanOrEqual(120);
    }
    timings.push(`${(performance.now() - started).toFixed(0).padStart(6)}  ${fileName}`);
  });

  it('keeps each page of a 12-page leaflet at its own offsets', async () => {
    const doc = await extractDocument({ bytes: pdfBytes('vbrinsvv_hinweisblatt.pdf'), fileName: 'hinweisblatt.pdf' });
    doc.pages.forEach((page) => {
      const pageText = doc.text.slice(page.start, page.end);
      expect(pageText).toContain(`Seite ${page.number} von 12`);
      expect(pageText.match(/Seite \d+ von 12/g)).toHaveLength(1);
    });
  });

  it('re-joins words hyphenated across lines', async () => {
    const doc = await extractDocument({ bytes: pdfBytes('pkhfv_erklaerung_wirtschaftliche_verhaeltnisse_s2.pdf'), fileName: 'pkh.pdf' });
    expect(doc.text).toContain('(Sozialhilfe)');
    expect(doc.text).not.toContain('Sozial-\nhilfe');
  });

  it('ignores file-name-like PDF titles and falls back to the first line', async () => {
    const doc = await extractDocument({ bytes: pdfBytes('gbzugv_erlaubnisurkunde_gueterkraftverkehr.pdf'), fileName: 'u.pdf' });
    expect(doc.title).toBe('Erlaubnisurkunde für den gewerblichen Güterkraftverkehr'); // Info title is "tmp-2180"
  });

  it('rejects PDFs with more pages than maxPages', async () => {
    await expectFailure(extractDocument({ bytes: pdfBytes('vbrinsvv_hinweisblatt.pdf'), fileName: 'h.pdf', maxPages: 11 }), 'too_many_pages');
    const doc = await extractDocument({ bytes: pdfBytes('vbrinsvv_hinweisblatt.pdf'), fileName: 'h.pdf', maxPages: 12 });
    expect(doc.pages).toHaveLength(12);
  });

  it('rejects a truncated PDF as corrupt', async () => {
    const bytes = pdfBytes('pstv_muster_eheurkunde.pdf');
    await expectFailure(extractDocument({ bytes: bytes.subarray(0, bytes.length / 2), fileName: 'cut.pdf' }), 'corrupt');
  });

  it('rejects bytes that only claim to be a PDF as corrupt', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF\n%%EOF\n');
    await expectFailure(extractDocument({ bytes, fileName: 'fake.pdf' }), 'corrupt');
  });

  it('does not modify the caller\'s bytes', async () => {
    const bytes = pdfBytes('pstv_muster_geburtsurkunde.pdf');
    const copy = bytes.slice();
    await extractDocument({ bytes, fileName: 'g.pdf' });
    expect(bytes).toEqual(copy);
  });
});
