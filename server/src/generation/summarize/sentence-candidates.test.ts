import { collectCandidates } from './sentence-candidates';

const texts = (source: string) => collectCandidates(source).map((c) => c.text);

describe('collectCandidates', () => {
  it('keeps sentences with exact offsets and word counts', () => {
    const source = 'Der Antrag ist schriftlich zu stellen. Die Frist beträgt einen Monat.';
    const candidates = collectCandidates(source);
    expect(candidates).toEqual([
      { start: 0, end: 38, text: 'Der Antrag ist schriftlich zu stellen.', words: 6, index: 0, paragraph: 0, section: 0 },
      { start: 39, end: 69, text: 'Die Frist beträgt einen Monat.', words: 5, index: 1, paragraph: 0, section: 0 },
    ]);
    for (const c of candidates) expect(source.slice(c.start, c.end)).toBe(c.text);
  });

  it('leaves out Markdown, Wikipedia and § headings and counts sections', () => {
    const source = [
      '# Wohngeld in Musterhaven', '', 'Wohngeld ist ein Zuschuss zur Miete.', '', '== Geschichte', '',
      'Das Wohngeld wurde 1965 eingeführt.', '', '§ 41 Bekanntgabe des Verwaltungsaktes', '',
      'Ein Verwaltungsakt ist bekannt zu geben.',
    ].join('\n');
    const candidates = collectCandidates(source);
    expect(candidates.map((c) => [c.text, c.section])).toEqual([
      ['Wohngeld ist ein Zuschuss zur Miete.', 1],
      ['Das Wohngeld wurde 1965 eingeführt.', 2],
      ['Ein Verwaltungsakt ist bekannt zu geben.', 3],
    ]);
  });

  it('separates a heading from the sentence on the next line', () => {
    const source = '## Zuständigkeit\nZuständig ist das Bürgeramt der Stadt.';
    const [candidate] = collectCandidates(source);
    expect(candidate?.text).toBe('Zuständig ist das Bürgeramt der Stadt.');
    expect(candidate?.start).toBe(17);
    expect(candidate?.section).toBe(1);
  });

  it('drops list markers and fragments shorter than four words', () => {
    const source = 'Mitzubringen sind:\n- Der gültige Personalausweis oder Reisepass\n- Foto\n(2) Die Gebühr beträgt 37 Euro.\n\nSiehe auch';
    expect(texts(source)).toEqual(['Der gültige Personalausweis oder Reisepass', 'Die Gebühr beträgt 37 Euro.']);
  });

  it('does not take a sentence ending mid-line without a period for a heading', () => {
    expect(texts('Er kam sehr spät. Dann ging er\nnach Hause zurück.')).toEqual(['Er kam sehr spät.', 'Dann ging er\nnach Hause zurück.']);
  });

  it('leaves out lines that do not end like a sentence, unless asked to keep them', () => {
    // The first line has 14 words, too many for a heading.
    const source = 'Freie und Hansestadt Musterhaven – Bezirksamt Musterhaven-Mitte, Rechtsamt · Gültig ab 1. Februar 2026 · Az. MH-21-2026/0001\n\n' +
      'Die Dienstanweisung gilt für alle Ämter.';
    expect(texts(source)).toEqual(['Die Dienstanweisung gilt für alle Ämter.']);
    expect(collectCandidates(source, { sentencesOnly: false }).map((c) => c.text)).toHaveLength(2);
  });

  it('counts paragraphs at blank lines', () => {
    const candidates = collectCandidates('Erster Absatz mit Satz eins.\n\nZweiter Absatz mit Satz zwei. Und noch ein Satz hier.');
    expect(candidates.map((c) => c.paragraph)).toEqual([0, 1, 1]);
  });
});
