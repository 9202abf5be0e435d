import type { Span } from './span';

/**
 * Aktenzeichen and Geschäftszeichen as the administration configures them: every authority has its
 * own scheme, so there is no built-in pattern. Empty matches are skipped.
 */
export function detectCaseReferences(text: string, patterns: readonly RegExp[]): Span[] {
  const spans: Span[] = [];
  for (const pattern of patterns) {
    const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      if (match[0].length === 0) continue;
      const start = match.index ?? 0;
      spans.push({ start, end: start + match[0].length });
    }
  }
  return spans;
}
