import { romanToNumber } from './law-names';
import { parseLawMention, type LawMention } from './parse-law-mention';

export type CitationUnit = '§' | 'Art.';

/** One cited norm: § 41 Abs. 2 Satz 1 → { number: '41', paragraph: '2', sentence: '1', item: null }. */
export interface CitationTarget {
  number: string;
  paragraph: string | null;
  sentence: string | null;
  item: string | null;
}

/** A citation as written, e.g. "§§ 70, 74 VwGO" with the targets 70 and 74. */
export interface ParsedCitation {
  text: string;
  start: number;
  end: number;
  unit: CitationUnit;
  targets: CitationTarget[];
  law: LawMention | null;
}

/** Lists are expanded, ranges only to their endpoints ("§§ 187 bis 193" → 187, 193): bounded either way. */
export const MAX_TARGETS_PER_CITATION = 12;

// "§", "§§", "Art.", "Artt.", "Artikel", "Art 3" (no dot only before a number), "Paragraph".
const MARKER = /(§§?)|(?<![\p{L}\p{N}])(?:(Artt\.|Art\.|Artikels?|Art(?=[ \u00a0]?\d))|(Paragra(?:ph|f)(?:en|s)?))(?![\p{L}])/gu;
// No leading zero, at most four digits, not a decimal ("§ 3.2"), optionally a letter: "3a", "3 a".
const NUMBER = /\s*([1-9]\d{0,3})(?:([a-z])|[ \u00a0]([a-z])(?![\p{L}\p{N}.]))?(?![\p{L}\p{N}]|\.\d)/uy;
const NUMBER_SEPARATOR = /\s*(?:(,)|(und|oder|sowie|bzw\.)|(bis|[-–]))(?![\p{L}])/uy;
const FOLLOWING = /\s*ff?\.(?![\p{L}])/uy;
const LEVEL = /\s*(Abs\.?|Absatz|Absatzes|Absätze|Satz|Satzes|Sätze|S\.|Nr\.?|Nrn\.|Nummer|Nummern|Ziff\.?|Ziffer|Ziffern)(?![\p{L}])/uy;
const VALUE = /\s*([1-9]\d{0,2}[a-z]?)(?![\p{L}\p{N}]|\.\d)/uy;
const ROMAN_PARAGRAPH = /[ \u00a0]+(X{0,2}(?:IX|IV|V?I{0,3}))(?:[ \u00a0]+([1-9]\d?))?(?![\p{L}\p{N}]|\.\d)/uy;
const IGNORED_LEVEL = /\s*(?:(?:Halbsatz|Halbs\.|Hs\.|Alt\.|Alternative|Var\.|Variante)\s*\d{1,2}|\d{1,2}\.\s*(?:Halbsatz|Halbs\.|Hs\.|Alt\.|Alternative|Var\.|Variante)|(?:Buchst\.|Buchstabe|lit\.)\s*[a-z]{1,2})(?![\p{L}\p{N}])/uy;
const CONNECTOR = String.raw`\s*(?:,|;|und|oder|sowie|bzw\.|i\.\s?V\.\s?m\.|iVm|in\s+Verbindung\s+mit)\s*`;
const SUBDIVISION_CONTINUATION = new RegExp(CONNECTOR + String.raw`(?=(?:Abs\.?|Absatz|Satz|S\.|Nr\.?|Nummer)\s*[1-9])`, 'uy');
const CHAIN = new RegExp(String.raw`^(?:${CONNECTOR}|\s*,\s*(?:und|sowie)\s*)$`, 'u');

type Level = 'paragraph' | 'sentence' | 'item';

interface Subdivisions {
  paragraph: string[];
  sentence: string[];
  item: string[];
}

function levelOf(keyword: string): Level {
  if (keyword.startsWith('Abs')) return 'paragraph';
  if (keyword.startsWith('S')) return 'sentence';
  return 'item';
}

/**
 * Finds citations of norms in German text: "§ 41 Abs. 2 Satz 1 VwVfG", "§§ 70, 74 VwGO",
 * "Artikel 3 Absatz 1 des Grundgesetzes", "§ 41 II 1 VwVfG". A citation without a law of its own
 * takes the law of the next one when a connector joins them ("Art. 2 Abs. 1 i.V.m. Art. 1 Abs. 1 GG").
 * "Art. der Nutzung", "§-Zeichen" and numbers without a marker are not citations.
 */
export function parseLegalCitations(text: string): ParsedCitation[] {
  const citations: ParsedCitation[] = [];
  MARKER.lastIndex = 0;
  for (let marker = MARKER.exec(text); marker !== null; marker = MARKER.exec(text)) {
    const unit: CitationUnit = marker[2] ? 'Art.' : '§';
    const plural = marker[1] === '§§' || marker[2] === 'Artt.' || /en$/.test(marker[3] ?? '');
    const citation = parseCitation(text, marker.index, MARKER.lastIndex, unit, plural);
    if (citation) {
      citations.push(citation);
      MARKER.lastIndex = citation.end;
    }
  }
  inheritChainedLaws(text, citations);
  return citations;
}

