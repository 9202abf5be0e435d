/**
 * Size-bounded memo table. Evicts in insertion order (Map iteration order), which is O(1) and good
 * enough for token streams whose frequent words are re-inserted soon after an eviction.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  /** @param maxEntries upper bound on stored entries; must be at least 1. */
  constructor(private readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError('maxEntries must be a positive integer');
  }

  /** Returns the cached value or undefined. */
  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Stores a value, evicting the oldest entry when full. */
  set(key: K, value: V): void {
    if (this.entries.size >= this.maxEntries && !this.entries.has(key)) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
  }

  /** Current number of entries. */
  get size(): number {
    return this.entries.size;
  }
}
