import { tableCellsUnder } from './form-table';
import { isGivenName } from './given-names';
import { CUED_NAME, NAME_SEQUENCE, NAME_TOKEN, PARTICLE, SP, TITLES, UPPER_NAME, couldBeNamePart, nameLength } from './name-words';
import { signatureSpans } from './signature';
import type { Span } from './span';

const SALUTATION = new RegExp(`(?<!\\p{L})(?:Herrn?|Frau|Hr\\.|Hrn\\.|Fr\\.|Familie|Eheleute)(?:${SP}+|[ \\t]*\\n[ \\t]*)${TITLES}(${CUED_NAME})`, 'dgu');
const UPPER_SALUTATION = new RegExp(`(?<!\\p{L})(?:HERRN?|FRAU|FAMILIE)(?:${SP}+|[ \\t]*\\n[ \\t]*)(?:(?:DR|PROF)\\.${SP}+)*(${UPPER_NAME})(?![\\p{L}\\p{N}.])`, 'dgu');
// "Hallo Jens," / "Liebe Frau …" (the latter is the salutation rule's): a single name closing the greeting.
const GREETING = new RegExp(`(?<!\\p{L})(?:Hallo|Hi|Liebe|Lieber|Guten${SP}Tag|Moin)${SP}+(${NAME_SEQUENCE})(?=[ \\t]*(?:[,!]|\\n|$))`, 'dgu');
const NAME_LABELS = `(?:Name|Vorname(?:\\(n\\))?|Vornamen|Nachname|Familienname|Geburtsname|Vor-${SP}und${SP}(?:Nach|Zu|Familien)name|Antragsteller(?:in|/in|\\*in|:in)?|Ansprechpartner(?:in|/in)?|Sachbearbeiter(?:in|/in)?|Bearbeiter(?:in|/in)?|Kontaktperson|Zeuge|Zeugin|Betroffene[r]?|(?:Fahrzeug)?[hH]alter(?:in)?|Mieter(?:in)?|Vermieter(?:in)?|Schuldner(?:in)?|Gläubiger(?:in)?|Ehegatte|Ehegattin|Ehepartner(?:in)?|Kind|Bevollmächtigte[r]?|Vertreter(?:in)?|Verfasser(?:in)?|Teilnehmer(?:in)?|Anwesend|Erstellt${SP}von|Von|An|Cc|Kontoinhaber(?:in)?|Versicherte[r]?|Meldende${SP}Person|Erziehungsberechtigte[r]?|Person(?:${SP}\\d{1,2})?|Kläger(?:in)?|Beklagte[r]?|Patient(?:in)?|Schüler(?:in)?|Verstorbene[r]?|Erblasser(?:in)?|Empfänger(?:in)?|Absender(?:in)?|Inhaber(?:in)?|Betreuer(?:in)?|Vormund|Pflegeperson|Versicherungsnehmer(?:in)?|Bauherr(?:in)?|Eigentümer(?:in)?|Arbeitnehmer(?:in)?|Beschäftigte[r]?|Mitarbeiter(?:in)?|Unterzeichner(?:in)?|Auftraggeber(?:in)?|Bewerber(?:in)?|Widerspruchsführer(?:in)?|Kunde|Kundin|Protokoll(?:führer(?:in)?)?)`;
// Gendered forms ("Antragsteller/in") and short qualifiers ("Kontoinhaber für Erstattungen") may follow the label.
const LABEL_TAIL = `(?:/in|\\*in|\\(in\\))?(?:${SP}(?:für|des|der|von|zur|zum|laut)${SP}[^\\n:]{1,30})?`;
const LABELLED = new RegExp(`(?<!\\p{L})${NAME_LABELS}${LABEL_TAIL}${SP}*:${SP}*(?:(?:Herrn?|Frau)${SP}+)?${TITLES}(${CUED_NAME})`, 'dgu');
// "Name, Vorname: Mustermann, Max" and "Name: Mustermann, Max": surname first, with a comma.
const SURNAME_FIRST = new RegExp(`(?<!\\p{L})(?:Name|Familienname|Nachname)(?:,${SP}*Vorname(?:\\(n\\))?|${SP}und${SP}Vorname)?${SP}*:${SP}*(${NAME_TOKEN},${SP}${NAME_TOKEN}(?:${SP}${NAME_TOKEN})?)(?![\\p{L}-])`, 'dgu');
const SIGNED = new RegExp(`(?<!\\p{L})(?:gez\\.|i\\.${SP}?A\\.|i\\.${SP}?V\\.|Im${SP}Auftrag|In${SP}Vertretung)[ \\t]*(?:\\n[ \\t]*){0,3}${TITLES}(${CUED_NAME})`, 'dgu');
// Relatives and the like introduce a name: "Ihr Sohn Can Yılmaz", "meiner Tochter Anastasia", "namens Schwarz".
const RELATION = new RegExp(`(?<!\\p{L})(?:Sohn|Tochter|Ehemann|Ehefrau|Mutter|Vater|Bruder|Schwester|Partner(?:in)?|Lebensgefährt(?:e|in)|Enkel(?:in)?|Nichte|Neffe|Nachbar(?:in)?|Mandant(?:in)?|namens|hieß|heiße|Name${SP}ist|Unterzeichnende[r]?|auf${SP}den${SP}Namen|mit${SP}(?:dem${SP})?Namen)(?:,?${SP}+)(${NAME_SEQUENCE})`, 'dgu');
const GIVEN_NAME_FIRST = new RegExp(`(?<![\\p{L}\\p{N}-])(${NAME_TOKEN})((?:${SP}${NAME_TOKEN})*${SP}(?:${PARTICLE}${SP})*${NAME_TOKEN})`, 'gu');
const BIRTH_NAME = new RegExp(`(?<!\\p{L})geb\\.${SP}+(${NAME_TOKEN}(?:${SP}${NAME_TOKEN})?)(?![\\p{L}-])`, 'dgu');
const NAME_COLUMN = /^(?:Name|Vorname(?:\(n\))?|Vornamen|Nachname|Familienname|Geburtsname)$/u;
const WHOLE_NAME = new RegExp(`^${NAME_SEQUENCE}$`, 'u');

