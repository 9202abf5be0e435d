/**
 * Streams text while watching for stop sequences: text that could be the start of a stop
 * sequence is held back until it is clear, and nothing from a stop sequence onwards is emitted.
 */
export class StopSequenceFilter {
  private pending = '';
  private stopped = false;

  constructor(private readonly stops: string[]) {}

  /** Returns the text that is safe to emit now, and whether a stop sequence was reached. */
  push(delta: string): { text: string; stopped: boolean } {
    if (this.stopped) return { text: '', stopped: true };
    this.pending += delta;
    const stops = this.stops.filter(Boolean);
    let cut = -1;
    for (const stop of stops) {
      const at = this.pending.indexOf(stop);
      if (at !== -1 && (cut === -1 || at < cut)) cut = at;
    }
    if (cut !== -1) {
      this.stopped = true;
      const text = this.pending.slice(0, cut);
      this.pending = '';
      return { text, stopped: true };
    }
    const hold = Math.max(0, ...stops.map((stop) => longestSuffixPrefix(this.pending, stop)));
    const text = this.pending.slice(0, this.pending.length - hold);
    this.pending = this.pending.slice(this.pending.length - hold);
    return { text, stopped: false };
  }

  /** At the end of generation whatever was held back is real text. */
  flush(): string {
    const text = this.stopped ? '' : this.pending;
    this.pending = '';
    return text;
  }
}

/** Length of the longest suffix of `text` that is a proper prefix of `stop`. */
function longestSuffixPrefix(text: string, stop: string): number {
  for (let length = Math.min(text.length, stop.length - 1); length > 0; length -= 1) {
    if (stop.startsWith(text.slice(text.length - length))) return length;
  }
  return 0;
}
