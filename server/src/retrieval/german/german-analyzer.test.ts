import { createGermanAnalyzer } from './index';

const analyzer = createGermanAnalyzer();
const analyze = (text: string): string[] => analyzer.analyze(text);
/** Stem of a single word as the analyzer emits it (first term). */
const stemOf = (word: string): string => analyze(word)[0] ?? '';

describe('folding', () => {
  it.each([
    ['Straße', 'Strasse', 'STRASSE'],
    ['Größe', 'Groesse', 'GROESSE'],
    ['Bürger', 'Buerger', 'BÜRGER'],
    ['Ämter', 'Aemter', 'AEMTER'],
    ['Übergabe', 'Uebergabe', 'UEBERGABE'],
    ['Café', 'Cafe', 'CAFÉ'],
  ])('%s = %s = %s', (a, b, c) => {
    expect(analyze(b)).toEqual(analyze(a));
    expect(analyze(c)).toEqual(analyze(a));
  });

  it('maps digraphs to umlauts in both directions of a text pair', () => {
    expect(analyze('Gebühren für Bürger')).toEqual(analyze('Gebuehren fuer Buerger'));
    expect(analyze('Aemter und Behoerden')).toEqual(analyze('Ämter und Behörden'));
  });

  it('keeps "ue" after q and after vowels (Quelle, Steuer, bauen)', () => {
    expect(stemOf('Quelle')).toBe('quell');
    expect(stemOf('Steuern')).toBe(stemOf('Steuer'));
    expect(stemOf('bauen')).toBe(stemOf('Bau'));
  });
});

describe('stemming', () => {
  it.each([
    ['Fristen', 'Frist'],
    ['Behörden', 'Behörde'],
    ['Gebühren', 'Gebühr'],
    ['Anträge', 'Antrag'],
    ['Bescheide', 'Bescheid'],
    ['Gesetzes', 'Gesetz'],
  ])('%s matches %s', (plural, singular) => {
    expect(stemOf(plural)).toBe(stemOf(singular));
  });

  it.each([
    ['Antragstellerin', 'Antragsteller'],
    ['Bürgerinnen', 'Bürger'],
    ['Studentin', 'Student'],
    ['Ärztin', 'Arzt'],
  ])('feminine %s matches %s', (feminine, masculine) => {
    expect(stemOf(feminine)).toBe(stemOf(masculine));
  });

  it('drops the suffix of gender-star forms', () => {
    expect(analyze('Bürger*innen')).toEqual(analyze('Bürger'));
    expect(analyze('Bürger:innen')).toEqual(analyze('Bürger'));
  });
});

// [compound, parts it must also yield]
const COMPOUNDS: Array<[string, string[]]> = [
  ['Widerspruchsfrist', ['Widerspruch', 'Frist']],
  ['Verwaltungsgebühr', ['Verwaltung', 'Gebühr']],
  ['Verwaltungsgebühren', ['Verwaltung', 'Gebühr']],
  ['Verwaltungsakt', ['Verwaltung', 'Akt']],
  ['Bauantrag', ['Bau', 'Antrag']],
  ['Baugenehmigung', ['Bau', 'Genehmigung']],
  ['Personalausweis', ['Personal', 'Ausweis']],
  ['Aufenthaltserlaubnis', ['Aufenthalt', 'Erlaubnis']],
  ['Aufenthaltstitel', ['Aufenthalt', 'Titel']],
  ['Steuererklärung', ['Steuer', 'Erklärung']],
  ['Einkommensteuer', ['Einkommen', 'Steuer']],
  ['Kindergeld', ['Kind', 'Geld']],
  ['Elterngeld', ['Eltern', 'Geld']],
  ['Wohngeld', ['wohnen', 'Geld']],
  ['Meldebescheinigung', ['melden', 'Bescheinigung']],
  ['Geburtsurkunde', ['Geburt', 'Urkunde']],
  ['Heiratsurkunde', ['Heirat', 'Urkunde']],
  ['Standesamt', ['Stand', 'Amt']],
  ['Bürgeramt', ['Bürger', 'Amt']],
  ['Ordnungsamt', ['Ordnung', 'Amt']],
  ['Finanzamt', ['Finanz', 'Amt']],
  ['Rechtsanwalt', ['Recht', 'Anwalt']],
  ['Rechtsbehelfsbelehrung', ['Rechtsbehelf', 'Belehrung']],
  ['Amtsgericht', ['Amt', 'Gericht']],
  ['Bundesverfassungsgericht', ['Bund', 'Verfassung', 'Gericht']],
  ['Grundgesetz', ['Grund', 'Gesetz']],
  ['Verwaltungsverfahrensgesetz', ['Verwaltung', 'Verfahren', 'Gesetz']],
  ['Zustellungsurkunde', ['Zustellung', 'Urkunde']],
  ['Fahrerlaubnis', ['fahren', 'Erlaubnis']],
  ['Führerschein', ['Führer', 'Schein']],
  ['Reisepass', ['Reise', 'Pass']],
  ['Hundesteuer', ['Hund', 'Steuer']],
  ['Gewerbeanmeldung', ['Gewerbe', 'Anmeldung']],
  ['Abfallgebühren', ['Abfall', 'Gebühr']],
  ['Straßenreinigung', ['Straße', 'Reinigung']],
  ['Bewohnerparkausweis', ['Bewohner', 'Ausweis']],
  ['Kirchensteuer', ['Kirche', 'Steuer']],
  ['Rentenversicherung', ['Rente', 'Versicherung']],
  ['Sozialhilfe', ['sozial', 'Hilfe']],
  ['Kindertagesstätte', ['Kind', 'Tag', 'Stätte']],
  ['Schulpflicht', ['Schule', 'Pflicht']],
  ['Naturschutz', ['Natur', 'Schutz']],
  ['Datenschutzbeauftragter', ['Daten', 'Schutz']],
  ['Staatsangehörigkeit', ['Staat', 'Angehörigkeit']],
  ['Namensänderung', ['Name', 'Änderung']],
  ['Hauptwohnsitz', ['wohnen', 'Sitz']],
  ['Bauerlaubnis', ['Bau', 'Erlaubnis']],
  ['Groessenangabe', ['Größe', 'Angabe']],
  ['gebührenfrei', ['Gebühr', 'frei']],
];

