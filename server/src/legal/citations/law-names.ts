/**
 * Keys under which a law is looked up. A citation names a law by abbreviation ("VwVfG", "SGB X"),
 * by long name in any case ("des Verwaltungsverfahrensgesetzes") or by a current abbreviation that
 * differs from the corpus's `jurabk` ("BauGB" for the gesetze-im-internet value "BBauG"). Both the
 * citation and the corpus side are reduced to the same key, so matching is a map lookup.
 */

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

/** "XIV" → 14; null for anything that is not a plain roman numeral up to XX. */
export function romanToNumber(roman: string): number | null {
  if (!/^(?:X{0,2})(?:IX|IV|V?I{0,3})$/.test(roman) || roman === '') return null;
  let total = 0;
  for (let index = 0; index < roman.length; index++) {
    const value = ROMAN_VALUES[roman[index] ?? ''] ?? 0;
    const next = ROMAN_VALUES[roman[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const ORDINALS = ['erst', 'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'siebt', 'acht', 'neunt', 'zehnt', 'elft', 'zwölft', 'dreizehnt', 'vierzehnt'];

/** "Zehntes", "zehnten", "Siebentes" → 10, 10, 7; null otherwise. */
export function ordinalToNumber(word: string): number | null {
  const stem = word.toLowerCase().replace(/(?:es|en|er|em|e)$/, '').replace(/^siebent$/, 'siebt');
  const index = ORDINALS.indexOf(stem);
  return index === -1 ? null : index + 1;
}

/** Key of the Sozialgesetzbuch book: "sgb 10". */
export function socialCodeKey(book: number): string {
  return `sgb ${book}`;
}

/** Key of an abbreviation: case-insensitive, ß as ss ("PaßG" = "PassG"), single spaces. */
export function abbreviationKey(abbreviation: string): string {
  return abbreviation.toLowerCase().replace(/ß/g, 'ss').replace(/\s+/g, ' ').trim();
}

/** The abbreviation without a trailing edition year: "AO 1977" → "AO"; null when there is none. */
export function withoutEditionYear(abbreviation: string): string | null {
  const match = /^(.+?)\s+(?:19|20)\d\d$/.exec(abbreviation.trim());
  return match?.[1] ?? null;
}

/**
 * Key of a long name: every word lower-cased and stripped of one inflection ending, so the
 * genitive "des Bürgerlichen Gesetzbuches" and the title "Bürgerliches Gesetzbuch" meet.
 */
export function longNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => (word.length > 4 ? word.replace(/(?:es|en|er|em|e|s|n)$/, '') : word))
    .join(' ');
}

/** A title usable as a long name: one to four capitalised words, e.g. "Bürgerliches Gesetzbuch". */
export function titleLongNameKey(title: string): string | null {
  const words = title.trim().split(/\s+/);
  if (words.length === 0 || words.length > 4 || !words.every((word) => /^\p{Lu}[\p{L}-]*$/u.test(word))) return null;
  return longNameKey(title);
}

/**
 * Current names whose key differs from the corpus's jurabk or title (derived by hand from the
 * headers of the shared gesetze Markdown files): alias key → jurabk key. An entry has an effect
 * only when a document with that jurabk is in the corpus.
 */
export const LAW_ALIASES: ReadonlyMap<string, string> = new Map([
  ['baugb', 'bbaug'], // Baugesetzbuch, jurabk "BBauG"
  ['asylg', 'asylvfg'], // Asylgesetz, jurabk "AsylVfG 1992"
  ['bpolg', 'bgsg'], // Gesetz über die Bundespolizei, jurabk "BGSG 1994"
  ['stag', 'rustag'], // Staatsangehörigkeitsgesetz, jurabk "RuStAG"
  ['weg', 'woeigg'], // Wohnungseigentumsgesetz, jurabk "WoEigG"
  ['egbgb', 'bgbeg'], // Einführungsgesetz zum BGB, jurabk "BGBEG"
  ['eggvg', 'gvgeg'], // Einführungsgesetz zum GVG, jurabk "GVGEG"
  [longNameKey('Grundgesetz'), 'gg'],
  [longNameKey('Aufenthaltsgesetz'), 'aufenthg'],
  [longNameKey('Bundespolizeigesetz'), 'bgsg'],
  [longNameKey('Wohnungseigentumsgesetz'), 'woeigg'],
  [longNameKey('Informationsfreiheitsgesetz'), 'ifg'],
  [longNameKey('Onlinezugangsgesetz'), 'ozg'],
  [longNameKey('E-Government-Gesetz'), 'egovg'],
  [longNameKey('Personalausweisgesetz'), 'pauswg'],
  [longNameKey('Infektionsschutzgesetz'), 'ifsg'],
  [longNameKey('Arzneimittelgesetz'), 'amg'],
  [longNameKey('Bundes-Immissionsschutzgesetz'), 'bimschg'],
  [longNameKey('Ordnungswidrigkeitengesetz'), 'owig'],
  [longNameKey('Arbeitsschutzgesetz'), 'arbschg'],
  [longNameKey('Beamtenstatusgesetz'), 'beamtstg'],
  [longNameKey('Bundesausbildungsförderungsgesetz'), 'bafög'],
  [longNameKey('Betäubungsmittelgesetz'), 'btmg'],
  [longNameKey('Bundesnaturschutzgesetz'), 'bnatschg'],
  [longNameKey('Wasserhaushaltsgesetz'), 'whg'],
  [longNameKey('Kreislaufwirtschaftsgesetz'), 'krwg'],
  [longNameKey('Umweltverträglichkeitsprüfungsgesetz'), 'uvpg'],
]);
