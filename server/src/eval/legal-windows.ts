/**
 * The passage windows of shared/BASELINES.md's LegalQuAD row: ~1,000 characters with 200 overlap,
 * snapped to spaces. This reproduces the baseline's 4,917 passages and its "10 of 200 answers fit
 * in no single window" exactly:
 *   end   = start + size, moved back to the last space in the window if that lies past start + size/2;
 *   start = the character after the first space in [end − overlap, end), else end − overlap.
 */
export function slidingWindows(text: string, size = 1000, overlap = 200): Array<{ start: number; end: number }> {
  if (overlap >= size) throw new Error('slidingWindows: overlap must be smaller than size');
  const windows: Array<{ start: number; end: number }> = [];
  const length = text.length;
  let start = 0;
  for (;;) {
    let end = Math.min(length, start + size);
    if (end < length) {
      const space = text.lastIndexOf(' ', end - 1);
      if (space >= start && space > start + size / 2) end = space;
    }
    windows.push({ start, end });
    if (end >= length) return windows;
    const from = end - overlap;
    const space = text.indexOf(' ', from);
    start = space !== -1 && space < end ? space + 1 : from;
  }
}
