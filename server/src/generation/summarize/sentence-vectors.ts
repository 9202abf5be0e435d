/** A sentence as a sparse, L2-normalised TF-IDF vector: term ids ascending, weights aligned. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Vectors of all sentences of one document, over that document's vocabulary. */
export interface SentenceVectors {
  vectors: SparseVector[];
  vocabularySize: number;
  /** Inverse sentence frequency per term id. */
  idf: Float64Array;
}

/**
 * TF-IDF over the sentences of one document: a term that occurs in every sentence carries nothing,
 * one that occurs in a few carries the topic of those. TF is sublinear (1 + ln tf) so that a term
 * repeated inside one sentence does not dominate it.
 */
export function vectorizeSentences(termsPerSentence: readonly (readonly string[])[]): SentenceVectors {
  const vocabulary = new Map<string, number>();
  const counts = termsPerSentence.map((terms) => {
    const tf = new Map<number, number>();
    for (const term of terms) {
      let id = vocabulary.get(term);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(term, id);
      }
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Float64Array(vocabulary.size);
  for (const tf of counts) for (const id of tf.keys()) df[id] = (df[id] ?? 0) + 1;
  const n = termsPerSentence.length;
  const idf = df.map((d) => Math.log((n + 1) / (d + 0.5)));
  const vectors = counts.map((tf) => {
    const ids = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const weights = Float64Array.from(ids, (id) => (1 + Math.log(tf.get(id) ?? 1)) * (idf[id] ?? 0));
    const norm = l2Norm(weights);
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) / norm;
    return { ids, weights };
  });
  return { vectors, vocabularySize: vocabulary.size, idf };
}

/** Dot product of two sparse vectors (cosine, as both are normalised). */
export function sparseDot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) {
      sum += (a.weights[i] ?? 0) * (b.weights[j] ?? 0);
      i += 1;
      j += 1;
    } else if (x < y) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return sum;
}

/** Dot product of a sparse vector with a dense one. */
export function denseDot(a: SparseVector, dense: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.ids.length; i++) sum += (a.weights[i] ?? 0) * (dense[a.ids[i] ?? 0] ?? 0);
  return sum;
}

/** Euclidean length; a loop, because spreading a large vocabulary into Math.hypot overflows the stack. */
export function l2Norm(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += value * value;
  return Math.sqrt(sum);
}

/** Visits every sentence that shares a term with a given one, with their cosine similarity. */
export type NeighbourVisitor = (sentence: number, visit: (other: number, similarity: number) => void) => void;

/**
 * Similarities through an inverted index (term → sentences): only sentences that share a term
 * are touched, which keeps MMR linear-ish on long texts where most pairs share nothing.
 */
export function createNeighbourVisitor(model: SentenceVectors): NeighbourVisitor {
  const postings: Array<Array<{ sentence: number; weight: number }>> = Array.from({ length: model.vocabularySize }, () => []);
  model.vectors.forEach((vector, sentence) => {
    for (let i = 0; i < vector.ids.length; i++) postings[vector.ids[i] ?? 0]?.push({ sentence, weight: vector.weights[i] ?? 0 });
  });
  const sums = new Float64Array(model.vectors.length);
  const touched: number[] = [];
  return (sentence, visit) => {
    const vector = model.vectors[sentence];
    if (vector === undefined) return;
    for (let i = 0; i < vector.ids.length; i++) {
      const weight = vector.weights[i] ?? 0;
      for (const posting of postings[vector.ids[i] ?? 0] ?? []) {
        if (sums[posting.sentence] === 0) touched.push(posting.sentence);
        sums[posting.sentence] = (sums[posting.sentence] ?? 0) + weight * posting.weight;
      }
    }
    for (const other of touched) {
      visit(other, sums[other] ?? 0);
      sums[other] = 0;
    }
    touched.length = 0;
  };
}
