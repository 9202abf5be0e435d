import { abbreviationKey, longNameKey, ordinalToNumber, romanToNumber, socialCodeKey } from './law-names';

/** The law named right after a citation ("VwVfG", "des Grundgesetzes", "SGB X"). */
export interface LawMention {
  /** As written, without a leading article: "VwVfG", "Grundgesetzes", "SGB X". */
  name: string;
  /** Lookup key (see law-names.ts). */
  key: string;
  start: number;
  end: number;
  /** True when taken from the next citation of a chain ("Art. 2 Abs. 1 i.V.m. Art. 1 Abs. 1 GG"). */
  inherited: boolean;
}

const SPACE = String.raw`[ \t\u00a0\u202f]+(?:\n[ \t\u00a0\u202f]*)?|\n[ \t\u00a0\u202f]*`;
const ROMAN = String.raw`X{0,2}(?:IX|IV|V?I{0,3})`;
const ARTICLE = new RegExp(String.raw`(?:${SPACE})(?:des|der|dem)(?=\s)`, 'uy');
const LEADING_SPACE = new RegExp(String.raw`(?:${SPACE})`, 'uy');
// "SGB X", "SGB 10", "SGB-X", "Sozialgesetzbuch (SGB) Zehntes Buch", "Sozialgesetzbuch X".
const SOCIAL_CODE_FIRST = new RegExp(
  String.raw`(?:SGB|Sozialgesetzbuch(?:es|s)?)(?:\s*\(SGB\))?(?:\s*[-–]\s*|\s+)(?:(${ROMAN})|([1-9]\d?)|(\p{L}+)\s+Buch(?:es|s)?)(?![\p{L}\p{N}])`,
  'uy',
);
// "Zehntes Buch Sozialgesetzbuch", "Zehnten Buches des Sozialgesetzbuches", "Zehntes Buch SGB".
const SOCIAL_CODE_LAST = new RegExp(String.raw`(\p{L}+)\s+Buch(?:es|s)?\s+(?:des\s+)?(?:Sozialgesetzbuch(?:es|s)?|SGB)(?![\p{L}\p{N}])`, 'uy');
const ABBREVIATION = /(\p{Lu}[\p{L}\p{N}]*(?:[-/]\p{L}[\p{L}\p{N}]*)*)(?![\p{L}\p{N}])/uy;
// What may follow an abbreviation as part of it: an edition year ("BDSG 2018"), a version
// ("BITV 2.0") or a Land, which makes it a different law ("VwVfG NRW").
const ABBREVIATION_SUFFIX = /[ \u00a0]+(?:(?:19|20)\d\d(?![\p{N}]|[.,]\d)|\d\.\d(?!\d)|(?:NRW|NW|BW|Bln|Bbg|HB|HH|MV|Nds|RP|LSA|SH|Bay|Hess|Saar|Sachs|Thür)(?![\p{L}]))/uy;
const LONG_NAME_WORD = new RegExp(String.raw`(?:${SPACE})?(\p{Lu}[\p{L}-]*)(?![\p{L}\p{N}])`, 'uy');
const LAW_NOUN = /(?:gesetz|gesetzes|gesetzbuch|gesetzbuchs|gesetzbuches|gesetzbuche|ordnung|satzung)$/i;
const GENERIC_NOUNS = new Set(['gesetz', 'gesetzes', 'gesetzbuch', 'gesetzbuchs', 'gesetzbuches', 'ordnung', 'verordnung', 'satzung']);
const NOT_NAME_WORDS = new Set(['die', 'der', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'diese', 'dieser', 'dieses', 'nach', 'gemäß', 'im', 'in', 'und', 'oder']);
// Courts, gazettes and journals often follow a citation but are no laws.
const NOT_LAWS = new Set(['BVerwG', 'BVerfG', 'BVerfGE', 'BGH', 'BGHZ', 'BSG', 'BFH', 'BAG', 'OVG', 'VGH', 'VG', 'OLG', 'LG', 'EuGH', 'EGMR', 'BGBl', 'NJW', 'NVwZ', 'DÖV', 'DVBl', 'EU', 'EG', 'ABl']);

