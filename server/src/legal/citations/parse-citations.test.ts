import { parseLegalCitations, type ParsedCitation } from './parse-citations';

/** "41|2|1|" = § 41 Abs. 2 Satz 1, no Nummer. */
function summarise(citation: ParsedCitation) {
  return {
    text: citation.text,
    unit: citation.unit,
    law: citation.law?.name ?? null,
    key: citation.law?.key ?? null,
    targets: citation.targets.map((target) => [target.number, target.paragraph ?? '', target.sentence ?? '', target.item ?? ''].join('|')),
  };
}

describe('parseLegalCitations', () => {
  // Expected values written by hand from the citation grammar of German legal writing.
  const cases: Array<[string, string, string, string | null, string | null, string[]]> = [
    // input, cited text, unit, law as written, key, targets
    ['Nach § 41 Abs. 2 Satz 1 VwVfG gilt er als bekannt gegeben.', '§ 41 Abs. 2 Satz 1 VwVfG', '§', 'VwVfG', 'vwvfg', ['41|2|1|']],
    ['Für die Fristen gelten die §§ 187 bis 193 BGB entsprechend.', '§§ 187 bis 193 BGB', '§', 'BGB', 'bgb', ['187|||', '193|||']],
    ['gemäß § 31 Abs. 3 S. 1 VwVfG', '§ 31 Abs. 3 S. 1 VwVfG', '§', 'VwVfG', 'vwvfg', ['31|3|1|']],
    ['Art. 19 Abs. 4 GG garantiert Rechtsschutz.', 'Art. 19 Abs. 4 GG', 'Art.', 'GG', 'gg', ['19|4||']],
    ['nach Artikel 3 Absatz 1 des Grundgesetzes sind', 'Artikel 3 Absatz 1 des Grundgesetzes', 'Art.', 'Grundgesetzes', 'grundgesetz', ['3|1||']],
    ['Die Begründung (§ 35 SGB X) fehlt.', '§ 35 SGB X', '§', 'SGB X', 'sgb 10', ['35|||']],
    ['§ 9 Abs. 1 Nr. 2 BauGB erlaubt', '§ 9 Abs. 1 Nr. 2 BauGB', '§', 'BauGB', 'baugb', ['9|1||2']],
    ['die elektronische Kommunikation (§ 3a VwVfG)', '§ 3a VwVfG', '§', 'VwVfG', 'vwvfg', ['3a|||']],
    ['das Vorverfahren nach §§ 70, 74 VwGO', '§§ 70, 74 VwGO', '§', 'VwGO', 'vwgo', ['70|||', '74|||']],
    ['§ 35 Zehntes Buch Sozialgesetzbuch', '§ 35 Zehntes Buch Sozialgesetzbuch', '§', 'Zehntes Buch Sozialgesetzbuch', 'sgb 10', ['35|||']],
    ['§ 35 des Zehnten Buches Sozialgesetzbuch', '§ 35 des Zehnten Buches Sozialgesetzbuch', '§', 'Zehnten Buches Sozialgesetzbuch', 'sgb 10', ['35|||']],
    ['§ 35 Sozialgesetzbuch Zehntes Buch', '§ 35 Sozialgesetzbuch Zehntes Buch', '§', 'Sozialgesetzbuch Zehntes Buch', 'sgb 10', ['35|||']],
    ['§ 35 SGB 10 regelt', '§ 35 SGB 10', '§', 'SGB 10', 'sgb 10', ['35|||']],
    ['§ 7 Abs. 1 SGB II', '§ 7 Abs. 1 SGB II', '§', 'SGB II', 'sgb 2', ['7|1||']],
    ['§ 48 Abs. 1 Satz 1, Abs. 2 VwVfG', '§ 48 Abs. 1 Satz 1, Abs. 2 VwVfG', '§', 'VwVfG', 'vwvfg', ['48|1|1|', '48|2||']],
    ['§ 41 II 1 VwVfG', '§ 41 II 1 VwVfG', '§', 'VwVfG', 'vwvfg', ['41|2|1|']],
    ['§ 3 a VwVfG', '§ 3 a VwVfG', '§', 'VwVfG', 'vwvfg', ['3a|||']],
    ['die §§ 48 ff. VwVfG', '§§ 48 ff. VwVfG', '§', 'VwVfG', 'vwvfg', ['48|||']],
    ['§ 80 Abs. 2 Satz 1 Nr. 4 VwGO', '§ 80 Abs. 2 Satz 1 Nr. 4 VwGO', '§', 'VwGO', 'vwgo', ['80|2|1|4']],
    ['Art. 6 Abs. 1 lit. e DSGVO', 'Art. 6 Abs. 1 lit. e DSGVO', 'Art.', 'DSGVO', 'dsgvo', ['6|1||']],
    ['§ 41 Abs. 2 und 3 VwVfG', '§ 41 Abs. 2 und 3 VwVfG', '§', 'VwVfG', 'vwvfg', ['41|2||', '41|3||']],
    ['§ 187 Abs. 1 des Bürgerlichen Gesetzbuchs', '§ 187 Abs. 1 des Bürgerlichen Gesetzbuchs', '§', 'Bürgerlichen Gesetzbuchs', 'bürgerlich gesetzbuch', ['187|1||']],
    ['§ 1 Abs. 1 BDSG 2018', '§ 1 Abs. 1 BDSG 2018', '§', 'BDSG 2018', 'bdsg 2018', ['1|1||']],
    ['§ 1 VwVfG NRW', '§ 1 VwVfG NRW', '§', 'VwVfG NRW', 'vwvfg nrw', ['1|||']],
    ['Paragraph 41 VwVfG', 'Paragraph 41 VwVfG', '§', 'VwVfG', 'vwvfg', ['41|||']],
    ['wie in § 41 Abs. 2 VwVfG.', '§ 41 Abs. 2 VwVfG', '§', 'VwVfG', 'vwvfg', ['41|2||']],
    ['§ 3 des E-Government-Gesetzes', '§ 3 des E-Government-Gesetzes', '§', 'E-Government-Gesetzes', 'e-government-gesetz', ['3|||']],
    ['§\u00a041 VwVfG', '§\u00a041 VwVfG', '§', 'VwVfG', 'vwvfg', ['41|||']],
    ['§§ 8a bis 8e VwVfG', '§§ 8a bis 8e VwVfG', '§', 'VwVfG', 'vwvfg', ['8a|||', '8e|||']],
    ['§ 2 Abs. 2 Nr. 1 und 3 PaßG', '§ 2 Abs. 2 Nr. 1 und 3 PaßG', '§', 'PaßG', 'passg', ['2|2||1', '2|2||3']],
    ['§ 5 Abs. 1 Satz 2 2. Halbsatz FreizügG/EU', '§ 5 Abs. 1 Satz 2 2. Halbsatz FreizügG/EU', '§', 'FreizügG/EU', 'freizügg/eu', ['5|1|2|']],
    ['§ 3 Abs. 2 der Hundesteuersatzung', '§ 3 Abs. 2 der Hundesteuersatzung', '§', 'Hundesteuersatzung', 'hundesteuersatzung', ['3|2||']],
    // No law follows: the citation is found, the law stays open.
    ['nach § 4 der Satzung', '§ 4', '§', null, null, ['4|||']],
    ['Die Frist nach § 41 Abs. 2 beginnt', '§ 41 Abs. 2', '§', null, null, ['41|2||']],
    ['nach § 5 des Gesetzes', '§ 5', '§', null, null, ['5|||']],
    ['vgl. § 113 Abs. 1 BVerwG, Urteil', '§ 113 Abs. 1', '§', null, null, ['113|1||']],
    ['Art. 15 Abs. 1 G v. 4.5.2021', 'Art. 15 Abs. 1', 'Art.', null, null, ['15|1||']],
    ['§ 41 Die Behörde', '§ 41', '§', null, null, ['41|||']],
  ];

  it.each(cases)('%s', (input, text, unit, law, key, targets) => {
    const citations = parseLegalCitations(input);
    expect(citations.map(summarise)).toEqual([{ text, unit, law, key, targets }]);
    const [citation] = citations;
    expect(input.slice(citation?.start, citation?.end)).toBe(text);
  });

  const notCitations = [
    'Das §-Zeichen steht für Paragraph.',
    'Die Art. der Nutzung ist festzusetzen.',
    'Art und Maß der baulichen Nutzung',
    'Tel. 0421 361-0, Fax 0421 361-2, Zimmer 12',
    'Artikelnummer 12345 ist vorrätig.',
    'Art.-Nr. 4711',
    'gilt § 0421 nicht',
    'siehe § 3.2 der Satzung',
    'Abs. 2 Satz 1 Nr. 3 bleibt unberührt',
    'die Paragraphen des Gesetzes',
    'Kapitel 3.2, Seite 14',
    '§ 12345 ist zu lang',
  ];

  it.each(notCitations)('finds no citation in %p', (input) => {
    expect(parseLegalCitations(input)).toEqual([]);
  });

  it('gives a citation without a law the law of the next one in a chain', () => {
    const citations = parseLegalCitations('Art. 2 Abs. 1 i.V.m. Art. 1 Abs. 1 GG schützt; § 41 Abs. 2 und § 43 VwVfG; § 5 und die Frist.');
    expect(citations.map(summarise)).toEqual([
      { text: 'Art. 2 Abs. 1', unit: 'Art.', law: 'GG', key: 'gg', targets: ['2|1||'] },
      { text: 'Art. 1 Abs. 1 GG', unit: 'Art.', law: 'GG', key: 'gg', targets: ['1|1||'] },
      { text: '§ 41 Abs. 2', unit: '§', law: 'VwVfG', key: 'vwvfg', targets: ['41|2||'] },
      { text: '§ 43 VwVfG', unit: '§', law: 'VwVfG', key: 'vwvfg', targets: ['43|||'] },
      { text: '§ 5', unit: '§', law: null, key: null, targets: ['5|||'] },
    ]);
    expect(citations[0]?.law?.inherited).toBe(true);
    expect(citations[1]?.law?.inherited).toBe(false);
  });

  it('finds several citations in running text with exact offsets', () => {
    const text = 'Der Bescheid ist nach § 37 Abs. 3 VwVfG zu begründen (§ 39 VwVfG); Klage nach § 74 Abs. 1 Satz 1 VwGO.';
    const citations = parseLegalCitations(text);
    expect(citations.map((citation) => citation.text)).toEqual(['§ 37 Abs. 3 VwVfG', '§ 39 VwVfG', '§ 74 Abs. 1 Satz 1 VwGO']);
    for (const citation of citations) expect(text.slice(citation.start, citation.end)).toBe(citation.text);
    expect(citations[1]?.start).toBe(text.indexOf('§ 39'));
  });

  it('bounds the targets of one citation', () => {
    const numbers = Array.from({ length: 40 }, (_, index) => String(index + 1)).join(', ');
    const [citation] = parseLegalCitations(`§§ ${numbers} BGB`);
    expect(citation?.targets).toHaveLength(12);
    expect(citation?.law?.name).toBe('BGB');
  });
});
