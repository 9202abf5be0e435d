import {
  detectAddresses, detectBirthDates, detectCaseReferences, detectEmails, detectIbans, detectIdDocuments,
  detectLicensePlates, detectPersons, detectPhones, detectSocialSecurityNumbers, detectTaxIds,
} from './detectors';
import type { Span } from './detectors/span';
import { resolveOverlaps } from './resolve-overlaps';

// Detectors may report overlapping candidates; compare what survives overlap resolution.
const values = (text: string, spans: Span[]) =>
  resolveOverlaps(spans.map((span) => ({ type: 'person' as const, ...span }))).map((span) => text.slice(span.start, span.end));

describe('detectPhones', () => {
  it.each([
    ['Tel. +49 40 123456-78', '+49 40 123456-78'],
    ['Tel.: 0049 40 1234567', '0049 40 1234567'],
    ['unter 040 123456-78 erreichbar', '040 123456-78'],
    ['Fax (040) 12 34 56.', '(040) 12 34 56'],
    ['mobil 0151 23456789', '0151 23456789'],
    ['Handy: 01512345678', '01512345678'],
    ['Telefon 030/12345678', '030/12345678'],
    ['+49 (0)30 1234 5678', '+49 (0)30 1234 5678'],
    ['Rückruf an +49-40-3344556', '+49-40-3344556'],
    ['Wien: +43 1 4000 8090', '+43 1 4000 8090'],
    ['Zentrale 0800 4555500', '0800 4555500'],
  ])('finds %j', (text, phone) => expect(values(text, detectPhones(text))).toEqual([phone]));

  it.each([
    'Bescheid vom 12.03.2024',
    'Frist: 01-03-2024',
    'Betrag 1.234,56 € bis 30.04.2024',
    'Das Amt in 01067 Dresden',
    'Kassenzeichen 0815 4711 0042',
    'Az. 0815/2024',
    'Vorgangsnummer 012345678',
    'Steuernummer 21/815/08150',
    'IBAN DE47 1234 5678 9012 3456 78',
    'Öffnungszeiten 08:00–12:00 Uhr',
    'Zinsen 0,75 % für 10 Jahre',
    'Fundanzeige Nr. 2024/0815',
  ])('ignores %j', (text) => expect(detectPhones(text)).toEqual([]));
});

describe('number detectors with checksums', () => {
  it('cuts an IBAN out of running text by its registered length', () => {
    const text = 'IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX';
    expect(values(text, detectIbans(text))).toEqual(['DE89 3704 0044 0532 0130 00']);
    expect(detectIbans('Referenz DE47 1234 5678 9012 3456 78')).toEqual([]);
  });

  it('finds Steuer-IDs compact and grouped, not inside longer numbers', () => {
    const text = 'IdNr. 86 095 742 719 und 12345678911; Nummer 47163528901; Konto 0086095742719';
    expect(values(text, detectTaxIds(text))).toEqual(['86 095 742 719', '12345678911']);
  });

  it('finds Versicherungsnummern only with a valid check digit', () => {
    const text = 'SV-Nr. 15 070649 C 103, falsch: 15 070649 C 104, kompakt 65170839J003';
    expect(values(text, detectSocialSecurityNumbers(text))).toEqual(['15 070649 C 103', '65170839J003']);
  });

  it('finds document numbers with check digit anywhere, without it only after a cue', () => {
    const text = 'Nr. L01X00T471 liegt vor. Bestellnummer CF1G2H3J40. Ausweisnummer: T22000129. Artikel RZ4711K08.';
    expect(values(text, detectIdDocuments(text))).toEqual(['L01X00T471', 'T22000129']);
  });
});

describe('detectLicensePlates', () => {
  it('finds plates with known Unterscheidungszeichen in both spellings', () => {
    const text = 'Fahrzeuge HH-AB 1234, M XY 123E, B-MW 2024H und LG-ED 77.';
    expect(values(text, detectLicensePlates(text))).toEqual(['HH-AB 1234', 'M XY 123E', 'B-MW 2024H', 'LG-ED 77']);
  });

  it.each([
    'Spielgerät nach DIN EN 1176',
    'Handelsregister HR B 4711',
    'Urteil vom 12.05.2021, B 4 AS 88/20 R',
    'Az. S 12 AS 345/21',
    'Kennung QQ-AB 1234 ist erfunden',
    'Plate HH-AB 12345 has too many digits',
  ])('ignores %j', (text) => expect(detectLicensePlates(text)).toEqual([]));
});

