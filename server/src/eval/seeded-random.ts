/**
 * Deterministic sampling for the evaluation: the same seed draws the same items on every machine,
 * so runs with equal `--seed` are comparable. mulberry32 is small, fast and good enough for
 * choosing samples (not for anything secret).
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher–Yates shuffled copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** `count` distinct items drawn without replacement, in the order drawn (all of them, shuffled, if fewer). */
export function sample<T>(items: readonly T[], count: number, seed: number): T[] {
  return shuffled(items, createRandom(seed)).slice(0, Math.max(0, count));
}
