import { PseudonymMapping } from './pseudonym-mapping';
import { PLACEHOLDER_PATTERN, canonicalPlaceholder } from './placeholders';

/** Puts the original values back; placeholders the mapping does not know stay as they are. */
export function restore(text: string, mapping: PseudonymMapping): string {
  if (mapping.size === 0) return text;
  return text.replace(PLACEHOLDER_PATTERN, (placeholder, label: string, number: string) =>
    mapping.get(canonicalPlaceholder(label, number)) ?? placeholder);
}

export interface StreamingRestorer {
  /** Takes the next text delta; returns what can be shown now. */
  push(delta: string): string;
  /** Returns whatever is still held back at the end of the stream. */
  flush(): string;
}

/** Labels of the mapping's placeholders ("PERSON", "STEUER_ID"). */
function labelsOf(mapping: PseudonymMapping): string[] {
  return [...new Set(mapping.placeholders().map((placeholder) => placeholder.slice(1, placeholder.lastIndexOf('_'))))];
}

/** Whether `tail` (starting with "[", no "]" yet) can still grow into a placeholder of the mapping. */
function couldBecomePlaceholder(tail: string, labels: readonly string[]): boolean {
  const body = tail.slice(1).toUpperCase();
  return labels.some((label) => label.startsWith(body) || (body.startsWith(label) && /^[_ ]\d{0,5}$/.test(body.slice(label.length))));
}

/**
 * Restores a streamed answer (SSE text deltas). A placeholder can arrive split over several
 * deltas ("[PER", "SON_", "1]"); the restorer holds back only a tail that can still become one of
 * the mapping's placeholders and passes everything else through at once.
 */
export function createStreamingRestorer(mapping: PseudonymMapping): StreamingRestorer {
  const labels = labelsOf(mapping);
  let pending = '';
  return {
    push(delta: string): string {
      const buffer = pending + delta;
      const open = buffer.lastIndexOf('[');
      const held = open !== -1 && !buffer.includes(']', open) && couldBecomePlaceholder(buffer.slice(open), labels);
      const cut = held ? open : buffer.length;
      pending = buffer.slice(cut);
      return restore(buffer.slice(0, cut), mapping);
    },
    flush(): string {
      const rest = restore(pending, mapping);
      pending = '';
      return rest;
    },
  };
}
