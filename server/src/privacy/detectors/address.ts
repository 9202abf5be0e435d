import { lineBefore, type Span } from './span';

const SP = '[ \\u00a0]';
// Street endings of compound names ("Musterstraße", "Karl-Marx-Str.", "Jungfernstieg").
const COMPOUND_ENDINGS = '(?:[sS]traße|[sS]trasse|[sS]tr\\.|[wW]eg|[aA]llee|[pP]latz|[gG]asse|[rR]ing|[dD]amm|[uU]fer|[cC]haussee|[sS]tieg|[sS]teig|[pP]fad|[tT]wiete|[kK]amp|[wW]all|[gG]raben|[dD]eich|[rR]edder|[pP]romenade|[mM]arkt|[zZ]eile|[sS]teg|[aA]nger)';
const STREET_WORDS = '(?:Straße|Strasse|Str\\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Stieg|Steig|Pfad|Twiete|Kamp|Wall|Graben|Deich|Redder|Promenade|Markt|Zeile|Reihe|Anger|Brücke)';
const COMPOUND_STREET = `\\p{Lu}\\p{L}*?(?:-\\p{L}+)*?-?${COMPOUND_ENDINGS}`;
// "Berliner Straße", "Neuer Wall", "Lange Reihe": an adjective or a place name in -er before a street word.
const TWO_WORD_STREET = `(?:St\\.${SP}|Sankt${SP})?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*(?:er|e|es|en)${SP}${STREET_WORDS}`;
// "Platz der Republik", "Straße des Friedens".
const STREET_OF = `${STREET_WORDS}${SP}(?:der|des|am|an${SP}der|zum|zur|vor${SP}dem)${SP}\\p{Lu}[\\p{L}-]+`;
const PREPOSITION_STREET = `(?:Am|An${SP}der|An${SP}den|Auf${SP}dem|Auf${SP}der|Auf${SP}den|Im|In${SP}der|In${SP}den|Zum|Zur|Hinter${SP}der|Hinter${SP}dem|Hinter${SP}den|Unter${SP}den|Vor${SP}dem|Vor${SP}der|Beim|Bei${SP}der|Alt)${SP}\\p{Lu}[\\p{L}-]+(?:${SP}\\p{Lu}[\\p{L}-]+)?`;
const HOUSE_NUMBER = `[1-9]\\d{0,2}(?:${SP}?[a-zA-Z](?!\\p{L}))?(?:${SP}?[-–/]${SP}?\\d{1,3}(?:[a-z](?!\\p{L}))?)?(?![\\p{N}]|[.,]\\d|${SP}?(?:%|€|Prozent|Uhr|Jahr|Monat|Tag|km|Euro|EUR|Abs\\.|Nr\\.|Satz|Stunde|Minute|Seite|Person|Kind|Mal)|${SP}(?:m|cm|kg|h|x)\\b)`;
const CITY = `(?:D-)?\\d{5}${SP}+(?:(?:Bad|Sankt|St\\.)${SP})?\\p{Lu}[\\p{L}-]*(?:${SP}(?:am|an${SP}der|im|in${SP}der|ob${SP}der|vor${SP}der|bei)${SP}\\p{Lu}[\\p{L}-]*|${SP}\\(\\p{Lu}[\\p{L} \\u00a0.-]*\\))?`;
const CITY_AFTER = `(?:,${SP}*|${SP}*\\n[ \\t]*|${SP}+[·|–-]${SP}+)${CITY}`;

