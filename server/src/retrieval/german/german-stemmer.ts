import { newStemmer } from 'snowball-stemmers';
import { BoundedCache } from './bounded-cache';
import { isGermanAlpha, toAsciiTerm } from './german-fold';

/** Maps a folded, digraph-mapped German word to its ASCII stem. */
export type StemFunction = (word: string) => string;

/**
 * Creates a memoising German Snowball stemmer. The JS Snowball port costs ~35 µs per call, so the
 * cache is what makes 10 MB/s-class analysis possible (word frequencies are heavily skewed).
 * Input must already be folded (see foldWord + mapUmlautDigraphs); output is [a-z0-9]+ or ''.
 */
export function createGermanStemmer(maxEntries = 100_000): StemFunction {
  const stemmer = newStemmer('german');
  const cache = new BoundedCache<string, string>(maxEntries);
  return (word: string): string => {
    const hit = cache.get(word);
    if (hit !== undefined) return hit;
    // Only German-letter words are stemmed; digits and foreign scripts pass through unchanged.
    const stem = toAsciiTerm(isGermanAlpha(word) ? stemmer.stem(word) : word);
    cache.set(word, stem);
    return stem;
  };
}
