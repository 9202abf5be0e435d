/** SARI components, each 0–1; `sari` is their mean. */
export interface SariScore {
  sari: number;
  /** Keep F1, averaged over n = 1…4. */
  keep: number;
  /** Deletion precision, averaged over n = 1…4. */
  deletion: number;
  /** Addition F1, averaged over n = 1…4. */
  addition: number;
}

export interface SariItem {
  source: string;
  prediction: string;
  references: readonly string[];
}

const MAX_N = 4;

/** Lowercased words and single punctuation marks, like sacrebleu's 13a tokenizer that EASSE applies before SARI. */
export function tokenizeForSari(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? [];
}

/**
 * SARI (Xu, Napoles, Pavlick, Chen & Callison-Burch 2016, "Optimizing Statistical Machine
 * Translation for Text Simplification", TACL 4): n-grams of the output are rewarded for being kept,
 * deleted or added in agreement with the references, relative to the source. Follows the authors'
 * SARI.py: F1 for keep and add, precision only for delete, 0/0 counted as 0, source and output
 * counts multiplied by the number of references.
 */
export function sentenceSari(source: string, prediction: string, references: readonly string[]): SariScore {
  const sourceTokens = tokenizeForSari(source);
  const predictionTokens = tokenizeForSari(prediction);
  const referenceTokens = references.map(tokenizeForSari);
  let keep = 0;
  let deletion = 0;
  let addition = 0;
  for (let n = 1; n <= MAX_N; n += 1) {
    const scores = sariForOrder(ngrams(sourceTokens, n), ngrams(predictionTokens, n), referenceTokens.map((tokens) => ngrams(tokens, n)));
    keep += scores.keep;
    deletion += scores.deletion;
    addition += scores.addition;
  }
  keep /= MAX_N;
  deletion /= MAX_N;
  addition /= MAX_N;
  return { sari: (keep + deletion + addition) / 3, keep, deletion, addition };
}

/** Mean of the sentence scores (what EASSE and Hugging Face report, times 100). */
export function corpusSari(items: readonly SariItem[]): SariScore {
  const total = { sari: 0, keep: 0, deletion: 0, addition: 0 };
  for (const item of items) {
    const score = sentenceSari(item.source, item.prediction, item.references);
    total.sari += score.sari;
    total.keep += score.keep;
    total.deletion += score.deletion;
    total.addition += score.addition;
  }
  const count = Math.max(1, items.length);
  return { sari: total.sari / count, keep: total.keep / count, deletion: total.deletion / count, addition: total.addition / count };
}

type Counts = Map<string, number>;

function ngrams(tokens: readonly string[], n: number): Counts {
  const counts: Counts = new Map();
  for (let i = 0; i + n <= tokens.length; i += 1) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

const get = (counts: Counts, gram: string) => counts.get(gram) ?? 0;

/** Multiset operations as in Python's Counter: `&` keeps the minimum, `-` drops non-positive counts. */
function intersect(a: Counts, b: Counts): Counts {
  const result: Counts = new Map();
  for (const [gram, count] of a) {
    const value = Math.min(count, get(b, gram));
    if (value > 0) result.set(gram, value);
  }
  return result;
}

function subtract(a: Counts, b: Counts): Counts {
  const result: Counts = new Map();
  for (const [gram, count] of a) {
    const value = count - get(b, gram);
    if (value > 0) result.set(gram, value);
  }
  return result;
}

function scale(counts: Counts, factor: number): Counts {
  return new Map([...counts].map(([gram, count]) => [gram, count * factor]));
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 0 : numerator / denominator);
const f1 = (precision: number, recall: number) => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));

function sariForOrder(source: Counts, prediction: Counts, references: readonly Counts[]): { keep: number; deletion: number; addition: number } {
  const referenceCount = Math.max(1, references.length);
  const reference: Counts = new Map();
  for (const counts of references) for (const [gram, count] of counts) reference.set(gram, get(reference, gram) + count);
  const sourceRep = scale(source, referenceCount);
  const predictionRep = scale(prediction, referenceCount);

  const kept = intersect(sourceRep, predictionRep);
  const keptGood = intersect(kept, reference);
  const keptAll = intersect(sourceRep, reference);
  let keepPrecision = 0;
  let keepRecall = 0;
  for (const [gram, good] of keptGood) {
    keepPrecision += good / get(kept, gram);
    keepRecall += good / get(keptAll, gram);
  }
  const keep = f1(ratio(keepPrecision, kept.size), ratio(keepRecall, keptAll.size));

  const deleted = subtract(sourceRep, predictionRep);
  const deletedGood = subtract(deleted, reference);
  let deletePrecision = 0;
  for (const [gram, good] of deletedGood) deletePrecision += good / get(deleted, gram);
  const deletion = ratio(deletePrecision, deleted.size);

  const added = [...prediction.keys()].filter((gram) => !source.has(gram));
  const addedGood = added.filter((gram) => reference.has(gram)).length;
  const addable = [...reference.keys()].filter((gram) => !source.has(gram)).length;
  const addition = f1(ratio(addedGood, added.length), ratio(addedGood, addable));
  return { keep, deletion, addition };
}
