/** Building blocks shared by the name heuristics. */
export const SP = '[ \\u00a0]';

// A capitalised name part: "Müller", "Yılmaz-Schmidt", "McAllister", "D'Angelo".
export const NAME_TOKEN = "(?:\\p{Lu}['’])?\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)*";
export const PARTICLE = '(?:von|van|de|der|den|zu|vom|zur|ten|ter|di|da|del|dos|le|la|al|el|bin|ibn)';
// Given names and surname, particles only between capitalised parts ("Ursula von der Leyen").
export const NAME_SEQUENCE = `${NAME_TOKEN}(?:${SP}(?:${PARTICLE}${SP})*${NAME_TOKEN}){0,3}`;
// Where a cue announces a name, initials may stand for given names ("Herrn M. Mustermann").
export const CUED_NAME = `(?:\\p{Lu}\\.${SP}?){0,2}${NAME_SEQUENCE}`;
// Address blocks in capitals ("HERRN / KLAUS-DIETER BRAUN").
export const UPPER_NAME = `\\p{Lu}{2,}(?:-\\p{Lu}{2,})*(?:${SP}\\p{Lu}{2,}(?:-\\p{Lu}{2,})*){0,3}`;

// Academic titles and offices between the salutation and the name; never part of the name span.
export const TITLE = `(?:Prof\\.|Dr\\.(?:-Ing\\.)?|Dipl\\.-\\p{L}+\\.|Mag\\.|med\\.|dent\\.|jur\\.|phil\\.|rer\\.${SP}?nat\\.|rer\\.${SP}?pol\\.|h\\.${SP}?c\\.|habil\\.|(?:Ober)?[bB]ürgermeister(?:in)?|Minister(?:in)?|Senator(?:in)?|Staatssekretär(?:in)?|Präsident(?:in)?|Rechtsanwalt|Rechtsanwältin|Richter(?:in)?|Kollege|Kollegin|Landrat|Landrätin|Stadtrat|Stadträtin|Abgeordnete[rn]?|Pfarrer(?:in)?|Direktor(?:in)?|Professor(?:in)?|Notar(?:in)?|(?:Ober)?[aA]mtsrat|(?:Ober)?[aA]mtsrätin|Regierungsrat|Regierungsrätin|Verwaltungsfachangestellte[r]?)`;
export const TITLES = `(?:${TITLE}${SP}+)*`;

// Capitalised words that follow "Herr", "Frau" or a label without being a name.
const STOPWORDS = new Set(`
Sie Ihnen Ihr Ihre Ihren Ihrem Ihrer Ihres Der Die Das Den Dem Des Ein Eine Einen Einem Einer Und Oder Mit Von Vom Zum Zur
Am Im In An Auf Aus Bei Für Nach Über Unter Vor Wir Ich Er Es Uns Bitte Danke Herr Herrn Frau Damen Herren Stadt Gemeinde
Amt Landkreis Kreis Bezirk Team Abteilung Referat Fachbereich Fachdienst Bürgeramt Bürgerbüro Ordnungsamt Standesamt
Jobcenter Verwaltung Rathaus Senat Ministerium Behörde Landesamt Bundesamt Straße Platz Weg Telefon Tel Fax Mail Mobil
Aktenzeichen Betreff Anlage Anlagen Datum Seite Bescheid Antrag Widerspruch Schreiben Januar Februar März April Mai Juni
Juli August September Oktober November Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Heute Morgen
Gestern Vielen Dank Gruß Grüße Sehr Liebe Lieber Hallo Guten Tag Ja Nein Nicht Kein Keine Alle Auch Noch Hiermit Damit
Dazu Deshalb Bitte Unterschrift Ort Name Vorname Nachname Kopie Stellvertretung Vertretung Leitung Sachgebiet Zimmer Raum
Landeshauptstadt Freie Hansestadt Postfach Anschrift Anbei Anlass Kenntnis Frist Gebühr Kosten Summe Betrag
Tochter Sohn Ehemann Ehefrau Mutter Vater Bruder Schwester Partner Partnerin Kind Kinder Enkel Enkelin Nichte Neffe Nachbar
Nachbarin Mandant Mandantin Familie Eheleute Person Betreuer Betreuerin Pflegefachkraft Kollege Kollegin Zeuge Zeugin
`.split(/\s+/).filter(Boolean));

const NOUN_ENDINGS = /(?:ungen|heit|keit|schaft|tion|ämter|amt|behörde|verwaltung|stelle|gericht|büro|zentrum|gesellschaft|verband|verein|ministerium|abteilung|referat|leitung|dienst|kasse|nummer|zeichen|datum|straße|antrag|bescheid|institut|kollegen|kolleginnen|schule|kita)$/u;

/** Whether a capitalised word can be part of a person's name. */
// Offices that are never surnames ("Frau Bürgermeisterin,"); Richter and Pfarrer are both.
const OFFICE = /^(?:(?:Ober)?[bB]ürgermeister(?:in)?|Minister(?:in)?|Senator(?:in)?|Staatssekretär(?:in)?|Präsident(?:in)?|Rechtsanwalt|Rechtsanwältin|Richterin|Pfarrerin|Landrat|Landrätin|Stadtrat|Stadträtin|Abgeordnete[rn]?|Direktor(?:in)?|Professor(?:in)?|Notarin|(?:Ober)?[aA]mtsrat|(?:Ober)?[aA]mtsrätin|Regierungsrat|Regierungsrätin|Doktor)$/u;

export function couldBeNamePart(token: string): boolean {
  const lower = token.toLowerCase();
  return !STOPWORDS.has(token) && !OFFICE.test(token) && !NOUN_ENDINGS.test(lower) && !(token.length >= 8 && lower.endsWith('ung'));
}

const PARTICLE_ONLY = new RegExp(`^${PARTICLE}$`, 'u');

/**
 * Trims a matched name sequence to the part that can be a name: it ends before the first token
 * that cannot, and particles left dangling at the end are dropped. Returns the kept length.
 */
export function nameLength(sequence: string): number {
  const parts = [...sequence.matchAll(/\S+/gu)];
  let kept = 0;
  let lastNameEnd = 0;
  for (const part of parts) {
    // "Mustermann, Max": the comma separates parts and never ends a name.
    const token = part[0].replace(/,$/u, '');
    const isParticle = PARTICLE_ONLY.test(token);
    if (!isParticle && !couldBeNamePart(token)) break;
    kept += 1;
    if (!isParticle) lastNameEnd = (part.index ?? 0) + token.length;
  }
  return kept === 0 ? 0 : lastNameEnd;
}
