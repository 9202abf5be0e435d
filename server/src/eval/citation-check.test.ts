import {
  containsGoldAnswer, extractQuotations, isRefusal, offsetsExact, quotationSpans, quoteOccursIn, scoreQuotations,
} from './citation-check';

describe('research answer scoring', () => {
  it('finds a gold answer case- and whitespace-insensitively, and never an empty one', () => {
    expect(containsGoldAnswer('Der Antrag ist  binnen EINES Monats zu stellen.', ['eines monats'])).toBe(true);
    expect(containsGoldAnswer('Der Antrag ist binnen eines Monats zu stellen.', ['zwei Wochen', 'eines\nMonats'])).toBe(true);
    expect(containsGoldAnswer('Der Antrag ist binnen eines Monats zu stellen.', ['zwei Wochen'])).toBe(false);
    expect(containsGoldAnswer('irgendetwas', ['', '  '])).toBe(false);
  });

  it('extracts quotations with their marker, keeping nested quotation marks inside', () => {
    const answer = 'Einleitung:\n\n„Eltern konnten auf eine „semi-private“ Form namens „Model C“ umsteigen.“ [3]\n\n' +
      '„Der Vorgang dauert vier Wochen.“ [1] Danach „ohne Beleg“. Und "gerade Zeichen" [2].';
    expect(quotationSpans(answer).map((span) => span.quote)).toEqual([
      'Eltern konnten auf eine „semi-private“ Form namens „Model C“ umsteigen.', 'Der Vorgang dauert vier Wochen.', 'ohne Beleg', 'gerade Zeichen',
    ]);
    expect(extractQuotations(answer)).toEqual([
      { quote: 'Eltern konnten auf eine „semi-private“ Form namens „Model C“ umsteigen.', marker: 3 },
      { quote: 'Der Vorgang dauert vier Wochen.', marker: 1 },
      // The sentence ends before any marker: not attributed.
      { quote: 'ohne Beleg', marker: null },
      { quote: 'gerade Zeichen', marker: 2 },
    ]);
    // An English-style inner quotation (“…”) inside a German one stays inside it.
    expect(extractQuotations('„Er sagte: “Ja, ich kenne das Gefühl.” Dann ging er.“ [2]')).toEqual([
      { quote: 'Er sagte: “Ja, ich kenne das Gefühl.” Dann ging er.', marker: 2 },
    ]);
    // Shorter than four characters, or unclosed: no quotation.
    expect(extractQuotations('„Ja“ [1] und „offen [2]')).toEqual([]);
  });

  it('scores quotations at the cited place: 2 verified of 5 (one not contiguous, one unattributed, one unknown marker)', () => {
    const places = [
      { marker: 1, sourceText: 'Die Frist beträgt einen Monat.\nSie beginnt mit der Bekanntgabe.' },
      { marker: 2, sourceText: 'Gebühren werden nach der Gebührenordnung erhoben.' },
    ];
    const answer = '„Die Frist beträgt einen Monat. Sie beginnt“ [1]. „Gebühren werden erhoben“ [2]. ' +
      '„nach der Gebührenordnung“ [2]. „einen Monat“ ohne Nummer. „Irgendwas Erfundenes“ [7].';
    // 1: verified across a line break (whitespace collapsed); 2: words not contiguous in [2];
    // 3: verified; 4: no marker; 5: marker 7 names no passage.
    expect(scoreQuotations(answer, places)).toEqual({ quotes: 5, verified: 2, unattributed: 1, unknownMarker: 1 });
    expect(quoteOccursIn('Frist  beträgt', 'Die Frist beträgt')).toBe(true);
    expect(quoteOccursIn('frist beträgt', 'Die Frist beträgt')).toBe(false);
  });

  it('checks offsets against the document text character for character', () => {
    const text = 'Erster Satz. Zweiter Satz.';
    expect(offsetsExact({ quote: 'Zweiter Satz.', start: 13, end: 26 }, text)).toBe(true);
    expect(offsetsExact({ quote: 'Zweiter Satz.', start: 12, end: 25 }, text)).toBe(false);
    expect(offsetsExact({ quote: '', start: 3, end: 3 }, text)).toBe(false);
  });

  it('counts a refusal only in the model’s own words, and "nothing found" always', () => {
    expect(isRefusal({ mode: 'extractive', found: false, answer: 'Im Bestand wurden keine Fundstellen gefunden.' })).toBe(true);
    expect(isRefusal({ mode: 'extractive', found: true, answer: '„Das lässt sich nicht beantworten.“ [1]' })).toBe(false);
    expect(isRefusal({ mode: 'generative', found: true, answer: 'Dazu enthalten die Fundstellen keine Angabe.' })).toBe(true);
    expect(isRefusal({ mode: 'generative', found: true, answer: 'Laut [1] gilt: „Eine Angabe ist nicht beantwortbar.“ Die Frist ist ein Monat [1].' })).toBe(false);
  });
});
