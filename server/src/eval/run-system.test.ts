import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBaseline, writeBaselineInput } from './bm25s-baseline';
import type { EvalDataset } from './datasets';
import { chunksAsBaselinePassages } from './law-sections';
import { runVariants } from './run-experiments';
import { limitPerDocument, runService, type IngestedService } from './run-system';
import { parseVariant } from './variants';

/** A tiny set written for this test: three documents, three questions (one answer-gold). */
function tinyDataset(): EvalDataset {
  const documents = [
    { id: 'a', fileName: 'a.txt', text: 'Der Reisepass wird bei der Passbehörde der Gemeinde beantragt.\nDie Gebühr beträgt 70 Euro.' },
    { id: 'b', fileName: 'b.txt', text: 'Hunde müssen bei der Stadt angemeldet werden. Die Hundesteuer wird jährlich erhoben.' },
    { id: 'c', fileName: 'c.txt', text: 'Der Wohnsitz ist innerhalb von zwei Wochen nach dem Einzug anzumelden.' },
  ];
  return {
    name: 'xquad', label: 'tiny', documents, baselinePassages: documents.map(({ id, text }) => ({ id, text })), chunking: null,
    baselineUnit: 'passages', notes: [],
    queries: [
      { id: 'q1', question: 'Wo beantrage ich einen Reisepass?', gold: { kind: 'document', documentId: 'a' } },
      { id: 'q2', question: 'Wann muss ich den Wohnsitz anmelden?', gold: { kind: 'document', documentId: 'c' } },
      { id: 'q3', question: 'Wie oft wird die Hundesteuer erhoben?', gold: { kind: 'answer', text: 'Die Hundesteuer  wird jährlich erhoben', documentId: 'b' } },
    ],
  };
}

const quiet = { progress: false, label: 'tiny' };

/**
 * Two Markdown laws written for this test. In § 1 TstG a wrapped body line starts with "§ 2": the
 * text belongs to § 1 and must count for § 1 only.
 */
function tinyLaws(): EvalDataset {
  const law = (title: string, abbreviation: string, body: string) =>
    `---\nTitle: ${title}\njurabk: ${abbreviation}\n---\n\n# ${title} (${abbreviation})\n\n${body}\n`;
  const documents = [
    {
      id: 'tstg.md', fileName: 'tstg.md',
      text: law('Testgesetz', 'TstG', [
        '#### § 1 Widerspruch', '(1) Der Widerspruch ist innerhalb eines Monats einzulegen. Für die Klage beim Gericht gilt',
        '§ 2 Absatz 1 entsprechend, die Klagefrist beträgt ebenfalls einen Monat.', '',
        '#### § 2 Bekanntgabe', 'Ein Bescheid wird am dritten Tag nach der Aufgabe zur Post wirksam.',
      ].join('\n')),
    },
    { id: 'hundg.md', fileName: 'hundg.md', text: law('Hundegesetz', 'HundG', '#### § 1 Anmeldung\nHunde sind binnen eines Monats bei der Gemeinde anzumelden.') },
  ];
  const target = (documentId: string, lawName: string, section: string) => ({ documentId, law: lawName, section });
  return {
    name: 'gesetze', label: 'tiny laws', documents, baselinePassages: [], chunking: null, baselineUnit: 'service-chunks', notes: [],
    queries: [
      { id: 'l1', question: 'Wie viele Monate beträgt die Klagefrist?', gold: { kind: 'section', documentId: 'tstg.md', targets: [target('tstg.md', 'TstG', '§ 1')] } },
      // The only matching text starts with "§ 2" but lies in § 1: it must not count for § 2.
      { id: 'l2', question: 'Wie viele Monate beträgt die Klagefrist?', gold: { kind: 'section', documentId: 'tstg.md', targets: [target('tstg.md', 'TstG', '§ 2')] } },
      {
        id: 'l3', question: 'Wo muss ich meinen Hund anmelden?',
        gold: { kind: 'section', documentId: 'tstg.md', targets: [target('tstg.md', 'TstG', '§ 1'), target('hundg.md', 'HundG', '§ 1')] },
      },
    ],
  };
}