const ENDS_AS_COMPOUND = new RegExp(`${COMPOUND_ENDINGS}$`, 'u');
const STREET_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}-])(${COMPOUND_STREET}|${STREET_OF}|${TWO_WORD_STREET}|${PREPOSITION_STREET})${SP}+${HOUSE_NUMBER}(${CITY_AFTER})?`, 'gu');
// Any street name ("Lister Meile", "Kleine Freiheit") when a postcode and city follow.
const NAMED_WITH_CITY = new RegExp(`(?<![\\p{L}\\p{N}-])((?:\\p{Lu}[\\p{L}.-]*${SP}(?:(?:der|des|dem|den|am|an|zum|zur|von|vom)${SP})?){0,2}\\p{Lu}[\\p{L}.-]*)${SP}+${HOUSE_NUMBER}${CITY_AFTER}`, 'gu');
// Address blocks in capitals: "GOETHESTR. 5 / 60313 FRANKFURT AM MAIN".
const UPPER_ENDINGS = '(?:STRASSE|STRAẞE|STRAßE|STR\\.|WEG|ALLEE|PLATZ|GASSE|RING|DAMM|UFER|CHAUSSEE|STIEG|MARKT)';
const UPPER_CITY = `\\d{5}${SP}+\\p{Lu}[\\p{Lu}-]+(?:${SP}(?:AM|AN${SP}DER|IM|IN${SP}DER)${SP}\\p{Lu}[\\p{Lu}-]+)?(?!\\p{L})`;
const UPPER_STREET = new RegExp(`(?<![\\p{L}\\p{N}-])\\p{Lu}[\\p{Lu}-]*${UPPER_ENDINGS}${SP}+[1-9]\\d{0,2}(?:${SP}?[A-Z](?!\\p{L}))?(?![\\p{N}\\p{L}])(?:(?:,${SP}*|${SP}*\\n[ \\t]*)${UPPER_CITY})?`, 'gu');
const NOT_A_STREET = /^(?:Postfach|Zimmer|Raum|Anlage|Seite|Haus|Gebäude|Etage|Geschoss|Fach|Tor|Nr|Nummer|Los|Teil|Band|Heft|Kapitel|Abschnitt|Absatz|Ziffer|Stufe|Gruppe|Klasse|Schalter|Platz|Termin|Vorgang|Akte|Konto|Kasse|Amt|Behörde|Stadt|Gemeinde|Landkreis|Kreis|Bezirk)\b/u;

// Words after "Am", "Im" … that make a time or text reference, not a street.
const NOT_A_STREET_NAME = /^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahr|Jahre|Monat|Tag|Tage|Ende|Anfang|Rahmen|Fall|Falle|Auftrag|Namen|Sinne|Vergleich|Absatz|Abschnitt|Kapitel|Teil|Anhang|Zeitraum|Quartal|Alter|Haushalt|Verfahren|Moment|Punkt|Schnitt|Durchschnitt|Einzelnen|Übrigen|Ergebnis|Folgenden|Zuge|Wege|Kreis|Raum|Bereich|Gebäude|Zimmer|Erdgeschoss|Obergeschoss|Haus|Stock)\b/u;
const ARTICLE_LIKE = /^(?:Der|Die|Das|Des|Dem|Den|Eine|Einer|Eines|Einem|Diese|Dieser|Dieses|Jede|Jeder|Jedes|Unsere|Unser|Ihre|Ihrer|Seine|Seiner|Keine|Andere|Anderer|Welche|Welcher|Jene|Über|Unter|Hier|Aber|Oder|Wer|Alle|Beide|Neben|Ohne)\b/u;
const ADDRESS_CUE = /(wohnhaft|wohnt|wohnen|anschrift|adresse|wohnort|wohnsitz|sitz|gemeldet|zugezogen|umgezogen|verzogen|liegenschaft|grundstück|objekt)[^\n]{0,30}$/iu;

// Nouns that stand before an address ("Wohnung Am Stadtpark 2", "Meldeadresse Lange Reihe 14").
const LEADING_NOUN = /(?:ung|schaft|adresse|anschrift|haus|heim|praxis|kanzlei|büro|firma|hotel|stück|objekt|sitz|ort|stelle|amt)$/u;

/** Length of the leading nouns to drop, keeping at least one word of the street name. */
function leadingNounsLength(name: string): number {
  // Whatever stands before "Am", "Im", "An der" … is not part of the street's name.
  const preposition = /(?:^|[ \u00a0])(?:Am|Im|An|Auf|Zum|Zur|Beim|Hinter|Unter|Vor)[ \u00a0]/u.exec(name);
  if (preposition && preposition.index > 0) return preposition.index + 1;
  const words = name.split(/[ \u00a0]+/u);
  let length = 0;
  while (words.length > 1 && LEADING_NOUN.test((words[0] as string).toLowerCase())) {
    length += (words.shift() as string).length + 1;
  }
  return length;
}

/**
 * Street addresses: street name and house number, together with "20095 Hamburg" when it follows on
 * the same line after a comma or on the next line. A postcode and city alone (the seat of an
 * authority, "Bürgeramt in 20095 Hamburg") is not flagged. Streets named with a preposition
 * ("Am Markt 3") need support: a following postcode line, a line of their own, or a cue word.
 */
export function detectAddresses(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(STREET_PATTERN)) {
    const street = match[1] ?? '';
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const isPrepositional = /^(?:Am|An|Auf|Im|In|Zum|Zur|Hinter|Unter|Vor|Beim|Bei|Alt)[ \u00a0]/u.test(street)
      && !ENDS_AS_COMPOUND.test(street);
    if (isPrepositional) {
      const name = street.replace(/^(?:Am|Im|Zum|Zur|Beim|Alt|(?:An|Auf|In|Hinter|Unter|Vor|Bei)[ \u00a0]\p{L}+)[ \u00a0]/u, '');
      if (NOT_A_STREET_NAME.test(name)) continue;
      const ownLine = /(?:^|\n)[ \t]*$/.test(text.slice(0, start)) && /^[ \t]*(?:\n|$)/.test(text.slice(end));
      if (!match[2] && !ownLine && !ADDRESS_CUE.test(lineBefore(text, start, 60))) continue;
    } else if (ARTICLE_LIKE.test(street)) continue;
    spans.push({ start, end });
  }
  for (const match of text.matchAll(NAMED_WITH_CITY)) {
    const name = match[1] ?? '';
    const skipped = leadingNounsLength(name);
    if (NOT_A_STREET.test(name.slice(skipped)) || ARTICLE_LIKE.test(name.slice(skipped))) continue;
    spans.push({ start: (match.index ?? 0) + skipped, end: (match.index ?? 0) + match[0].length });
  }
  for (const match of text.matchAll(UPPER_STREET)) spans.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  return spans;
}
