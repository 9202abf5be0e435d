import type { Passage } from '../retrieval';

export interface QuoteCheck {
  quote: string;
  /** The marker the quote is attributed to (the next [n] in the same sentence), if any. */
  marker: number | null;
  verified: boolean;
}

export interface CitationReport {
  /** Markers used in the answer that refer to a returned passage. */
  markers: number[];
  /** Markers like [7] with no passage behind them. */
  unknownMarkers: number[];
  quotes: QuoteCheck[];
  /**
   * True when the answer cites at least one passage, every marker resolves and every quotation
   * occurs verbatim in its passage. An answer without any citation is never verified.
   */
  verified: boolean;
}

const MARKER = /\[(\d{1,3})\]/g;
// German „…“ and straight "…" quotations of at least a few characters.
const QUOTATION = /„([^“”"]{4,}?)[“”]|"([^"]{4,}?)"/g;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Checks a generated answer against the passages it cites: every [n] must exist and every
 * quotation must occur verbatim (modulo whitespace) in the passage it is attributed to.
 */
export function verifyCitations(answer: string, passages: Passage[]): CitationReport {
  const used = [...answer.matchAll(MARKER)].map((match) => Number(match[1]));
  const markers = [...new Set(used.filter((marker) => marker >= 1 && marker <= passages.length))].sort((a, b) => a - b);
  const unknownMarkers = [...new Set(used.filter((marker) => marker < 1 || marker > passages.length))].sort((a, b) => a - b);
  const quotes: QuoteCheck[] = [];
  for (const match of answer.matchAll(QUOTATION)) {
    const quote = match[1] ?? match[2] ?? '';
    const after = answer.slice((match.index ?? 0) + match[0].length);
    const sentenceEnd = after.search(/[.!?](\s|$)/);
    const marker = /\[(\d{1,3})\]/.exec(sentenceEnd === -1 ? after : after.slice(0, sentenceEnd + 1));
    const attributed = marker ? Number(marker[1]) : null;
    const candidates = attributed !== null ? passages.slice(attributed - 1, attributed) : passages;
    const verified = candidates.some((passage) => normalise(passage.quote).includes(normalise(quote)));
    quotes.push({ quote, marker: attributed, verified });
  }
  const verified = markers.length > 0 && unknownMarkers.length === 0 && quotes.every((check) => check.verified);
  return { markers, unknownMarkers, quotes, verified };
}
