import { foldWord, isGermanAlpha, mapUmlautDigraphs } from './german-fold';

/** Word list used for decompounding. All entries are folded and digraph-mapped (see german-fold.ts). */
export interface GermanLexicon {
  /** Free words: usable as any part, including the head (last part). */
  readonly words: ReadonlySet<string>;
  /** Bound forms usable only before another part, e.g. verb stems ("wohn", "prüf") or "schul". */
  readonly modifiers: ReadonlySet<string>;
}

/**
 * Builds a lexicon from raw entries. An entry ending in "-" is a modifier-only form ("wohn-",
 * "schul-"). E-less forms are listed explicitly rather than derived from every noun in -e, because
 * derived ones turn participles into compounds ("folgende" → "folg" + "ende").
 */
export function buildGermanLexicon(entries: Iterable<string>): GermanLexicon {
  const words = new Set<string>();
  const modifiers = new Set<string>();
  for (const entry of entries) {
    const trimmed = entry.trim();
    if (trimmed.length === 0) continue;
    const modifierOnly = trimmed.endsWith('-');
    const word = mapUmlautDigraphs(foldWord(modifierOnly ? trimmed.slice(0, -1) : trimmed));
    if (!isGermanAlpha(word)) continue;
    if (modifierOnly) {
      modifiers.add(word);
      continue;
    }
    words.add(word);
  }
  return { words, modifiers };
}

const NONE = 0;
const MODIFIER = 1;
const FREE = 2;

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  kind: number;
}

const UMLAUT: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü' };
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'y']);

/**
 * Prefix tree over a lexicon. Walking it from one start position finds every entry that begins
 * there in a single pass, instead of slicing and hashing every substring.
 */
export class LexiconTrie {
  private readonly root: TrieNode = { next: new Map(), kind: NONE };

  /** @param lexicon entries to index; free words win over modifier forms of the same spelling. */
  constructor(lexicon: GermanLexicon) {
    for (const word of lexicon.modifiers) this.insert(word, MODIFIER);
    for (const word of lexicon.words) this.insert(word, FREE);
  }

  private insert(word: string, kind: number): void {
    let node = this.root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (child === undefined) {
        child = { next: new Map(), kind: NONE };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.kind = Math.max(node.kind, kind);
  }

  /**
   * Appends every lexicon entry starting at `start` to `out`, encoded as end * 2 + (free ? 1 : 0).
   * Digraphs are read as umlauts on the fly with the same rules as mapUmlautDigraphs applied to the
   * substring, so "groesse" matches the entry "größe".
   */
  collectMatches(word: string, start: number, out: number[]): void {
    let node: TrieNode | undefined = this.root;
    let position = start;
    let previous = '';
    while (position < word.length) {
      let ch = word.charAt(position);
      let step = 1;
      const digraph = ch === 'a' || ch === 'o' || (ch === 'u' && previous !== 'q' && !VOWELS.has(previous));
      if (digraph && word.charAt(position + 1) === 'e') {
        // A substring ending on the vowel keeps it literally ("auto" in "Autoersatz"); longer ones
        // read the digraph as an umlaut.
        const literal = node.next.get(ch);
        if (literal !== undefined && literal.kind !== NONE) out.push((position + 1) * 2 + (literal.kind === FREE ? 1 : 0));
        ch = UMLAUT[ch] ?? ch;
        step = 2;
      }
      node = node.next.get(ch);
      if (node === undefined) return;
      position += step;
      previous = word.charAt(position - 1);
      if (node.kind !== NONE) out.push(position * 2 + (node.kind === FREE ? 1 : 0));
    }
  }
}
