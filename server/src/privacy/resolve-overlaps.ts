import { PERSONAL_DATA_TYPES, SPECIFICITY_TIER, type Finding } from './personal-data-types';

/** Index of the first kept finding that starts at or after `start` (kept is sorted by start). */
function firstStartingAt(kept: readonly Finding[], start: number): number {
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((kept[middle] as Finding).start < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Keeps a deterministic set of non-overlapping findings: lower specificity tier first (checksums
 * beat shapes, shapes beat name heuristics), then the longer span, then the earlier start, then
 * the order of PERSONAL_DATA_TYPES. Returned in text order.
 */
export function resolveOverlaps(candidates: readonly Finding[]): Finding[] {
  const ranked = candidates
    .filter((finding) => finding.end > finding.start)
    .sort((a, b) =>
      SPECIFICITY_TIER[a.type] - SPECIFICITY_TIER[b.type]
      || (b.end - b.start) - (a.end - a.start)
      || a.start - b.start
      || PERSONAL_DATA_TYPES.indexOf(a.type) - PERSONAL_DATA_TYPES.indexOf(b.type));
  // Kept findings never overlap, so sorted by start they are also sorted by end: only the two
  // neighbours of the insertion point can overlap a candidate.
  const kept: Finding[] = [];
  for (const candidate of ranked) {
    const index = firstStartingAt(kept, candidate.start);
    const before = kept[index - 1];
    const after = kept[index];
    if (before && before.end > candidate.start) continue;
    if (after && after.start < candidate.end) continue;
    kept.splice(index, 0, candidate);
  }
  return kept;
}
