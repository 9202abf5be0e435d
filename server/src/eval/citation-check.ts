/**
 * Scoring of research answers, independent of the service's own verifyCitations: quotes are
 * checked against the source text the evaluation itself fed in, at the place the answer cites.
 */

/** NFC, lower case, whitespace runs collapsed: how answers and gold answers are compared. */
export function normaliseAnswerText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when the answer contains one of the gold answers (normalised, see {@link normaliseAnswerText}). */
export function containsGoldAnswer(answer: string, goldAnswers: readonly string[]): boolean {
  const haystack = normaliseAnswerText(answer);
  return goldAnswers.some((gold) => {
    const needle = normaliseAnswerText(gold);
    return needle.length > 0 && haystack.includes(needle);
  });
}

export interface Quotation {
  quote: string;
  /** The [n] the quote is attributed to: the first marker after it in the same sentence; null when there is none. */
  marker: number | null;
}

interface QuotationSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark. */
  end: number;
  quote: string;
}

/**
 * The quotations of a text: „…“ (or „…”) with nested quotations kept inside (a quoted sentence
 * may itself quote: „… namens „Model C“ …“ or „… “Ja, gern.” …“), or "…" outside them.
 */
export function quotationSpans(text: string): QuotationSpan[] {
  const spans: QuotationSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '„') {
      let depth = 1;
      let j = i + 1;
      for (; j < text.length && depth > 0; j += 1) {
        const mark = text[j];
        // “ opens an English-style quotation when a word follows it ("“Ja, …”"); otherwise it closes.
        if (mark === '„' || (mark === '“' && /[\p{L}\p{N}]/u.test(text[j + 1] ?? ''))) depth += 1;
        else if (mark === '“' || mark === '”') depth -= 1;
      }
      if (depth > 0) break; // unclosed: the rest is no quotation
      spans.push({ start: i, end: j, quote: text.slice(i + 1, j - 1) });
      i = j;
    } else if (char === '"') {
      const close = text.indexOf('"', i + 1);
      if (close === -1) break;
      spans.push({ start: i, end: close + 1, quote: text.slice(i + 1, close) });
      i = close + 1;
    } else i += 1;
  }
  return spans;
}

/**
 * The quotations of an answer text (at least 4 characters) with the marker that attributes each:
 * the first [n] between the closing mark and the end of the sentence or the next quotation,
 * whichever comes first.
 */
export function extractQuotations(answer: string): Quotation[] {
  const spans = quotationSpans(answer);
  return spans.flatMap((span, i): Quotation[] => {
    if (span.quote.trim().length < 4) return [];
    const tail = answer.slice(span.end, spans[i + 1]?.start ?? answer.length);
    const sentenceEnd = tail.search(/[.!?](\s|$)/);
    const scope = sentenceEnd === -1 ? tail : tail.slice(0, sentenceEnd + 1);
    const marker = /\[(\d{1,3})\]/.exec(scope);
    return [{ quote: span.quote, marker: marker ? Number(marker[1]) : null }];
  });
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A quote exists at a place when it occurs there character for character, whitespace runs aside. */
export function quoteOccursIn(quote: string, place: string): boolean {
  const needle = collapse(quote);
  return needle.length > 0 && collapse(place).includes(needle);
}

/** Where a citation points: the source text of the cited passage (what the evaluation ingested). */
export interface CitedPlace {
  marker: number;
  /** The passage's text, cut from the evaluation's own copy of the source at the passage offsets. */
  sourceText: string;
}

export interface CitationScore {
  /** Quotations in the answer text. */
  quotes: number;
  /** Quotations found verbatim in the passage their marker cites. */
  verified: number;
  /** Quotations without a marker (cannot be checked at a place: counted as not verified). */
  unattributed: number;
  /** Quotations whose marker names no returned passage. */
  unknownMarker: number;
}

/** Checks every quotation of the answer against the source text at the place its marker cites. */
export function scoreQuotations(answer: string, places: readonly CitedPlace[]): CitationScore {
  const byMarker = new Map(places.map((place) => [place.marker, place.sourceText]));
  const score: CitationScore = { quotes: 0, verified: 0, unattributed: 0, unknownMarker: 0 };
  for (const { quote, marker } of extractQuotations(answer)) {
    score.quotes += 1;
    if (marker === null) score.unattributed += 1;
    else if (!byMarker.has(marker)) score.unknownMarker += 1;
    else if (quoteOccursIn(quote, byMarker.get(marker) ?? '')) score.verified += 1;
  }
  return score;
}

/** A structured citation (offsets into the document) is exact when the source has the quote at exactly those offsets. */
export function offsetsExact(citation: { quote: string; start: number; end: number }, documentText: string): boolean {
  return citation.end > citation.start && documentText.slice(citation.start, citation.end) === citation.quote;
}

/** The sentence the research prompt asks the model to give when the passages do not answer the question. */
export const REFUSAL_PATTERNS = [/keine angabe/i, /enthalten die fundstellen kein/i, /keine fundstellen/i, /nicht beantwort/i];

/**
 * Refused: nothing found (the "nothing found" answer), or, for a generated answer, the model's own
 * words outside quotations say that the passages do not answer it. An extractive answer only
 * quotes, so only `found` counts there.
 */
export function isRefusal(answer: { mode: 'extractive' | 'generative'; found: boolean; answer: string }): boolean {
  if (!answer.found) return true;
  if (answer.mode === 'extractive') return false;
  let ownWords = answer.answer;
  for (const span of quotationSpans(answer.answer).reverse()) ownWords = `${ownWords.slice(0, span.start)} ${ownWords.slice(span.end)}`;
  return REFUSAL_PATTERNS.some((pattern) => pattern.test(ownWords));
}
