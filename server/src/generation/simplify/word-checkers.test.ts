import path from 'node:path';
import { checkPlainLanguage, loadPlainLanguageRules, type PlainLanguageLevel } from '.';
import { composedValue } from './word-checkers';

const rules = loadPlainLanguageRules(path.resolve(__dirname, '../../../../rules'));

const examples = (level: PlainLanguageLevel, id: string, text: string) =>
  checkPlainLanguage(text, level, rules, { maxExamples: 50 }).rules.find((rule) => rule.id === id)?.examples ?? [];
const flagged = (level: PlainLanguageLevel, id: string, text: string) => examples(level, id, text).map((example) => example.text);

describe('number-words', () => {
  it('flags number words with the digits in the hint', () => {
    const found = examples('leicht', 'zahlen-als-ziffern', 'Wir haben drei Kinder und zwölf Enkel. Zwei wohnen hier.');
    expect(found.map((example) => [example.text, example.hint])).toEqual([
      ['drei', 'Schreiben Sie Zahlen als Ziffern: 3 statt „drei“.'],
      ['zwölf', 'Schreiben Sie Zahlen als Ziffern: 12 statt „zwölf“.'],
      ['Zwei', 'Schreiben Sie Zahlen als Ziffern: 2 statt „Zwei“.'],
    ]);
  });

  it('composes numbers from parts', () => {
    const parts = new Map([['ein', 1], ['drei', 3], ['vier', 4], ['zwei', 2], ['fünf', 5], ['zwanzig', 20], ['vierzig', 40], ['hundert', 100], ['tausend', 1000]]);
    expect(composedValue('dreiundzwanzig', parts)).toBe(23);
    expect(composedValue('einundzwanzig', parts)).toBe(21);
    expect(composedValue('zweihundertdreiundvierzig', parts)).toBe(243);
    expect(composedValue('viertausendfünfhundert', parts)).toBe(4500);
    expect(composedValue('drei', parts)).toBeNull();
    expect(composedValue('einer', parts)).toBeNull();
  });

  it('leaves digits, articles, ordinals and "Millionen" alone', () => {
    expect(flagged('leicht', 'zahlen-als-ziffern', 'Sie bekommen 3 Briefe. Das ist der erste Brief von einer Frau. Es kostet 4 Millionen Euro. Einmal ist keinmal.')).toEqual([]);
  });

  it('counts words as units', () => {
    const result = checkPlainLanguage('Wir haben drei Kinder.', 'einfach', rules).rules.find((rule) => rule.id === 'zahlen-als-ziffern');
    expect(result).toMatchObject({ unit: 'word', checkedUnits: 4, affectedUnits: 1, rate: 0.25 });
  });
});

describe('negation', () => {
  it('flags every negation in Leichte Sprache but only difficult ones in Einfache Sprache', () => {
    expect(flagged('leicht', 'wenig-verneinung', 'Peter ist nicht krank.')).toEqual(['nicht']);
    expect(flagged('leicht', 'wenig-verneinung', 'Peter ist gesund.')).toEqual([]);
    expect(flagged('einfach', 'schwierige-verneinung', 'Peter ist nicht krank. Ich habe kein Auto.')).toEqual([]);
    expect(flagged('einfach', 'schwierige-verneinung', 'Wir haben weder Geld noch Zeit. Das ist keineswegs sicher.')).toEqual(['weder', 'keineswegs']);
  });

  it('flags double negation as one phrase on both levels', () => {
    expect(flagged('leicht', 'wenig-verneinung', 'Das ist nicht unwichtig.')).toEqual(['nicht unwichtig']);
    expect(flagged('einfach', 'schwierige-verneinung', 'Das ist nicht ganz ungefährlich.')).toEqual(['nicht ganz ungefährlich']);
  });

  it('does not read "unter", "unser" or "unbedingt" as a negating prefix', () => {
    expect(flagged('einfach', 'schwierige-verneinung', 'Das ist nicht unser Problem. Wir können nicht unterschreiben. Das ist nicht unbedingt nötig.')).toEqual([]);
  });
});

describe('foreign-words', () => {
  it('flags listed words, inflected forms and compounds, with the replacement', () => {
    const text = 'Wir machen zwei Workshops. Der Onlinedienst hat einen Projektmanager.';
    expect(examples('leicht', 'keine-fremdwoerter', text).map((example) => [example.text, example.hint])).toEqual([
      ['Workshops', 'Fremdwort „Workshops“: Verwenden Sie ein bekanntes Wort oder erklären Sie es. Vorschlag: Arbeits·gruppe.'],
      ['Onlinedienst', 'Fremdwort „Onlinedienst“: Verwenden Sie ein bekanntes Wort oder erklären Sie es. Vorschlag: im Internet.'],
      ['Projektmanager', 'Fremdwort „Projektmanager“: Verwenden Sie ein bekanntes Wort oder erklären Sie es. Vorschlag: Leiter.'],
    ]);
  });

  it('reports the foreign part of a hyphenated word with its own offsets', () => {
    const text = 'Stellen Sie einen Online-Antrag.';
    const [example] = examples('einfach', 'wenig-fremdwoerter', text);
    expect(example).toMatchObject({ text: 'Online', start: text.indexOf('Online'), end: text.indexOf('-Antrag') });
  });

  it('matches a hyphenated entry as a whole and ignores listed exceptions', () => {
    expect(flagged('leicht', 'keine-fremdwoerter', 'Wir haben das Know-how.')).toEqual(['Know-how']);
    expect(flagged('leicht', 'keine-fremdwoerter', 'Das ist eventuell möglich. Wir treffen uns.')).toEqual([]);
  });
});

describe('abbreviations', () => {
  it('finds abbreviations with and without inner spaces, with the written-out form', () => {
    const found = examples('leicht', 'keine-abkuerzungen', 'Bringen Sie z. B. den Ausweis mit, z.B. auch Fotos usw.');
    expect(found.map((example) => [example.text, example.hint])).toEqual([
      ['z. B.', 'Abkürzung „z. B.“: Schreiben Sie das Wort aus (zum Beispiel).'],
      ['z.B.', 'Abkürzung „z.B.“: Schreiben Sie das Wort aus (zum Beispiel).'],
      ['usw.', 'Abkürzung „usw.“: Schreiben Sie das Wort aus (und so weiter).'],
    ]);
  });

  it('prefers the longest match and flags § only in Leichte Sprache', () => {
    const text = 'Das regelt § 41 Abs. 2 i. V. m. § 43 VwVfG.';
    expect(flagged('leicht', 'keine-abkuerzungen', text)).toEqual(['§', 'Abs.', 'i. V. m.', '§']);
    expect(flagged('einfach', 'wenig-abkuerzungen', text)).toEqual(['Abs.', 'i. V. m.']);
  });

  it('does not match inside words or allowed short words', () => {
    expect(flagged('leicht', 'keine-abkuerzungen', 'Das WC ist im Haus. Die Frau. A. ist alt. Das Amt hilft gem einsam.')).toEqual([]);
  });
});