function parseCitation(text: string, start: number, from: number, unit: CitationUnit, plural: boolean): ParsedCitation | null {
  const numbers = parseNumbers(text, from, plural);
  if (!numbers) return null;
  let position = numbers.end;
  FOLLOWING.lastIndex = position;
  if (FOLLOWING.exec(text)) position = FOLLOWING.lastIndex;

  const last = numbers.values[numbers.values.length - 1] ?? '';
  const targets: CitationTarget[] = numbers.values.slice(0, -1).map((number) => ({ number, paragraph: null, sentence: null, item: null }));
  let subdivisions = parseSubdivisions(text, position);
  targets.push(...expand(last, subdivisions.levels));
  position = subdivisions.end;
  for (;;) {
    SUBDIVISION_CONTINUATION.lastIndex = position;
    if (!SUBDIVISION_CONTINUATION.exec(text)) break;
    const next = parseSubdivisions(text, SUBDIVISION_CONTINUATION.lastIndex);
    if (next.end === SUBDIVISION_CONTINUATION.lastIndex) break;
    // "Abs. 1 Satz 1, Satz 2" keeps Abs. 1 for the second sentence.
    if (next.levels.paragraph.length === 0) next.levels.paragraph = subdivisions.levels.paragraph;
    if (next.levels.paragraph === subdivisions.levels.paragraph && next.levels.sentence.length === 0) next.levels.sentence = subdivisions.levels.sentence;
    targets.push(...expand(last, next.levels));
    subdivisions = next;
    position = next.end;
  }

  const law = parseLawMention(text, position);
  const end = law?.end ?? position;
  return { text: text.slice(start, end), start, end, unit, targets: targets.slice(0, MAX_TARGETS_PER_CITATION), law };
}

function readNumber(text: string, from: number): { value: string; end: number } | null {
  NUMBER.lastIndex = from;
  const match = NUMBER.exec(text);
  if (!match) return null;
  return { value: (match[1] ?? '') + (match[2] ?? match[3] ?? ''), end: NUMBER.lastIndex };
}

/** "41", "70, 74", "187 bis 193" (endpoints only), "8a und 8b". The comma only after "§§". */
function parseNumbers(text: string, from: number, plural: boolean): { values: string[]; end: number } | null {
  const first = readNumber(text, from);
  if (!first) return null;
  const values = [first.value];
  let end = first.end;
  for (;;) {
    NUMBER_SEPARATOR.lastIndex = end;
    const separator = NUMBER_SEPARATOR.exec(text);
    if (!separator || (separator[1] && !plural)) break;
    const next = readNumber(text, NUMBER_SEPARATOR.lastIndex);
    if (!next) break;
    values.push(next.value);
    end = next.end;
  }
  return { values, end };
}

function parseSubdivisions(text: string, from: number): { levels: Subdivisions; end: number } {
  const levels: Subdivisions = { paragraph: [], sentence: [], item: [] };
  let position = from;
  ROMAN_PARAGRAPH.lastIndex = position;
  const roman = ROMAN_PARAGRAPH.exec(text);
  const romanValue = roman?.[1] ? romanToNumber(roman[1]) : null;
  if (roman && romanValue !== null) {
    levels.paragraph.push(String(romanValue));
    if (roman[2]) levels.sentence.push(roman[2]);
    position = ROMAN_PARAGRAPH.lastIndex;
  }
  for (;;) {
    IGNORED_LEVEL.lastIndex = position;
    if (IGNORED_LEVEL.exec(text)) {
      position = IGNORED_LEVEL.lastIndex;
      continue;
    }
    LEVEL.lastIndex = position;
    const keyword = LEVEL.exec(text);
    if (!keyword?.[1]) break;
    const level = levelOf(keyword[1]);
    const values = levels[level].length === 0 ? parseValues(text, LEVEL.lastIndex) : null;
    if (!values) break;
    levels[level] = values.values;
    position = values.end;
  }
  return { levels, end: position };
}

function parseValues(text: string, from: number): { values: string[]; end: number } | null {
  VALUE.lastIndex = from;
  const first = VALUE.exec(text);
  if (!first?.[1]) return null;
  const values = [first[1]];
  let end = VALUE.lastIndex;
  for (;;) {
    NUMBER_SEPARATOR.lastIndex = end;
    if (!NUMBER_SEPARATOR.exec(text)) break;
    VALUE.lastIndex = NUMBER_SEPARATOR.lastIndex;
    const next = VALUE.exec(text);
    if (!next?.[1]) break;
    values.push(next[1]);
    end = VALUE.lastIndex;
  }
  return { values, end };
}

function expand(number: string, levels: Subdivisions): CitationTarget[] {
  const options = (values: string[]) => (values.length ? values : [null]);
  const targets: CitationTarget[] = [];
  for (const paragraph of options(levels.paragraph)) {
    for (const sentence of options(levels.sentence)) {
      for (const item of options(levels.item)) targets.push({ number, paragraph, sentence, item });
    }
  }
  return targets;
}

/** Walks backwards so a whole chain ("A i.V.m. B i.V.m. C GG") takes the law of its last member. */
function inheritChainedLaws(text: string, citations: ParsedCitation[]): void {
  for (let index = citations.length - 2; index >= 0; index--) {
    const current = citations[index];
    const next = citations[index + 1];
    if (!current || !next || current.law || !next.law) continue;
    if (CHAIN.test(text.slice(current.end, next.start))) current.law = { ...next.law, inherited: true };
  }
}
