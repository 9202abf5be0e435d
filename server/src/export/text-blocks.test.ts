import { parseInlineRuns, parseTextBlocks } from './text-blocks';

describe('parseTextBlocks', () => {
  it('separates paragraphs at blank lines and keeps single line breaks inside a paragraph', () => {
    expect(parseTextBlocks('Erste Zeile\nzweite Zeile\n\n\nNeuer Absatz')).toEqual([
      { type: 'paragraph', lines: ['Erste Zeile', 'zweite Zeile'] },
      { type: 'paragraph', lines: ['Neuer Absatz'] },
    ]);
  });

  it('turns "- ", "* " and "• " lines into one bullet list, indented ones nested', () => {
    expect(parseTextBlocks('Vorweg:\n\n- Ausweis\n* Meldebescheinigung\n  - Original\n• Foto')).toEqual([
      { type: 'paragraph', lines: ['Vorweg:'] },
      {
        type: 'bullets',
        items: [
          { level: 0, text: 'Ausweis' },
          { level: 0, text: 'Meldebescheinigung' },
          { level: 1, text: 'Original' },
          { level: 0, text: 'Foto' },
        ],
      },
    ]);
  });

  it('appends an indented continuation line to the last bullet', () => {
    expect(parseTextBlocks('- Der Antrag ist\n  fristgerecht eingegangen.')).toEqual([
      { type: 'bullets', items: [{ level: 0, text: 'Der Antrag ist fristgerecht eingegangen.' }] },
    ]);
  });

  it('reads markdown headings up to level 3 and keeps "####" as text', () => {
    expect(parseTextBlocks('# Sachverhalt\n## Bewertung\n### Ergebnis\n#### zu tief')).toEqual([
      { type: 'heading', level: 1, text: 'Sachverhalt' },
      { type: 'heading', level: 2, text: 'Bewertung' },
      { type: 'heading', level: 3, text: 'Ergebnis' },
      { type: 'paragraph', lines: ['#### zu tief'] },
    ]);
  });

  it('keeps enumeration markers verbatim (Tenor items, "a)" sub-items)', () => {
    expect(parseTextBlocks('1. Der Antrag wird abgelehnt.\n2) Die Kosten trägt die Antragstellerin.\na) Gebühr: 50 €')).toEqual([
      { type: 'enumerated', marker: '1.', text: 'Der Antrag wird abgelehnt.' },
      { type: 'enumerated', marker: '2)', text: 'Die Kosten trägt die Antragstellerin.' },
      { type: 'enumerated', marker: 'a)', text: 'Gebühr: 50 €' },
    ]);
  });

  it('does not read "**bold**" at the start of a line as a bullet, and normalises CRLF', () => {
    expect(parseTextBlocks('**Hinweis:** bitte beachten\r\n\r\n- Punkt')).toEqual([
      { type: 'paragraph', lines: ['**Hinweis:** bitte beachten'] },
      { type: 'bullets', items: [{ level: 0, text: 'Punkt' }] },
    ]);
  });

  it('returns no blocks for whitespace only', () => {
    expect(parseTextBlocks(' \n\t\n')).toEqual([]);
  });
});

describe('parseInlineRuns', () => {
  it('splits bold spans and leaves an unpaired marker literal', () => {
    expect(parseInlineRuns('Frist: **ein Monat** ab Zugang, Preis 2**3')).toEqual([
      { text: 'Frist: ', bold: false },
      { text: 'ein Monat', bold: true },
      { text: ' ab Zugang, Preis 2**3', bold: false },
    ]);
  });
});
