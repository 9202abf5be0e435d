import { joinPages, normalizeLayoutText, normalizeLineEndings, PAGE_SEPARATOR } from './normalize-text';
import { cleanTitle, firstLineTitle, markdownTitle, MAX_TITLE_LENGTH, meaningfulPdfTitle } from './title';

describe('normalizeLayoutText', () => {
  it.each([
    ['re-joins lowercase words split at line ends', 'Die Verwal-\ntung prüft', 'Die Verwaltung prüft'],
    ['tolerates blanks around the break', 'Sozial- \n  hilfe', 'Sozialhilfe'],
    ['keeps the hyphen before an uppercase word', 'E-\nMail und Beihilfe-\nIdentifikationsnummer', 'E-\nMail und Beihilfe-\nIdentifikationsnummer'],
    ['keeps the hyphen before a conjunction', 'Kranken-\nund Pflegeversicherung, Land-\noder Forstwirtschaft', 'Kranken-\nund Pflegeversicherung, Land-\noder Forstwirtschaft'],
    ['keeps hyphens between digits', '§§ 3-\n5', '§§ 3-\n5'],
    ['removes soft hyphens', 'Wohn\u00ADgeld', 'Wohngeld'],
    ['composes to NFC', 'Gru\u0308n', 'Grün'],
    ['trims trailing blanks and collapses spaces', 'Name   Vorname   \nOrt\t \n', 'Name Vorname\nOrt'],
    ['keeps tabs as cell separators, without blanks around them', 'Name \t Vorname', 'Name\tVorname'],
    ['collapses three or more newlines', 'A\n\n\n\nB\n \n \nC', 'A\n\nB\n\nC'],
    ['turns control characters into spaces', 'Antrag\u0003auf\u0002Wohngeld', 'Antrag auf Wohngeld'],
    ['unifies line endings', 'A\r\nB\rC', 'A\nB\nC'],
    ['trims the page', '\n\n  Seite 1  \n\n', 'Seite 1'],
  ])('%s', (_label, input, expected) => {
    expect(normalizeLayoutText(input)).toBe(expected);
  });

  it('normalizeLineEndings changes nothing else', () => {
    expect(normalizeLineEndings('# T\r\n\r\n\r\n\r\nText  \r\n')).toBe('# T\n\n\n\nText  \n');
  });
});

describe('joinPages', () => {
  it('records exact offsets and separates pages with a blank line', () => {
    const pages = ['Seite eins', 'Seite zwei', 'Seite drei'];
    const joined = joinPages(pages);
    expect(joined.text).toBe(pages.join(PAGE_SEPARATOR));
    joined.pages.forEach((page, i) => expect(joined.text.slice(page.start, page.end)).toBe(pages[i]));
  });

  it('gives empty pages an empty range without extra separators', () => {
    const joined = joinPages(['', 'A', '', '', 'B', '']);
    expect(joined.text).toBe('A\n\nB');
    expect(joined.pages).toEqual([
      { number: 1, start: 0, end: 0 },
      { number: 2, start: 0, end: 1 },
      { number: 3, start: 1, end: 1 },
      { number: 4, start: 1, end: 1 },
      { number: 5, start: 3, end: 4 },
      { number: 6, start: 4, end: 4 },
    ]);
  });
});

describe('titles', () => {
  it('cleans and shortens titles at a word boundary', () => {
    expect(cleanTitle('  Bescheid \n über\tWohngeld ')).toBe('Bescheid über Wohngeld');
    expect(cleanTitle(' \n ')).toBeNull();
    const long = cleanTitle('Wort '.repeat(60));
    expect(long?.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(long).toMatch(/Wort…$/);
  });

  it('skips lines without a real word when taking the first line', () => {
    expect(firstLineTitle('2!\n- A l l g e m e i n e -\n\nAntrag auf Wohngeld\nText')).toBe('Antrag auf Wohngeld');
    expect(firstLineTitle('12\n\n--')).toBeNull();
  });

  it('prefers the first "# " heading in Markdown', () => {
    expect(markdownTitle('Vorspann\n\n## Unterabschnitt\n# Haupttitel #\n')).toBe('Haupttitel');
    expect(markdownTitle('## Nur Unterabschnitt\nText')).toBe('Nur Unterabschnitt');
  });

  it.each([
    ['Merkblatt zum Wohngeld', 'Merkblatt zum Wohngeld'],
    ['Antrag auf Beratungshilfe (Anlage 1)', 'Antrag auf Beratungshilfe (Anlage 1)'],
    ['783980.pdf', null],
    ['785883_27-.indd', null],
    ['tmp-5896', null],
    ['803588_01', null],
    ['bgbl114027 785..872', null],
    ['774694_06_b (Page 2)', null],
    ['Bundesgesetzblatt Teil I Nr. 36', null],
    ['Microsoft Word - Antrag.doc', null],
    ['', null],
    [42, null],
  ])('judges the PDF Info title %p', (raw, expected) => {
    expect(meaningfulPdfTitle(raw)).toBe(expected);
  });
});
