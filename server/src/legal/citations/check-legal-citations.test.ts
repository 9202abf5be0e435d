import path from 'node:path';
import { requireSharedData } from '../../../test/shared-data';
import { createTestService, type TestService } from '../../../test/test-service';
import { checkLegalCitations, type CheckedReference, type CitationCheckReport } from './index';

// Real federal laws from the shared data; the expected quotes below are copied from those files.
const LAWS = ['vwvfg.md', 'gg.md', 'bgb.md', 'vwgo.md', 'sgb_10.md', 'bbaug.md'];

const oneLine = (text: string | undefined) => text?.replace(/\s+/g, ' ');

describe('checkLegalCitations on real federal laws', () => {
  let test: TestService;
  let check: (text: string, visibleTo: string | null | undefined) => CitationCheckReport;
  let documentText: (id: string) => string;

  beforeAll(async () => {
    const lawDir = requireSharedData('gesetze');
    test = await createTestService();
    const summary = await test.service.deps.library.ingestPaths(LAWS.map((file) => path.join(lawDir, file)), { collection: 'gesetze' });
    expect(summary.ingested).toBe(LAWS.length);
    const database = test.service.database;
    check = (text, visibleTo) => checkLegalCitations({ database }, text, { visibleTo });
    const texts = new Map<string, string>();
    documentText = (id) => {
      if (!texts.has(id)) texts.set(id, test.service.deps.library.store.text(id) ?? '');
      return texts.get(id) ?? '';
    };
  });
  afterAll(() => test.close());

  /** Every passage must quote the document verbatim at its offsets. */
  function expectExactPassages(references: CheckedReference[]) {
    for (const reference of references) {
      if (reference.passage) expect(documentText(reference.passage.documentId).slice(reference.passage.start, reference.passage.end)).toBe(reference.passage.quote);
    }
  }

  // citation, law (corpus abbreviation), section label, quote (whitespace collapsed)
  const resolvable: Array<[string, string, string, string]> = [
    ['§ 41 Abs. 2 Satz 1 VwVfG', 'VwVfG', '§ 41 VwVfG', 'Ein schriftlicher Verwaltungsakt, der im Inland durch die Post übermittelt wird, gilt am dritten Tag nach der Aufgabe zur Post als bekannt gegeben.'],
    ['§ 41 Abs. 2 Satz 3 VwVfG', 'VwVfG', '§ 41 VwVfG', 'Dies gilt nicht, wenn der Verwaltungsakt nicht oder zu einem späteren Zeitpunkt zugegangen ist; im Zweifel hat die Behörde den Zugang des Verwaltungsaktes und den Zeitpunkt des Zugangs nachzuweisen.'],
    ['§ 31 Abs. 3 S. 1 VwVfG', 'VwVfG', '§ 31 VwVfG', 'Fällt das Ende einer Frist auf einen Sonntag, einen gesetzlichen Feiertag oder einen Sonnabend, so endet die Frist mit dem Ablauf des nächstfolgenden Werktags.'],
    ['Art. 19 Abs. 4 GG', 'GG', 'Art. 19 GG', '(4) Wird jemand durch die öffentliche Gewalt in seinen Rechten verletzt, so steht ihm der Rechtsweg offen.'],
    ['Art. 19 Abs. 4 Satz 3 GG', 'GG', 'Art. 19 GG', 'Artikel 10 Abs. 2 Satz 2 bleibt unberührt.'],
    ['Artikel 3 Absatz 1 des Grundgesetzes', 'GG', 'Art. 3 GG', '(1) Alle Menschen sind vor dem Gesetz gleich.'],
    ['§ 35 SGB X', 'SGB 10', '§ 35 SGB 10', '§ 35 Begründung des Verwaltungsaktes'],
    ['§ 35 Zehntes Buch Sozialgesetzbuch', 'SGB 10', '§ 35 SGB 10', '§ 35 Begründung des Verwaltungsaktes'],
    ['§ 9 Abs. 1 Nr. 2 BauGB', 'BBauG', '§ 9 BBauG', '2. die Bauweise, die überbaubaren und die nicht überbaubaren Grundstücksflächen sowie die Stellung der baulichen Anlagen;'],
    ['§ 3a VwVfG', 'VwVfG', '§ 3a VwVfG', '§ 3a Elektronische Kommunikation'],
    ['§ 74 VwGO', 'VwGO', '§ 74 VwGO', '(1) Die Anfechtungsklage muß innerhalb eines Monats nach Zustellung des Widerspruchsbescheids erhoben werden.'],
    ['§ 80 Abs. 2 Satz 1 Nr. 4 VwGO', 'VwGO', '§ 80 VwGO', '4. in den Fällen, in denen die sofortige Vollziehung im öffentlichen Interesse oder im überwiegenden Interesse eines Beteiligten von der Behörde, die den Verwaltungsakt erlassen oder über den Widerspruch zu entscheiden hat, besonders angeordnet wird.'],
    ['§ 80 Abs. 2 Satz 2 VwGO', 'VwGO', '§ 80 VwGO', 'Die Länder können auch bestimmen, daß Rechtsbehelfe keine aufschiebende Wirkung haben, soweit sie sich gegen Maßnahmen richten, die in der Verwaltungsvollstreckung durch die Länder nach Bundesrecht getroffen werden.'],
    ['§ 187 Abs. 1 des Bürgerlichen Gesetzbuchs', 'BGB', '§ 187 BGB', '(1) Ist für den Anfang einer Frist ein Ereignis oder ein in den Lauf eines Tages fallender Zeitpunkt maßgebend, so wird bei der Berechnung der Frist der Tag nicht mitgerechnet, in welchen das Ereignis oder der Zeitpunkt fällt.'],
    // § 3a VwVfG has a wrapped line "§ 5 Absatz 5 des De-Mail-Gesetzes …" that ingest labels "§ 5 VwVfG" too.
    ['§ 5 VwVfG', 'VwVfG', '§ 5 VwVfG', '§ 5 Voraussetzungen und Grenzen der Amtshilfe'],
  ];

  it.each(resolvable)('resolves %s to its passage', (citation, law, section, quote) => {
    const report = check(`Nach ${citation} gilt Folgendes.`, null);
    expect(report.references).toHaveLength(1);
    const [reference] = report.references;
    expect(reference).toMatchObject({ text: citation, start: 5, end: 5 + citation.length, law, status: 'resolved', missing: null });
    expect(reference?.passage?.section).toBe(section);
    expect(oneLine(reference?.passage?.quote)).toBe(quote);
    expectExactPassages(report.references);
  });

  it('expands "§§ 187 bis 193 BGB" and "§§ 70, 74 VwGO" to their endpoints and list members', () => {
    const report = check('Es gelten die §§ 187 bis 193 BGB und für das Vorverfahren die §§ 70, 74 VwGO.', null);
    expect(report.references.map((reference) => [reference.text, reference.number, reference.status, oneLine(reference.passage?.quote)?.slice(0, 40)])).toEqual([
      ['§§ 187 bis 193 BGB', '187', 'resolved', '§ 187 Fristbeginn'],
      ['§§ 187 bis 193 BGB', '193', 'resolved', '§ 193 Sonn- und Feiertag; Sonnabend'],
      ['§§ 70, 74 VwGO', '70', 'resolved', '(1) Der Widerspruch ist innerhalb eines '],
      ['§§ 70, 74 VwGO', '74', 'resolved', '(1) Die Anfechtungsklage muß innerhalb e'],
    ]);
    expect(report.summary).toEqual({ total: 4, resolved: 4, unknown: 0, unattributed: 0, truncated: false });
    expectExactPassages(report.references);
  });

  it('reports invented laws, sections, Absätze, Sätze and Nummern as unknown', () => {
    const text = '§ 999 VwVfG; § 41 Abs. 9 VwVfG; § 1 FooG; § 41 Abs. 2 Satz 4 VwVfG; Art. 19 Abs. 4 Satz 4 GG; '
      + '§ 9 Abs. 1 Nr. 99 BauGB; § 19 GG; § 1 VwVfG NRW; § 35 SGB XV.';
    const report = check(text, null);
    expect(report.references.map((reference) => [reference.text, reference.law, reference.status, reference.missing, reference.passage?.section ?? null])).toEqual([
      ['§ 999 VwVfG', 'VwVfG', 'unknown-section', null, null],
      ['§ 41 Abs. 9 VwVfG', 'VwVfG', 'unknown-paragraph', 'paragraph', '§ 41 VwVfG'],
      ['§ 1 FooG', 'FooG', 'unknown-law', null, null],
      ['§ 41 Abs. 2 Satz 4 VwVfG', 'VwVfG', 'unknown-paragraph', 'sentence', '§ 41 VwVfG'],
      ['Art. 19 Abs. 4 Satz 4 GG', 'GG', 'unknown-paragraph', 'sentence', 'Art. 19 GG'],
      ['§ 9 Abs. 1 Nr. 99 BauGB', 'BBauG', 'unknown-paragraph', 'item', '§ 9 BBauG'],
      ['§ 19 GG', 'GG', 'unknown-section', null, null],
      ['§ 1 VwVfG NRW', 'VwVfG NRW', 'unknown-law', null, null],
      ['§ 35 SGB XV', 'SGB XV', 'unknown-law', null, null],
    ]);
    expect(report.summary).toEqual({ total: 9, resolved: 0, unknown: 9, unattributed: 0, truncated: false });
    expectExactPassages(report.references);
  });

  it('takes the law of a chain and counts citations without a law as unattributed', () => {
    const report = check('Art. 2 Abs. 1 i.V.m. Art. 1 Abs. 1 GG schützt die Person; die Frist nach § 41 Abs. 2 läuft.', null);
    expect(report.references.map((reference) => [reference.text, reference.law, reference.status])).toEqual([
      ['Art. 2 Abs. 1', 'GG', 'resolved'],
      ['Art. 1 Abs. 1 GG', 'GG', 'resolved'],
    ]);
    expect(oneLine(report.references[1]?.passage?.quote)).toBe('(1) Die Würde des Menschen ist unantastbar.');
    expect(report.summary.unattributed).toBe(1);
  });

  it('quotes every § of the VwVfG and every Art. of the GG verbatim', () => {
    const labels = test.service.database
      .prepare("SELECT DISTINCT section FROM chunks WHERE section LIKE '§ % VwVfG' OR section LIKE 'Art. % GG'")
      .pluck()
      .all() as string[];
    expect(labels.length).toBeGreaterThan(250);
    const report = check(labels.join('; '), null);
    expect(report.references.map((reference) => reference.passage?.section ?? reference.status)).toEqual(labels);
    expect(report.summary.resolved).toBe(labels.length);
    expectExactPassages(report.references);
  });

  it('bounds the number of checked references', () => {
    const report = checkLegalCitations({ database: test.service.database }, '§ 1 VwVfG, § 2 VwVfG, § 3 VwVfG', { visibleTo: null, maxReferences: 2 });
    expect(report.references.map((reference) => reference.number)).toEqual(['1', '2']);
    expect(report.summary.truncated).toBe(true);
  });

  it('links a private law only for its owner and follows uploads, updates and deletions', async () => {
    const library = test.service.deps.library;
    const upload = (body: string) => library.ingest({
      bytes: Buffer.from(`---\nTitle: Hafenordnung Musterhaven\njurabk: HafenO\n---\n\n# Hafenordnung Musterhaven (HafenO)\n\n${body}`),
      fileName: 'hafenordnung.md', source: 'hafenordnung.md', collection: 'uploads', owner: 'clerk-a',
    });
    const statusOf = (visibleTo: string | null | undefined, text = '§ 2 Abs. 1 HafenO') => check(text, visibleTo).references.map((reference) => reference.status);

    const first = await upload('#### § 1 Geltungsbereich\n\n(1) Diese Ordnung gilt für den Hafen.\n');
    expect(first.status).toBe('ingested');
    expect(statusOf('clerk-a', '§ 1 Abs. 1 HafenO')).toEqual(['resolved']);
    expect(statusOf('clerk-a')).toEqual(['unknown-section']);
    expect(statusOf('clerk-b', '§ 1 Abs. 1 HafenO')).toEqual(['unknown-law']);
    expect(statusOf(null, '§ 1 Abs. 1 HafenO')).toEqual(['unknown-law']);
    expect(statusOf(undefined, '§ 1 Abs. 1 HafenO')).toEqual(['resolved']);

    const updated = await upload('#### § 1 Geltungsbereich\n\n(1) Diese Ordnung gilt für den Hafen.\n\n#### § 2 Liegeplätze\n\n(1) Liegeplätze weist das Hafenamt zu.\n');
    expect(updated.status).toBe('updated');
    const [reference] = check('§ 2 Abs. 1 HafenO', 'clerk-a').references;
    expect(reference?.status).toBe('resolved');
    expect(reference?.passage?.quote).toBe('(1) Liegeplätze weist das Hafenamt zu.');
    expect(reference?.passage?.title).toBe('Hafenordnung Musterhaven');
    expectExactPassages(reference ? [reference] : []);

    if (updated.status !== 'updated') throw new Error('expected an update');
    expect(await library.delete(updated.document)).toBe(true);
    expect(statusOf('clerk-a')).toEqual(['unknown-law']);
  });
});
