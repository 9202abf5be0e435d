import { readFileSync } from 'node:fs';
import path from 'node:path';
import { requireSharedData } from '../../test/shared-data';
import { loadDataset } from './datasets';
import { parseClerkQuestions, readClerkQuestions, readLawFiles } from './gesetze-dataset';

/** Markdown headings of the norm `§ 42a` / `Art. 19` in a law file (GG writes "Art 19" without the period). */
function normHeadings(text: string, section: string): string[] {
  const [kind, number] = section.split(' ');
  const prefix = kind === '§' ? '§' : 'Art\\.?';
  return text.match(new RegExp(`^#{1,6}[ \\t]+${prefix}[ \\t]*${number}(?![0-9a-z]).*$`, 'gm')) ?? [];
}

describe('clerk law questions (eval/datasets/clerk-law-questions.jsonl)', () => {
  const questions = readClerkQuestions();

  it('parses, with at least 50 unique questions and ids', () => {
    expect(questions.length).toBeGreaterThanOrEqual(50);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(new Set(questions.map((q) => q.question.trim().toLowerCase())).size).toBe(questions.length);
  });

  it('spreads over many laws', () => {
    expect(new Set(questions.map((q) => q.law)).size).toBeGreaterThanOrEqual(20);
  });

  it('names only laws of the shared corpus and norms that have exactly one heading in that law', () => {
    const folder = requireSharedData('gesetze');
    const byLaw = new Map(readLawFiles(folder).map((file) => [file.law, file.text]));
    expect(byLaw.size).toBe(209);
    const problems: string[] = [];
    for (const question of questions) {
      for (const norm of [question, ...(question.alsoAccept ?? [])]) {
        const text = byLaw.get(norm.law);
        if (text === undefined) {
          problems.push(`${question.id}: no law with jurabk "${norm.law}" in ${folder}`);
          continue;
        }
        const headings = normHeadings(text, norm.section);
        if (headings.length !== 1) problems.push(`${question.id}: ${norm.section} ${norm.law} has ${headings.length} headings`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('checks norm headings for real (VwVfG § 41 yes, GG Art. 19 yes, VwVfG § 999 no)', () => {
    const vwvfg = readFileSync(path.join(requireSharedData('gesetze'), 'vwvfg.md'), 'utf8');
    const gg = readFileSync(path.join(requireSharedData('gesetze'), 'gg.md'), 'utf8');
    expect(normHeadings(vwvfg, '§ 41')).toEqual(['#### § 41 Bekanntgabe des Verwaltungsaktes']);
    expect(normHeadings(vwvfg, '§ 4')).toEqual(['#### § 4 Amtshilfepflicht']);
    expect(normHeadings(gg, 'Art. 19')).toEqual(['### Art 19']);
    expect(normHeadings(vwvfg, '§ 999')).toEqual([]);
  });

  it('builds the gesetze set: every law file a document, every norm a target in its file', () => {
    const dataset = loadDataset('gesetze');
    expect(dataset.documents).toHaveLength(209);
    expect(dataset.baselineUnit).toBe('service-chunks');
    expect(dataset.queries).toHaveLength(questions.length);
    const widerspruch = dataset.queries.find((query) => query.question.startsWith('Wie lange hat ein Bürger Zeit, gegen einen Bescheid Widerspruch'));
    expect(widerspruch?.gold).toEqual({
      kind: 'section', documentId: 'vwgo.md',
      targets: [{ documentId: 'vwgo.md', law: 'VwGO', section: '§ 70' }, { documentId: 'sgg.md', law: 'SGG', section: '§ 84' }],
    });
  });
});

describe('parseClerkQuestions', () => {
  const line = (record: object) => JSON.stringify(record);
  const valid = { id: 'x-1', question: 'Wie lange gilt ein Pass?', law: 'PaßG 1986', section: '§ 5' };

  it('reads valid lines and skips blank ones', () => {
    const parsed = parseClerkQuestions(`${line(valid)}\n\n${line({ ...valid, id: 'x-2', alsoAccept: [{ law: 'GG', section: 'Art. 45c' }] })}\n`);
    expect(parsed.map((q) => q.id)).toEqual(['x-1', 'x-2']);
    expect(parsed[1]?.alsoAccept).toEqual([{ law: 'GG', section: 'Art. 45c' }]);
  });

  it('names the line of a bad record', () => {
    expect(() => parseClerkQuestions(`${line(valid)}\n${line({ ...valid, id: 'x-2', section: '70' })}`, 'q.jsonl')).toThrow(/q\.jsonl:2: section/);
    expect(() => parseClerkQuestions(`${line(valid)}\n${line(valid)}`, 'q.jsonl')).toThrow(/q\.jsonl:2: duplicate id x-1/);
    expect(() => parseClerkQuestions('{not json', 'q.jsonl')).toThrow(/q\.jsonl:1: not JSON/);
    expect(() => parseClerkQuestions(line({ ...valid, extra: 1 }), 'q.jsonl')).toThrow(/q\.jsonl:1/);
  });
});
