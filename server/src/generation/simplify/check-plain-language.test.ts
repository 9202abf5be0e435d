import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkPlainLanguage, compareReports, loadPlainLanguageRules, PLAIN_LANGUAGE_LEVELS } from '.';

const REPO = path.resolve(__dirname, '../../../..');
const rules = loadPlainLanguageRules(path.join(REPO, 'rules'));

const DENSE = 'Der Antrag auf Bewilligung von Wohngeld wird von der Wohngeldstelle geprüft, wenn sämtliche Nachweise ' +
  'hinsichtlich des Einkommens innerhalb der Frist eingereicht worden sind. Die Rechtsbehelfsbelehrung ist z. B. zu beachten.';
const PLAIN = 'Sie wollen Wohngeld bekommen?\nDann stellen Sie einen Antrag.\nSchicken Sie uns alle Papiere.\n' +
  'Die Wohngeld·stelle prüft den Antrag.\nSie bekommen dann einen Brief von uns.';

/** The sample corpus of Musterhaven (committed administrative texts), cut to `length` characters. */
function corpusText(length: number): string {
  const folder = path.join(REPO, 'corpus');
  let text = '';
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md').sort()) {
    text += `${readFileSync(path.join(folder, file), 'utf8')}\n\n`;
    if (text.length >= length) break;
  }
  return text.slice(0, length);
}

describe('checkPlainLanguage', () => {
  it('reports counts, readability and every rule of the level', () => {
    const report = checkPlainLanguage(PLAIN, 'leicht', rules);
    expect(report).toMatchObject({ level: 'leicht', rulesName: 'Leichte Sprache', rulesVersion: 1, characters: PLAIN.length, sentences: 5, words: 26 });
    expect(report.rules.map((rule) => rule.id)).toEqual(rules.leicht.rules.map((rule) => rule.id));
    expect(report.passedRules + report.failedRules).toBe(report.rules.length);
    expect(report.readability.lix).not.toBeNull();
  });

  it('lets the plain rewrite pass every Leichte-Sprache rule that the dense original fails', () => {
    const dense = checkPlainLanguage(DENSE, 'leicht', rules);
    const plain = checkPlainLanguage(PLAIN, 'leicht', rules);
    const failed = (report: typeof dense) => report.rules.filter((rule) => !rule.passed).map((rule) => rule.id);
    expect(failed(dense)).toEqual(['kurze-saetze', 'eine-aussage', 'aktiv', 'kein-genitiv', 'keine-abkuerzungen', 'lange-woerter-gliedern']);
    expect(failed(plain)).toEqual([]);
  });

  it('gives examples whose offsets cut exactly their text out of the input, in text order', () => {
    const text = corpusText(6000);
    for (const level of PLAIN_LANGUAGE_LEVELS) {
      for (const rule of checkPlainLanguage(text, level, rules, { maxExamples: 50 }).rules) {
        expect(rule.examples.length).toBe(Math.min(50, rule.violations));
        let previous = -1;
        for (const example of rule.examples) {
          expect(text.slice(example.start, example.end)).toBe(example.text);
          expect(example.start).toBeGreaterThanOrEqual(previous);
          expect(example.hint).not.toMatch(/\{\w+\}/);
          previous = example.start;
        }
      }
    }
  });

  it('limits the examples and handles an empty text', () => {
    const report = checkPlainLanguage(DENSE, 'leicht', rules, { maxExamples: 1 });
    expect(Math.max(...report.rules.map((rule) => rule.examples.length))).toBe(1);
    const empty = checkPlainLanguage('', 'einfach', rules);
    expect(empty).toMatchObject({ sentences: 0, words: 0, failedRules: 0 });
    expect(empty.rules.every((rule) => rule.rate === 0 && rule.checkedUnits === 0)).toBe(true);
  });
});

describe('compareReports', () => {
  it('reports per-rule deltas and readability changes from the original to the rewrite', () => {
    const comparison = compareReports(checkPlainLanguage(DENSE, 'leicht', rules), checkPlainLanguage(PLAIN, 'leicht', rules));
    const byId = new Map(comparison.rules.map((rule) => [rule.id, rule]));
    expect(byId.get('kurze-saetze')).toMatchObject({
      before: { violations: 1, rate: 0.5, passed: false }, after: { violations: 0, rate: 0, passed: true }, rateDelta: -0.5, violationsDelta: -1, change: 'improved', improved: true,
    });
    expect(byId.get('kein-konjunktiv')).toMatchObject({ rateDelta: 0, change: 'unchanged', improved: false });
    expect(comparison.improvedRules).toBe(6);
    expect(comparison.worsenedRules).toBe(0);
    const lix = comparison.readability.find((entry) => entry.metric === 'lix');
    expect(lix?.improved).toBe(true);
    expect(lix?.delta).toBeLessThan(0);
    expect(comparison.readability.find((entry) => entry.metric === 'fleschAmstad')?.change).toBe('improved');
  });

  it('marks a rule as worsened when the rate rises', () => {
    const comparison = compareReports(checkPlainLanguage('Peter ist gesund.', 'leicht', rules), checkPlainLanguage('Peter ist nicht krank.', 'leicht', rules));
    expect(comparison.rules.find((rule) => rule.id === 'wenig-verneinung')).toMatchObject({ rateDelta: 1, change: 'worsened' });
    expect(comparison.worsenedRules).toBe(1);
  });

  it('refuses to compare reports of different levels', () => {
    expect(() => compareReports(checkPlainLanguage(PLAIN, 'leicht', rules), checkPlainLanguage(PLAIN, 'einfach', rules))).toThrow(/"leicht" report with a "einfach" report/);
  });
});