/** The span of capture group 1, trimmed to what can be a name. */
function groupSpan(match: RegExpMatchArray): Span | null {
  const sequence = match[1] ?? '';
  const length = nameLength(sequence);
  if (length === 0) return null;
  const start = match.indices?.[1]?.[0] ?? 0;
  return { start, end: start + length };
}

function spansOf(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map(groupSpan).filter((span): span is Span => span !== null);
}

/** "Max Mustermann", "Karl-Heinz von der Heide": a known given name opens the sequence. */
function givenNameSpans(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = new RegExp(GIVEN_NAME_FIRST.source, 'gu');
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const first = match[1] ?? '';
    const start = match.index;
    const length = isGivenName(first) ? nameLength(match[0]) : 0;
    if (length > first.length) spans.push({ start, end: start + length });
    // Rescan from the next word: "Kollegin Anna Berg" holds a name after a word that is none.
    else pattern.lastIndex = start + first.length;
  }
  return spans;
}

function nameCells(text: string): Span[] {
  return tableCellsUnder(text, NAME_COLUMN).filter((span) => {
    const value = text.slice(span.start, span.end);
    return WHOLE_NAME.test(value) && nameLength(value) === value.length;
  });
}

/**
 * Names where German texts mark them: after Herr/Frau (titles and offices are not part of the
 * span), in greetings, after labels such as "Antragstellerin:", after "gez." / "i. A.", after
 * relatives ("Ihr Sohn …"), in signatures, in table columns headed "Name", as birth names after
 * "geb.", and as full names opened by a known given name.
 */
export function detectPersons(text: string): Span[] {
  return [
    ...spansOf(text, SALUTATION),
    ...spansOf(text, UPPER_SALUTATION).filter((span) => span.end > span.start),
    ...spansOf(text, GREETING),
    ...spansOf(text, LABELLED),
    ...spansOf(text, SURNAME_FIRST),
    ...spansOf(text, SIGNED),
    ...spansOf(text, RELATION),
    ...spansOf(text, BIRTH_NAME),
    ...signatureSpans(text),
    ...nameCells(text),
    ...givenNameSpans(text),
  ].filter((span) => couldBeNamePart(text.slice(span.start, span.end).split(/[ \u00a0]/)[0] ?? ''));
}
