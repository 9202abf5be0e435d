import { assessTextQuality, TEXT_QUALITY_THRESHOLDS } from './text-quality';

const PROSE = `Der Antrag auf Wohngeld ist bei der zuständigen Wohngeldbehörde der Gemeinde zu stellen.
Die Behörde prüft, ob die Voraussetzungen nach § 3 des Wohngeldgesetzes erfüllt sind, und
entscheidet über die Höhe des Zuschusses. Werden Unterlagen nicht vollständig eingereicht,
kann sich die Bearbeitung verzögern. Für Rückfragen steht Ihnen das Bürgerbüro im Rathaus
von Montag bis Freitag zur Verfügung.`;

/** A form page made only of field labels: no function words at all, but plausible German letters. */
const FORM_LABELS = `Familienname Geburtsname Vorname(n) Geburtsdatum Geburtsort Staatsangehörigkeit
Anschrift Straße Hausnummer Postleitzahl Wohnort Telefon Telefax E-Mail Beruf Erwerbstätigkeit
Familienstand ledig verheiratet geschieden verwitwet Kinder Unterhaltspflicht Bankverbindung
IBAN BIC Kreditinstitut Kontoinhaber Arbeitgeber Nettoeinkommen Bruttoeinkommen Rente Pension
Kindergeld Wohngeld Unterhalt Mieteinnahmen Zinsen Vermögen Grundeigentum Kraftfahrzeug
Lebensversicherung Bausparvertrag Bargeld Wertpapiere Schulden Belastungen Wohnkosten Heizkosten
Ort Datum Unterschrift Antragsteller Antragstellerin Sachbearbeiter Geschäftszeichen Aktenzeichen`;

const ENGLISH = `The application must be submitted to the competent authority of the municipality.
The authority checks whether the requirements are met and decides on the amount of the
allowance. If documents are not complete, processing may be delayed. This is not a legal advice.`;

/** Every character shifted by one, the space becoming "!" (real KindUVV form, pdf.js output). */
const SHIFTED_WITH_BANGS = `Cmbuu!2;!Bousbh!obdi!¸!35:!GbnGH
Bo!ebt
Amtsgericht!Gbnjmjfohfsjdiu
QM[-!Psu
Wpsobnfo-!Obnf-!Botdisjgu!eft!Fmufsoufjmt-!jo!efttfo!Pcivu!ebt!Ljoe!mfcu
Wpsobnfo-!Obnf-!QM[-!Xpiopsu!eft!njoefsk‹isjhfo!Ljoeft hfcpsfo!bn
Voufsibmu!g¯s!ejf!Wfshbohfoifju!wfsmbohu!xjse-!!
Fjof!Fslm‹svoh!{v!efo!Wpsbvttfu{vohfo!jisfs!Cfxjmmjhvoh!jtu!cfjhfg¯hu/`;

/** Characters shifted by 29 with control-character spaces (real ZVFV form, pdf.js output). */
const SHIFTED_WITH_CONTROLS = '$QWUDJ\u0003DXI\u0003(UODVV\u0003HLQHV\u00033IlQGXQJV\u0010\u0003XQG\u0003\n'
  + 'hEHUZHLVXQJVEHVFKOXVVHV\u0003LQVEHVRQGHUH\u0003\nZHJHQ\u0003JHZ|KQOLFKHU\u0003*HOGIRUGHUXQJHQ\n'
  + '$PWVJHULFKW\n9ROOVWUHFNXQJVJHULFKW\n=XJOHLFK\u0003ZLUG\u0003EHDQWUDJW\u000f\u0003GLH\u0003=XVWHOOXQJ';

/** Shift cipher that keeps spaces: no odd symbols, only the word and letter statistics give it away. */
const SHIFTED_WITH_SPACES = `Efs Bousbh bvg Xpiohfme jtu cfj efs {vtuboejhfo Xpiohfmecfipfsef efs Hfnfjoef {v tufmmfo.
Ejf Cfipfsef qsvfgu, pc ejf Wpsbvttfu{vohfo obdi efn Xpiohfmehftfu{ fsgvfmmu tjoe, voe foutdifjefu
vfcfs ejf Ipfif eft [vtdivttft. Xfsefo Voufsmbhfo ojdiu wpmmtuboejh fjohfsfjdiu, lboo tjdi ejf
Cfbscfjuvoh wfs{pfhfso. Gvfs Svfdlgsbhfo tufiu Jiofo ebt Cvfshfscvfsp jn Sbuibvt {vs Wfsgvfhvoh.`;

