import { isGermanAlpha } from './german-fold';
import { LexiconTrie, type GermanLexicon } from './german-lexicon';

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
   * `allowPartial` permits the tail-only fallback; callers pass true for capitalised tokens
   * (nouns), because on verbs and participles it finds nonsense ("ausgeschlossen" → "schlossen").
   */
  split(foldedWord: string, allowPartial?: boolean): string[] | null;
}

// Linking elements (Fugenelemente) between parts, e.g. Widerspruch-s-frist, Kind-er-geld, Name-ns-änderung.
const LINKERS = ['', 's', 'es', 'n', 'en', 'er', 'e', 'ens', 'ns', 'nen'];
// Inflection endings allowed after the head, e.g. Verwaltungsgebühr-en, Sachbearbeiter-innen.
const HEAD_ENDINGS = new Set(['', 'e', 'n', 'en', 's', 'es', 'er', 'ern', 'em', 'nen', 'in', 'innen', 'se', 'sen', 'ns', 'r']);
const MAX_HEAD_ENDING = 5;
const MAX_SPLIT_LENGTH = 64;
const UNREACHED = -1;

/**
 * Where an unknown prefix may end: not inside "ch"/"ck"/"sch" ("Körpersc|haft") and not before the
 * prefix has a vowel, i.e. a syllable.
 */
function plausibleBoundary(word: string, start: number): boolean {
  return start === 0 || (word.charAt(start - 1) !== 'c' && /[aeiouäöüy]/.test(word.slice(0, start)));
}

/**
 * DP table over word positions, kept in typed arrays that are reused between words: the splitter
 * runs once per distinct token, tens of thousands of times per large document.
 */
class CoverTable {
  readonly origin = new Int32Array(MAX_SPLIT_LENGTH + 1);
  readonly parts = new Int32Array(MAX_SPLIT_LENGTH + 1);
  readonly shortParts = new Int32Array(MAX_SPLIT_LENGTH + 1);
  readonly prev = new Int32Array(MAX_SPLIT_LENGTH + 1);
  readonly partEnd = new Int32Array(MAX_SPLIT_LENGTH + 1);

  reset(n: number): void {
    this.origin.fill(UNREACHED, 0, n + 1);
  }

  /** Lexicographic preference: earlier origin (more explained), fewer parts, fewer short parts. */
  improves(k: number, origin: number, parts: number, shortParts: number): boolean {
    const current = this.origin[k] ?? UNREACHED;
    if (current === UNREACHED || origin !== current) return current === UNREACHED || origin < current;
    const currentParts = this.parts[k] ?? 0;
    return parts !== currentParts ? parts < currentParts : shortParts < (this.shortParts[k] ?? 0);
  }

  set(k: number, origin: number, parts: number, shortParts: number, prev: number, partEnd: number): void {
    this.origin[k] = origin;
    this.parts[k] = parts;
    this.shortParts[k] = shortParts;
    this.prev[k] = prev;
    this.partEnd[k] = partEnd;
  }
}

/**
 * Creates a dictionary-based splitter: a dynamic programme over the word that covers it completely
 * with lexicon entries joined by linking elements, preferring the fewest parts (so lexicalised words
 * such as "Widerspruch" are never cut into "wider" + "spruch"). A word that is itself in the lexicon
 * is atomic. When no full cover exists, a long known tail after an unknown prefix is still returned
 * ("Zwischenbescheid" with unknown "zwischen" → ["bescheid"]), but the unknown prefix is never emitted.
 */
export function createCompoundSplitter(lexicon: GermanLexicon, options: CompoundSplitterOptions = {}): CompoundSplitter {
  const minPart = options.minPartLength ?? 3;
  const minFallback = options.minFallbackLength ?? 5;
  const trie = new LexiconTrie(lexicon);
  const matches: number[] = [];
  const table = new CoverTable();
  // The last slot (never a word position) holds the best complete cover.
  const FINAL = MAX_SPLIT_LENGTH;

  function cover(word: string, firstStart: number, lastStart: number, minLength: number): string[] | null {
    const n = word.length;
    table.reset(n);
    table.origin[FINAL] = UNREACHED;
    for (let start = firstStart; start <= lastStart; start++) {
      if (plausibleBoundary(word, start)) table.set(start, start, 0, 0, UNREACHED, UNREACHED);
    }
    for (let i = 0; i < n; i++) {
      const origin = table.origin[i] ?? UNREACHED;
      if (origin === UNREACHED) continue;
      const parts = (table.parts[i] ?? 0) + 1;
      const stateShort = table.shortParts[i] ?? 0;
      matches.length = 0;
      trie.collectMatches(word, i, matches);
      for (const match of matches) {
        const j = match >> 1;
        if (j - i < minLength || (origin > 0 && parts === 1 && j - i < firstTailPartLength(word, origin))) continue;
        const shortParts = stateShort + (j - i < 4 ? 1 : 0);
        const headOk = (match & 1) === 1;
        // Heads are visited left to right, so on ties the first (longer) head wins: the head is
        // the semantically dominant part of a German compound.
        const endsWord = headOk && n - j <= MAX_HEAD_ENDING && HEAD_ENDINGS.has(word.slice(j));
        if (endsWord && table.improves(FINAL, origin, parts, shortParts)) {
          table.set(FINAL, origin, parts, shortParts, i, n);
        }
        for (const linker of LINKERS) {
          const k = j + linker.length;
          if (k >= n || (linker.length > 0 && !word.startsWith(linker, j))) continue;
          if (table.improves(k, origin, parts, shortParts)) table.set(k, origin, parts, shortParts, i, j);
        }
      }
    }
    if (table.origin[FINAL] === UNREACHED) return null;
    const result: string[] = [];
    let start = table.prev[FINAL] ?? UNREACHED;
    let end = n;
    while (start !== UNREACHED) {
      result.unshift(word.slice(start, end));
      end = table.partEnd[start] ?? UNREACHED;
      start = table.prev[start] ?? UNREACHED;
    }
    return result;
  }

  /**
   * The part right after an unknown prefix needs more evidence than a full cover: a linking "s"
   * before it ("Geltungs|bereich"), or otherwise at least 6 letters, which rules out chance endings
   * such as "Statis|tische", "Hinterb|liebe" or "Stromverb|rauch".
   */
  function firstTailPartLength(word: string, origin: number): number {
    return word.charAt(origin - 1) === 's' ? minFallback : minFallback + 1;
  }

  return {
    split(foldedWord: string, allowPartial = true): string[] | null {
      const n = foldedWord.length;
      if (n < 2 * minPart || n >= MAX_SPLIT_LENGTH || !isGermanAlpha(foldedWord)) return null;
      const full = cover(foldedWord, 0, 0, minPart);
      if (full !== null) return full.length > 1 ? full : null;
      if (!allowPartial || n < 2 * minFallback) return null;
      // Tail parts must be at least minFallback letters: without a full cover the evidence is weaker.
      return cover(foldedWord, minFallback, n - minFallback, Math.max(minPart, minFallback));
    },
  };
}
