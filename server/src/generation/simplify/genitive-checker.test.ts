import path from 'node:path';
import { checkPlainLanguage, loadPlainLanguageRules, type PlainLanguageLevel } from '.';

const rules = loadPlainLanguageRules(path.resolve(__dirname, '../../../../rules'));

const flagged = (level: PlainLanguageLevel, id: string, text: string) =>
  checkPlainLanguage(text, level, rules, { maxExamples: 50 }).rules.find((rule) => rule.id === id)?.examples.map((example) => example.text);

describe('genitive', () => {
  it('flags a genitive article in Leichte Sprache (Munich: "Das Haus des Lehrers")', () => {
    expect(flagged('leicht', 'kein-genitiv', 'Das Haus des Lehrers ist groß.')).toEqual(['des Lehrers']);
    expect(flagged('leicht', 'kein-genitiv', 'Das Haus von dem Lehrer ist groß.')).toEqual([]);
  });

  it('recognises "noun + der" but not a sentence-initial article or "der" after a verb', () => {
    expect(flagged('leicht', 'kein-genitiv', 'Wir lesen die Regeln der Stadt.')).toEqual(['Regeln der Stadt']);
    expect(flagged('leicht', 'kein-genitiv', 'Der Mann kauft Brot. Dann kommt der Bus.')).toEqual([]);
    expect(flagged('leicht', 'kein-genitiv', 'Denn: Der Mann kauft Brot.')).toEqual([]);
  });

  it('counts a genitive preposition and its article as one genitive', () => {
    expect(flagged('leicht', 'kein-genitiv', 'Wegen des Regens bleiben wir zu Hause.')).toEqual(['Wegen des Regens']);
    expect(flagged('einfach', 'keine-genitiv-ketten', 'Wegen des Regens bleiben wir zu Hause.')).toEqual([]);
  });

  it('flags only chains of genitives in Einfache Sprache (Munich ES example)', () => {
    const chain = 'Die Verordnung der Einhaltung der Abstandsregelungen gilt ab heute.';
    expect(flagged('einfach', 'keine-genitiv-ketten', chain)).toEqual(['Verordnung der Einhaltung', 'Einhaltung der Abstandsregelungen']);
    expect(flagged('einfach', 'keine-genitiv-ketten', 'Das ist Annas Auto und das Haus des Lehrers.')).toEqual([]);
  });
});
