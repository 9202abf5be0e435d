import { createGermanAnalyzer, type GermanAnalyzer } from '../retrieval';

/** Precision, recall and F1 of one ROUGE variant. */
export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

export interface RougeOptions {
  /** Compare Snowball stems (the German analyzer without stop-word removal or decompounding). */
  stem?: boolean;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/**
 * The tokens ROUGE compares: NFC, lower-cased, maximal runs of Unicode letters and digits. So
 * punctuation is dropped, hyphenated compounds and slashes split ("Hard-Rock-Band" → hard, rock,
 * band; "AC/DC" → ac, dc), umlauts and ß are kept as they are (no ASCII folding), and numbers are
 * tokens. This is the rouge-score tokenizer with \p{L} in place of [a-z], which would cut German
 * words at every umlaut.
 */
export function rougeTokens(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(TOKEN) ?? [];
}

let stemmer: GermanAnalyzer | undefined;
/** Stemmed tokens: one Snowball stem per word, umlauts folded (ä = ae), no stop words removed. */
export function stemmedRougeTokens(text: string): string[] {
  stemmer ??= createGermanAnalyzer({ decompound: false, stopWords: false });
  return stemmer.analyze(text);
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Precision/recall/F1 from an overlap count; 0 (not NaN) when a side is empty. */
export function score(overlap: number, candidateTotal: number, referenceTotal: number): RougeScore {
  const precision = candidateTotal > 0 ? overlap / candidateTotal : 0;
  const recall = referenceTotal > 0 ? overlap / referenceTotal : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** ROUGE-N: n-gram overlap with clipped counts (an n-gram matches at most as often as the reference has it). */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of c) overlap += Math.min(count, r.get(gram) ?? 0);
  return score(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence (dynamic programme over two rows). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const token = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      current[j] = token === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/**
 * ROUGE-L over the whole token sequences (one LCS for the text, not the per-sentence union of
 * ROUGE-Lsum): precision LCS/|candidate|, recall LCS/|reference|, F1 with β = 1.
 */
export function rougeL(candidate: readonly string[], reference: readonly string[]): RougeScore {
  return score(lcsLength(candidate, reference), candidate.length, reference.length);
}

/** ROUGE-1, ROUGE-2 and ROUGE-L of a candidate against one reference. */
export function rouge(candidate: string, reference: string, options: RougeOptions = {}): RougeScores {
  const tokenize = options.stem ? stemmedRougeTokens : rougeTokens;
  const c = tokenize(candidate);
  const r = tokenize(reference);
  return { rouge1: rougeN(c, r, 1), rouge2: rougeN(c, r, 2), rougeL: rougeL(c, r) };
}
