import path from 'node:path';
import { checkPlainLanguage, loadPlainLanguageRules, type PlainLanguageLevel } from '.';

const rules = loadPlainLanguageRules(path.resolve(__dirname, '../../../../rules'));

const examples = (level: PlainLanguageLevel, id: string, text: string) =>
  checkPlainLanguage(text, level, rules, { maxExamples: 50 }).rules.find((rule) => rule.id === id)?.examples ?? [];
const suggestions = (level: PlainLanguageLevel, text: string) =>
  examples(level, 'lange-woerter-gliedern', text).map((example) => [example.text, example.hint]);

describe('long-compounds', () => {
  it('suggests Mediopunkt splits for long compounds in Leichte Sprache, linking elements staying left', () => {
    expect(suggestions('leicht', 'Lesen Sie die Rechtsbehelfsbelehrung.')).toEqual([
      ['Rechtsbehelfsbelehrung', 'Langes Wort „Rechtsbehelfsbelehrung“ (6 Silben). Vorschlag: Rechts·behelfs·belehrung.'],
    ]);
    expect(suggestions('leicht', 'Die Krankenversicherung zahlt.')).toEqual([
      ['Krankenversicherung', 'Langes Wort „Krankenversicherung“ (6 Silben). Vorschlag: Kranken·versicherung.'],
    ]);
  });

  it('keeps the original spelling when folding changes the length (ß → ss)', () => {
    const [example] = examples('leicht', 'lange-woerter-gliedern', 'Die Straßenverkehrsordnung gilt.');
    expect(example?.hint).toBe('Langes Wort „Straßenverkehrsordnung“ (6 Silben). Vorschlag: Straßen·verkehrs·ordnung.');
  });

  it('accepts short compounds and words already split with Mediopunkt or hyphen', () => {
    expect(suggestions('leicht', 'Sie bekommen Bürgergeld. Lesen Sie die Rechts·behelfs·belehrung. Das Bundes-Gleichstellungs-Gesetz gilt.')).toEqual([]);
  });

  it('checks only nouns, so derived adjectives stay whole', () => {
    expect(suggestions('leicht', 'Wir kommen regelmäßig und unterschiedlich.')).toEqual([]);
  });

  it('uses a higher threshold and hyphens in Einfache Sprache', () => {
    const text = 'Bringen Sie den Personalausweis und die Krankenversicherungskarte mit.';
    expect(suggestions('leicht', text).map(([word]) => word)).toEqual(['Personalausweis', 'Krankenversicherungskarte']);
    expect(suggestions('einfach', text)).toEqual([
      ['Krankenversicherungskarte', 'Langes Wort „Krankenversicherungskarte“ (8 Silben). Vorschlag: Kranken-Versicherungs-Karte.'],
    ]);
  });

  it('gives offsets of the flagged part inside a hyphenated word', () => {
    const text = 'Das ist die Online-Rechtsbehelfsbelehrung.';
    const [example] = examples('leicht', 'lange-woerter-gliedern', text);
    expect(example).toMatchObject({ text: 'Rechtsbehelfsbelehrung', start: text.indexOf('Rechts'), end: text.length - 1 });
  });
});