function uppercaseCount(word: string): number {
  let count = 0;
  for (const character of word) if (character !== character.toLowerCase()) count++;
  return count;
}

/**
 * Reads the law named at `from` (just after a citation's numbers): an optional article, then the
 * Sozialgesetzbuch in its spellings, an abbreviation, or a long name of at most four capitalised
 * words ending in -gesetz/-gesetzbuch/-ordnung/-satzung. Null when none follows.
 */
export function parseLawMention(text: string, from: number): LawMention | null {
  ARTICLE.lastIndex = from;
  const afterArticle = ARTICLE.exec(text) ? ARTICLE.lastIndex : from;
  LEADING_SPACE.lastIndex = afterArticle;
  if (!LEADING_SPACE.exec(text)) return null;
  const start = LEADING_SPACE.lastIndex;
  return socialCode(text, start) ?? abbreviation(text, start) ?? longName(text, start);
}

function mention(text: string, start: number, end: number, key: string): LawMention {
  return { name: text.slice(start, end).replace(/\s+/g, ' '), key, start, end, inherited: false };
}

function socialCode(text: string, start: number): LawMention | null {
  // Cheap guard: almost every law is no Sozialgesetzbuch, and the patterns below backtrack.
  const head = text.slice(start, start + 48);
  if (!head.startsWith('SGB') && !head.startsWith('Sozialgesetzbuch') && !/\sBuch/.test(head)) return null;
  SOCIAL_CODE_FIRST.lastIndex = start;
  const first = SOCIAL_CODE_FIRST.exec(text);
  if (first) {
    const book = first[1] ? romanToNumber(first[1]) : first[2] ? Number(first[2]) : ordinalToNumber(first[3] ?? '');
    if (book !== null && book >= 1) return mention(text, start, SOCIAL_CODE_FIRST.lastIndex, socialCodeKey(book));
  }
  SOCIAL_CODE_LAST.lastIndex = start;
  const last = SOCIAL_CODE_LAST.exec(text);
  const book = last ? ordinalToNumber(last[1] ?? '') : null;
  return book === null ? null : mention(text, start, SOCIAL_CODE_LAST.lastIndex, socialCodeKey(book));
}

function abbreviation(text: string, start: number): LawMention | null {
  ABBREVIATION.lastIndex = start;
  const match = ABBREVIATION.exec(text);
  const word = match?.[1];
  // "E-Government-Gesetzes" has capitals but is a long name: it is keyed without its ending.
  if (!word || word.length > 24 || uppercaseCount(word) < 2 || NOT_LAWS.has(word) || romanToNumber(word) !== null || LAW_NOUN.test(word)) return null;
  ABBREVIATION_SUFFIX.lastIndex = ABBREVIATION.lastIndex;
  const end = ABBREVIATION_SUFFIX.exec(text) ? ABBREVIATION_SUFFIX.lastIndex : ABBREVIATION.lastIndex;
  const found = mention(text, start, end, '');
  return { ...found, key: abbreviationKey(found.name) };
}

function longName(text: string, start: number): LawMention | null {
  let position = start;
  const words: string[] = [];
  while (words.length < 4) {
    LONG_NAME_WORD.lastIndex = position;
    const match = LONG_NAME_WORD.exec(text);
    const word = match?.[1];
    if (!word || NOT_NAME_WORDS.has(word.toLowerCase())) return null;
    words.push(word);
    position = LONG_NAME_WORD.lastIndex;
    if (LAW_NOUN.test(word)) {
      if (words.length === 1 && GENERIC_NOUNS.has(word.toLowerCase())) return null;
      const found = mention(text, start, position, '');
      return { ...found, key: longNameKey(found.name) };
    }
  }
  return null;
}