describe('detectBirthDates', () => {
  it.each([
    ['geb. 12.03.1985', '12.03.1985'],
    ['geboren am 12. März 1985 in Köln', '12. März 1985'],
    ['Geburtsdatum: 3.6.17', '3.6.17'],
    ['Geb.-Datum 1985-07-14', '1985-07-14'],
    ['Max Mustermann (* 04.02.2020)', '04.02.2020'],
    ['Geburtsdatum (Kind 1): 12.03.2015', '12.03.2015'],
  ])('finds %j', (text, date) => expect(values(text, detectBirthDates(text))).toEqual([date]));

  it('leaves dates without a birth cue alone', () => {
    expect(detectBirthDates('Bescheid vom 12.03.2024, Frist bis 30.04.2024, Termin am 1. Juni 2024')).toEqual([]);
    expect(detectBirthDates('geb. 32.13.1985')).toEqual([]);
  });
});

describe('detectAddresses', () => {
  it.each([
    ['wohnhaft Musterstraße 12a, 20095 Hamburg.', 'Musterstraße 12a, 20095 Hamburg'],
    ['Musterstraße 12a\n20095 Hamburg', 'Musterstraße 12a\n20095 Hamburg'],
    ['Anschrift: Karl-Marx-Str. 5', 'Karl-Marx-Str. 5'],
    ['in der Berliner Straße 7', 'Berliner Straße 7'],
    ['Am Markt 3, 20095 Hamburg', 'Am Markt 3, 20095 Hamburg'],
    ['Halle: Am Stadtpark 2, 06108 Halle (Saale)', 'Am Stadtpark 2, 06108 Halle (Saale)'],
    ['Frankfurt, Kleine Freiheit 44, 60311 Frankfurt am Main', 'Kleine Freiheit 44, 60311 Frankfurt am Main'],
    ['GOETHESTR. 5\n60313 FRANKFURT AM MAIN', 'GOETHESTR. 5\n60313 FRANKFURT AM MAIN'],
  ])('finds %j', (text, address) => expect(values(text, detectAddresses(text))).toEqual([address]));

  it.each([
    'Das Bürgeramt in 20095 Hamburg hat geöffnet.',
    'Am Montag 3 Termine, im Jahr 2024 insgesamt 14.',
    'Postfach 10 20 30\n20095 Hamburg',
    'Die Straße wurde auf 500 m gesperrt.',
    'Zimmer 104, 20095 Hamburg',
  ])('ignores %j', (text) => expect(detectAddresses(text)).toEqual([]));
});

describe('detectPersons', () => {
  it.each([
    ['Sehr geehrte Frau Dr. Müller,', ['Müller']],
    ['Herrn\nMax Mustermann\nMusterstraße 1', ['Max Mustermann']],
    ['Frau Aylin Yılmaz-Schmidt', ['Aylin Yılmaz-Schmidt']],
    ['Herrn Prof. Dr. Karl-Heinz von der Heide', ['Karl-Heinz von der Heide']],
    ['Mit freundlichen Grüßen\ni. A.\nPetra Schulz', ['Petra Schulz']],
    ['Name, Vorname: Mustermann, Max', ['Mustermann, Max']],
    ['Erika Mustermann geb. Gabler', ['Erika Mustermann', 'Gabler']],
    ['Hallo Jens,\nbitte prüfen.', ['Jens']],
  ])('finds names in %j', (text, names) => expect(new Set(values(text, detectPersons(text)))).toEqual(new Set(names)));

  it.each([
    'Sehr geehrte Damen und Herren,',
    'Frau Bürgermeisterin, meine Damen und Herren,',
    'Mit freundlichen Grüßen\nIhre Stadtverwaltung',
    'Mit freundlichen Grüßen\nStadt Musterhaven',
    'Das Robert Koch-Institut empfiehlt',
  ])('finds no name in %j', (text) => expect(values(text, detectPersons(text))).toEqual([]));
});

describe('detectEmails and detectCaseReferences', () => {
  it('finds e-mail addresses without the sentence end', () => {
    const text = 'Schreiben Sie an max.mustermann@example.de. Oder an poststelle@stadt-musterhaven.de!';
    expect(values(text, detectEmails(text))).toEqual(['max.mustermann@example.de', 'poststelle@stadt-musterhaven.de']);
  });

  it('applies the configured patterns and skips empty matches', () => {
    const text = 'Az. 32.11.04-004711/2024 und BA-2024-00311';
    const patterns = [/\d{2}\.\d{2}\.\d{2}-\d{6}\/\d{4}/u, /(?:BA|OA)-\d{4}-\d{5}/gu, /x*/gu];
    expect(values(text, detectCaseReferences(text, patterns))).toEqual(['32.11.04-004711/2024', 'BA-2024-00311']);
  });
});
