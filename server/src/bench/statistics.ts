/** Nearest-rank percentile of a sample (p in 0..100). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Times one call in milliseconds with the high-resolution clock. */
export async function timeMs<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/**
 * Median of the per-pair ratios candidate[i] / baseline[i] of two samples taken in the same
 * interleaved rounds; steadier than a ratio of medians when other load on the machine drifts.
 */
export function medianRatio(baseline: number[], candidate: number[]): number {
  const ratios = baseline.flatMap((value, i) => {
    const other = candidate[i];
    return other === undefined || value === 0 ? [] : [other / value];
  });
  return percentile(ratios, 50);
}