// Words that are not compounds, or whose parts would mislead retrieval.
const NON_COMPOUNDS = [
  'Verwaltung', 'Bearbeitung', 'Ausweis', 'Behörde', 'Gemeinde', 'Bescheid', 'Antrag', 'Verfahren',
  'Entscheidung', 'Genehmigung', 'Erklärung', 'Unterschrift', 'Widerspruch', 'Gesetz', 'Verordnung',
  'Beitrag', 'Vertrag', 'Einwohner', 'Anerkennung', 'Wohnung', 'Abteilung', 'Vollstreckung', 'Zustellung',
  'Mitteilung', 'Urkunde', 'Ergebnis', 'Wartung', 'Verantwortung', 'Feststellung', 'Gegenstand',
  'Freiheit', 'Handlung', 'Bereich', 'Nachweis', 'Hinweis', 'Vollmacht', 'Maßnahme', 'Teilnahme',
  'Beschwerde', 'Termin', 'Freitag', 'Hochzeit', 'folgende', 'ausgeschlossen', 'angemessenen',
];

describe('decompounding', () => {
  it.each(COMPOUNDS)('%s also yields the stems of %j', (compound, parts) => {
    const terms = analyze(compound);
    expect(terms[0]).toBe(stemOf(compound.toLowerCase()));
    for (const part of parts) expect(terms).toContain(stemOf(part));
  });

  it.each(NON_COMPOUNDS)('%s stays whole', (word) => {
    expect(analyze(word)).toHaveLength(1);
  });

  it('emits the compound stem first, then its parts', () => {
    expect(analyze('Widerspruchsfrist')).toEqual(['widerspruchsfrist', 'widerspruch', 'frist']);
  });

  it('lets a compound query meet a paraphrase and a part query meet a compound', () => {
    const document = new Set(analyze('Die Frist für den Widerspruch beträgt einen Monat.'));
    const query = analyze('Widerspruchsfrist').filter((term) => document.has(term));
    expect(query).toEqual(['widerspruch', 'frist']);
    expect(analyze('Verwaltungsgebühr')).toEqual(expect.arrayContaining(analyze('Gebühr')));
  });

  it('treats hyphenated compounds like closed ones', () => {
    expect(analyze('Widerspruchs-Frist')).toEqual(analyze('Widerspruchsfrist'));
    expect(analyze('E-Mail-Adresse')[0]).toBe('emailadress');
  });

  it('does not decompound abbreviations with inner capitals', () => {
    expect(analyze('BauGB')).toEqual(['baugb']);
  });

  it('can be switched off', () => {
    expect(createGermanAnalyzer({ decompound: false }).analyze('Widerspruchsfrist')).toEqual(['widerspruchsfrist']);
  });
});