describe('assessTextQuality', () => {
  it.each([
    ['German prose', PROSE],
    ['a form made of field labels only', FORM_LABELS],
    ['English prose', ENGLISH],
    ['gender marks inside words', `${PROSE}\nAntragsteller*innen, Bürger:innen und Mitarbeiter_innen sowie Kolleg·innen.`],
    ['letter-spaced headings', `B U N D E S R E P U B L I K  D E U T S C H L A N D\nIn te rn a tio n a le r Fü h re rs c h e in\n${PROSE}`],
    ['fill-in lines of a form', `Name: ______________________________\nOrt: ………………………………………………\nDatum: ..............................\n${FORM_LABELS}`],
    ['a table that is mostly numbers', 'Haushaltsjahr 2024 Einnahmen Ausgaben\n1.234.567,89 € 1.100.000,00 €\n2.345.678,90 € 2.000.000,00 €\n3.456.789,01 € 3.000.000,00 €'],
    ['a few bullet glyphs from a private-use font', `\uF0B7 ${PROSE}\n\uF0B7 ${PROSE}`],
  ])('accepts %s', (_label, text) => {
    const result = assessTextQuality(text);
    expect(result).toMatchObject({ ok: true });
    expect(result.reason).toBeUndefined();
  });

  it.each([
    ['an empty string', '', 1],
    ['whitespace only', ' \n\n\t ', 1],
    ['a lone page number', '3', 1],
    ['page numbers and a stamp on a 12-page scan', Array.from({ length: 12 }, (_, i) => `Seite ${i + 1} Eingang`).join('\n\n'), 12],
  ])('reports no_text_layer for %s', (_label, text, pageCount) => {
    expect(assessTextQuality(text, { pageCount })).toMatchObject({ ok: false, reason: 'no_text_layer' });
  });

  it.each([
    ['shifted letters with "!" for spaces', SHIFTED_WITH_BANGS],
    ['shifted letters with control characters for spaces', SHIFTED_WITH_CONTROLS],
    ['shifted letters with intact spaces', SHIFTED_WITH_SPACES],
    ['mostly replacement characters', `Der \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD Antrag \uFFFD\uFFFD\uFFFD\uFFFD ${'\uFFFD'.repeat(40)} wird ${'\uFFFD\uFFFD\uFFFD '.repeat(20)}`],
    ['mostly private-use glyphs', `${'\uF041\uF042\uF043\uF044 '.repeat(30)}Antrag auf Wohngeld`],
    ['isolated symbols', `${'■ □ ▲ ◆ ● ○ ► ◄ ★ ☐ '.repeat(20)}Antrag auf Wohngeld für das Jahr`],
    ['consonant clusters without vowels', 'Xkcd Bgrtz Pflmt Schrgn Trvkl Mndrs Plxtr Grnzt Wrdkl Sztrm '.repeat(6)],
  ])('reports garbled_text for %s', (_label, text) => {
    expect(assessTextQuality(text)).toMatchObject({ ok: false, reason: 'garbled_text' });
  });

  it('reports the metrics behind the verdict', () => {
    const { metrics } = assessTextQuality(PROSE);
    expect(metrics.vowelRatio).toBeGreaterThan(0.33);
    expect(metrics.vowelRatio).toBeLessThan(0.45);
    expect(metrics.commonWordRatio).toBeGreaterThan(0.2);
    expect(metrics.controlCharRatio).toBe(0);
    expect(metrics.brokenTokenRatio).toBe(0);
    expect(metrics.alnumPerPage).toBe(metrics.alnumChars);
  });

  it('scales the "almost no text" limit with the page count', () => {
    const text = 'Antrag auf Wohngeld für das Jahr 2024 beim Bürgeramt';
    expect(assessTextQuality(text, { pageCount: 1 }).ok).toBe(true);
    const perPage = assessTextQuality(text, { pageCount: 10 });
    expect(perPage).toMatchObject({ ok: false, reason: 'no_text_layer' });
    expect(perPage.metrics.alnumPerPage).toBeLessThan(TEXT_QUALITY_THRESHOLDS.minAlnumPerPage);
  });
});