describe('runService', () => {
  it('ingests each document through the service and ranks the gold', async () => {
    const dataset = tinyDataset();
    const run = await runService(dataset, dataset.queries, 'lexical', quiet);
    expect(run.status).toBe('ok');
    expect(run.queries?.map((query) => query.rank)).toEqual([1, 1, 1]);
    expect(run.queries?.[0]?.top[0]).toBe('a');
    expect(run.metrics).toMatchObject({ queries: 3, recallAt1: 1, mrrAt10: 1 });
    expect(run.setup).toMatchObject({ documents: 3, chunks: 3, rejected: [] });
  });

  it('evaluates lexical variants on the same data', async () => {
    const dataset = tinyDataset();
    const runs = await runVariants(dataset, dataset.queries, [parseVariant('decompound=0+weights=1/1/1'), parseVariant('unit=document'), parseVariant('docprior=0.4+perdoc=1')], quiet);
    expect(runs.map((run) => run.system)).toEqual([
      'llmoin-lexical[decompound=0+weights=1/1/1]', 'llmoin-lexical[unit=document]', 'llmoin-lexical[docprior=0.4+perdoc=1]',
    ]);
    for (const run of runs) expect(run.queries?.[0]?.rank).toBe(1);
  });
});

describe('runService on laws (section gold)', () => {
  it('judges chunks by the norm they lie in, accepts alternatives, and hands its chunks over', async () => {
    const dataset = tinyLaws();
    let seen: IngestedService | null = null;
    const run = await runService(dataset, dataset.queries, 'lexical', quiet, (ingested) => { seen = ingested; });
    expect(run.status).toBe('ok');
    expect(run.queries?.map((query) => query.rank)).toEqual([1, null, 1]);
    // Section and service label agree, so no `label` is reported.
    expect(run.queries?.[0]?.top3[0]).toEqual({ document: 'tstg.md', section: '§ 1 TstG', snippet: expect.stringContaining('Klagefrist') as unknown as string });
    expect(run.queries?.[2]?.top3[0]).toMatchObject({ document: 'hundg.md', section: '§ 1 HundG' });
    expect(run.setup).toMatchObject({ mislabelledChunks: 0 });

    const chunks = (seen as IngestedService | null)?.serviceChunks ?? [];
    const passages = chunksAsBaselinePassages(chunks);
    expect(passages.filter((passage) => passage.document === 'tstg.md').map((passage) => passage.section)).toEqual(['§ 1 TstG', '§ 2 TstG']);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-eval-test-')), 'input.jsonl');
    writeBaselineInput(file, { ...dataset, baselinePassages: passages }, dataset.queries.slice(2));
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toEqual({ type: 'config', dataset: 'gesetze', hit: 'label', k: 10 });
    expect(lines.filter((line) => line['type'] === 'passage').map((line) => line['label'])).toEqual(
      ['hundg.md|§ 1 HundG', 'tstg.md|§ 1 TstG', 'tstg.md|§ 2 TstG'],
    );
    expect(lines.at(-1)).toEqual({ type: 'query', id: 'l3', question: 'Wo muss ich meinen Hund anmelden?', gold: ['tstg.md|§ 1 TstG', 'hundg.md|§ 1 HundG'] });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});

describe('limitPerDocument', () => {
  it('keeps the first n results of each document in order', () => {
    const list = [{ documentId: 'x', n: 1 }, { documentId: 'x', n: 2 }, { documentId: 'y', n: 3 }, { documentId: 'x', n: 4 }];
    expect(limitPerDocument(list, 1).map((item) => item.n)).toEqual([1, 3]);
    expect(limitPerDocument(list, 2).map((item) => item.n)).toEqual([1, 2, 3]);
  });
});

describe('bm25s baseline runner', () => {
  it('writes passages and queries with their gold', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-eval-test-')), 'input.jsonl');
    const dataset = tinyDataset();
    writeBaselineInput(file, dataset, dataset.queries.slice(0, 1));
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toEqual({ type: 'config', dataset: 'xquad', hit: 'passage', k: 10 });
    expect(lines.filter((line) => line['type'] === 'passage')).toHaveLength(3);
    expect(lines.at(-1)).toEqual({ type: 'query', id: 'q1', question: 'Wo beantrage ich einen Reisepass?', gold: 'a' });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('reports the baseline as unavailable instead of failing', async () => {
    const dataset = tinyDataset();
    const run = await runBaseline(dataset, dataset.queries, { python: '/nonexistent/python3' });
    expect(run.status).toBe('unavailable');
    expect(run.reason).toMatch(/nonexistent/);
  });
});