describe('legal references', () => {
  it.each([
    ['§ 41 VwVfG', ['p41', 'vwvfg']],
    ['§41', ['p41']],
    ['§§ 187 bis 193 BGB', ['p187', 'p188', 'p189', 'p190', 'p191', 'p192', 'p193', 'bgb']],
    ['§§ 1 bis 100', ['p1', 'p100']],
    ['§§ 1, 2 und 5 VwGO', ['p1', 'p2', 'p5', 'vwgo']],
    ['Art. 19 Abs. 4 GG', ['art19', 'abs4', 'gg']],
    ['Artikel 3 GG', ['art3', 'gg']],
    ['§ 14a SGB II', ['p14a', 'sgb', 'ii']],
    ['§ 14 a', ['p14a']],
    ['§ 3 Absatz 1 Nr. 2', ['p3', 'abs1', 'nr2']],
    ['Paragraph 41', ['p41']],
  ])('%s', (text, expected) => {
    expect(analyze(text)).toEqual(expected);
  });

  it('keeps plain numbers and strips leading zeros', () => {
    expect(analyze('Im Jahr 2026 wurden 37 Anträge binnen 14 Tagen gestellt, am 01.02.2026.')).toEqual(
      ['jahr', '2026', '37', 'antrag', 'binn', '14', 'tag', 'gestellt', '1', '2', '2026'],
    );
  });

  it('treats "Art" without a number as a word and a lone § as nothing', () => {
    expect(analyze('Art und Weise §')).toEqual(['art', 'weis']);
  });
});

describe('stop words', () => {
  const KEPT = ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'ohne', 'gegen', 'nur', 'nach',
    'vor', 'bis', 'ab', 'binnen', 'innerhalb', 'außer', 'unter', 'über', 'mindestens', 'höchstens', 'spätestens',
    'kann', 'muss', 'soll'];

  it.each(KEPT)('never drops "%s"', (word) => {
    expect(analyze(word)).toHaveLength(1);
  });

  it('drops articles, pronouns, auxiliaries and frequent prepositions', () => {
    expect(analyze('Der Antrag ist von ihm bei der Behörde nicht eingereicht worden')).toEqual(
      ['antrag', 'behord', 'nicht', 'eingereicht'],
    );
  });

  it('can be switched off', () => {
    expect(createGermanAnalyzer({ stopWords: false }).analyze('der Antrag')).toEqual(['der', 'antrag']);
  });
});

describe('output', () => {
  const MIXED = 'Größe: ÄÖÜ äöü ß ẞ — Søren Łódź naïve ﬁnden x² ½ Москва 東京 emoji 😀 “Zitat” ‚quote‘ a.F. '
    + 'Verwal\u00ADtung z. B. COVID-19 2025–2026 §§ 1-3 Tab\tNew\nLine 0,5 % 1.500 € user@example.de https://x.de/a?b=c';

  it('contains only lowercase ASCII letters and digits', () => {
    const terms = analyze(MIXED);
    expect(terms.length).toBeGreaterThan(20);
    for (const term of terms) expect(term).toMatch(/^[a-z0-9]+$/);
  });

  it('joins words split by soft hyphens', () => {
    expect(analyze('Verwal\u00ADtung')).toEqual(analyze('Verwaltung'));
  });

  it('is deterministic across calls and instances', () => {
    const first = analyze(MIXED);
    expect(analyze(MIXED)).toEqual(first);
    expect(createGermanAnalyzer().analyze(MIXED)).toEqual(first);
  });

  it('handles empty and whitespace-only input', () => {
    expect(analyze('')).toEqual([]);
    expect(analyze(' \n\t ')).toEqual([]);
  });
});

describe('throughput', () => {
  it('analyzes 2 MB of varied text well within the budget', () => {
    const sentence = (i: number): string =>
      `Nach § ${i % 300} VwVfG ist die Widerspruchsfrist ${i} für Verwaltungsgebühren Nr. ${i} nicht abgelaufen; `
      + `der Antragsteller${i % 7 === 0 ? 'in' : ''} legt die Meldebescheinigung ${i * 7} bis zum ${i % 28}.${i % 12}.2026 vor. `;
    let text = '';
    for (let i = 0; text.length < 2_000_000; i++) text += sentence(i);
    const fresh = createGermanAnalyzer();
    const started = performance.now();
    const terms = fresh.analyze(text);
    const seconds = (performance.now() - started) / 1000;
    expect(terms.length).toBeGreaterThan(200_000);
    // About 0.3 s on an idle core; the bound only catches pathological regressions on busy CI.
    expect(seconds).toBeLessThan(10);
  });
});
