import { foldWord, isGermanAlpha, mapUmlautDigraphs } from './german-fold';

/** Word list used for decompounding. All entries are folded and digraph-mapped (see german-fold.ts). */
export interface GermanLexicon {
  /** Free words: usable as any part, including the head (last part). */
  readonly words: ReadonlySet<string>;
  /** Bound forms usable only before another part, e.g. verb stems ("wohn", "prüf") or "schul". */
  readonly modifiers: ReadonlySet<string>;
  /** Length of the longest entry; bounds the substring search. */
  readonly maxWordLength: number;
}

/**
 * Builds a lexicon from raw entries. An entry ending in "-" is a modifier-only form ("wohn-").
 * Nouns ending in -e also get their e-less modifier form ("Schule" → "schul" as in "Schulamt").
 */
export function buildGermanLexicon(entries: Iterable<string>): GermanLexicon {
  const words = new Set<string>();
  const modifiers = new Set<string>();
  let maxWordLength = 0;
  for (const entry of entries) {
    const trimmed = entry.trim();
    if (trimmed.length === 0) continue;
    const modifierOnly = trimmed.endsWith('-');
    const word = mapUmlautDigraphs(foldWord(modifierOnly ? trimmed.slice(0, -1) : trimmed));
    if (!isGermanAlpha(word)) continue;
    maxWordLength = Math.max(maxWordLength, word.length);
    if (modifierOnly) {
      modifiers.add(word);
      continue;
    }
    words.add(word);
    if (word.length >= 5 && word.endsWith('e')) modifiers.add(word.slice(0, -1));
  }
  return { words, modifiers, maxWordLength };
}

/** Tuning knobs; the defaults fit the curated lexicon (short entries such as "amt" are deliberate). */
export interface CompoundSplitterOptions {
  /** Shortest part accepted in a full split. */
  minPartLength?: number;
  /** Shortest unknown prefix / known head when only the tail of a word can be explained. */
  minFallbackLength?: number;
}

/** Splits a folded German word into its compound parts. */
export interface CompoundSplitter {
  /**
   * Returns the surface parts (non-final parts without linking element, the head with its
   * inflection ending) or null when the word is atomic or cannot be explained by the lexicon.
   */
  split(foldedWord: string): string[] | null;
}

// Linking elements (Fugenelemente) between parts, e.g. Widerspruch-s-frist, Kind-er-geld, Name-ns-änderung.
const LINKERS = ['', 's', 'es', 'n', 'en', 'er', 'e', 'ens', 'ns', 'nen'];
// Inflection endings allowed after the head, e.g. Verwaltungsgebühr-en, Sachbearbeiter-innen.
const HEAD_ENDINGS = new Set(['', 'e', 'n', 'en', 's', 'es', 'er', 'ern', 'em', 'nen', 'in', 'innen', 'se', 'sen', 'ns', 'r']);
const MAX_HEAD_ENDING = 5;
// Transliterated umlauts ("oe") make surfaces longer than lexicon entries; this bounds that slack.
const DIGRAPH_SLACK = 3;
const MAX_SPLIT_LENGTH = 64;

interface State {
  origin: number;
  parts: number;
  shortParts: number;
  prev: number;
  partEnd: number;
}

interface Final extends State {
  headStart: number;
}

/** Lexicographic preference: earlier origin (more explained), fewer parts, fewer short parts. */
function better(a: State, b: State | undefined): boolean {
  if (b === undefined) return true;
  if (a.origin !== b.origin) return a.origin < b.origin;
  if (a.parts !== b.parts) return a.parts < b.parts;
  return a.shortParts < b.shortParts;
}

/**
 * Creates a dictionary-based splitter: a dynamic programme over the word that covers it completely
 * with lexicon entries joined by linking elements, preferring the fewest parts (so lexicalised words
 * such as "Widerspruch" are never cut into "wider" + "spruch"). A word that is itself in the lexicon
 * is atomic. When no full cover exists, a long known tail after an unknown prefix is still returned
 * ("Hundesteuer" with unknown "Hund" → ["steuer"]), but the unknown prefix is never emitted.
 */
export function createCompoundSplitter(lexicon: GermanLexicon, options: CompoundSplitterOptions = {}): CompoundSplitter {
  const minPart = options.minPartLength ?? 3;
  const minFallback = options.minFallbackLength ?? 5;
  const maxPart = lexicon.maxWordLength + DIGRAPH_SLACK;

  function cover(word: string, starts: number[], minLength: number): string[] | null {
    const n = word.length;
    const needsMapping = /[aou]e/.test(word);
    const states: Array<State | undefined> = new Array<State | undefined>(n + 1);
    for (const start of starts) states[start] = { origin: start, parts: 0, shortParts: 0, prev: -1, partEnd: -1 };
    let best: Final | undefined;

    for (let i = 0; i < n; i++) {
      const state = states[i];
      if (state === undefined) continue;
      const last = Math.min(n, i + maxPart);
      for (let j = i + minLength; j <= last; j++) {
        const surface = word.slice(i, j);
        const key = needsMapping ? mapUmlautDigraphs(surface) : surface;
        const free = lexicon.words.has(key);
        if (!free && !lexicon.modifiers.has(key)) continue;
        const next: State = {
          origin: state.origin,
          parts: state.parts + 1,
          shortParts: state.shortParts + (j - i < 4 ? 1 : 0),
          prev: i,
          partEnd: j,
        };
        // A lone head in the fallback must be long enough to be meaningful on its own.
        const headOk = free && (state.origin === 0 || next.parts > 1 || j - i >= minFallback);
        if (headOk && n - j <= MAX_HEAD_ENDING && HEAD_ENDINGS.has(word.slice(j))) {
          const candidate: Final = { ...next, headStart: i };
          // Heads are visited left to right, so on ties the first (longer) head wins: the head is the
          // semantically dominant part of a German compound.
          if (better(candidate, best)) best = candidate;
        }
        if (j >= n) continue;
        for (const linker of LINKERS) {
          const k = j + linker.length;
          if (k >= n || (linker.length > 0 && !word.startsWith(linker, j))) continue;
          if (better(next, states[k])) states[k] = next;
        }
      }
    }
    if (best === undefined) return null;
    const parts = [word.slice(best.headStart)];
    let cursor = states[best.headStart];
    while (cursor !== undefined && cursor.prev >= 0) {
      parts.unshift(word.slice(cursor.prev, cursor.partEnd));
      cursor = states[cursor.prev];
    }
    return parts;
  }

  return {
    split(foldedWord: string): string[] | null {
      const n = foldedWord.length;
      if (n < 2 * minPart || n > MAX_SPLIT_LENGTH || !isGermanAlpha(foldedWord)) return null;
      const full = cover(foldedWord, [0], minPart);
      if (full !== null) return full.length > 1 ? full : null;
      if (n < 2 * minFallback) return null;
      const starts: number[] = [];
      for (let s = minFallback; s <= n - minFallback; s++) starts.push(s);
      // Tail parts must be at least 4 letters: without a full cover the evidence is weaker.
      return cover(foldedWord, starts, Math.max(minPart, 4));
    },
  };
}
