import os from 'node:os';
import path from 'node:path';
import { requireSharedData } from '../../test/shared-data';
import { MissingDataError } from './paths';
import { evaluateSimplification, formatSimplificationMarkdown, parseCsv, type SetEvaluation, type SimplificationEvalReport } from './simplification-eval';

describe('parseCsv', () => {
  it('reads RFC 4180 quoting: commas, doubled quotes and line breaks inside fields, CRLF rows', () => {
    const text = 'original,simplification\r\n"Er sagte: ""Ja, gern.""","Zeile 1\nZeile 2"\r\nplain,"x"\n';
    expect(parseCsv(text)).toEqual([
      ['original', 'simplification'],
      ['Er sagte: "Ja, gern."', 'Zeile 1\nZeile 2'],
      ['plain', 'x'],
    ]);
  });
});

describe('evaluateSimplification without data', () => {
  it('fails with a clear message naming the missing folder', () => {
    const missing = path.join(os.tmpdir(), 'llmoin-no-deplain-here');
    expect(() => evaluateSimplification({ dataDirectory: missing })).toThrow(MissingDataError);
    expect(() => evaluateSimplification({ dataDirectory: missing })).toThrow(`Evaluation data missing at ${missing}`);
  });
});

describe('evaluateSimplification on DEplain-web', () => {
  let report: SimplificationEvalReport;
  const set = (name: string): SetEvaluation => {
    const found = report.sets.find((entry) => entry.name === name);
    if (found === undefined) throw new Error(`no set ${name}`);
    return found;
  };

  beforeAll(() => {
    const dataDirectory = requireSharedData('plain_language/deplain_web');
    report = evaluateSimplification({ dataDirectory, sets: ['doc-manual', 'sent-manual'] });
  }, 180_000);

  it('reads every pair of the manually aligned sets (counts from the data MANIFEST)', () => {
    expect(set('doc-manual').pairs).toBe(129);
    expect(set('sent-manual').pairs).toBe(1046);
  });

  // Rules that the human plain versions (Leichte Sprache and A2 learner texts) should break less
  // often than their originals. Not asserted: number words and foreign words, which the A2 texts
  // mostly keep, and the rare difficult negations of Einfache Sprache (a handful of sentences).
  const EXPECTED: Array<[string, string]> = [
    ['leicht', 'kurze-saetze'], ['leicht', 'eine-aussage'], ['leicht', 'aktiv'], ['leicht', 'kein-konjunktiv'],
    ['leicht', 'kein-genitiv'], ['leicht', 'wenig-verneinung'], ['leicht', 'keine-abkuerzungen'], ['leicht', 'lange-woerter-gliedern'],
    ['einfach', 'kurze-saetze'], ['einfach', 'eine-aussage'], ['einfach', 'aktiv'], ['einfach', 'wenig-konjunktiv'],
    ['einfach', 'keine-genitiv-ketten'], ['einfach', 'wenig-abkuerzungen'], ['einfach', 'lange-woerter-gliedern'],
  ];

  it.each(['doc-manual', 'sent-manual'])('%s: the plain reference breaks each expected rule less often (pooled rate)', (name) => {
    const rules = set(name).rules;
    for (const [level, id] of EXPECTED) {
      const rule = rules.find((entry) => entry.level === level && entry.id === id);
      expect({ level, id, plainBetter: rule?.plainBetter }).toEqual({ level, id, plainBetter: true });
      expect(rule?.plain.checkedUnits).toBeGreaterThan(0);
    }
  });

  it.each(['doc-manual', 'sent-manual'])('%s: the plain reference is better on most rules and on every readability measure', (name) => {
    const { rules, readability } = set(name);
    expect(rules).toHaveLength(20);
    expect(rules.filter((rule) => rule.plainBetter).length).toBeGreaterThanOrEqual(16);
    expect(readability.plain.lix).toBeLessThan(readability.original.lix);
    expect(readability.plain.fleschAmstad).toBeGreaterThan(readability.original.fleschAmstad);
    expect(readability.plain.wienerSachtextformel).toBeLessThan(readability.original.wienerSachtextformel);
    expect(readability.plain.averageSentenceLength).toBeLessThan(readability.original.averageSentenceLength);
  });

  it('scores the identity baseline by keeping only', () => {
    for (const name of ['doc-manual', 'sent-manual']) {
      const sari = set(name).identitySari;
      expect(sari).toMatchObject({ deletion: 0, addition: 0 });
      expect(sari.keep).toBeGreaterThan(0);
      expect(sari.keep).toBeLessThan(100);
      expect(sari.sari).toBeCloseTo(sari.keep / 3, 10);
    }
  });

  it('formats a Markdown summary with one row per level and rule', () => {
    const markdown = formatSimplificationMarkdown(report);
    expect(markdown).toContain('## DEplain-web-doc, manually aligned (test) — 129 pairs');
    expect(markdown.match(/^\| (einfach|leicht) \| /gm)).toHaveLength(40);
    expect(markdown).toMatch(/Identity baseline \(output = original\) against the reference: SARI \d+\.\d\d/);
  });
});
