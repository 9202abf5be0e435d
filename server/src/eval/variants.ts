import { DEFAULT_LEXICAL_WEIGHTS, type LexicalWeights } from '../retrieval';

/**
 * An experimental configuration of the lexical side, evaluated on the same ingested data as the
 * default. Written as `key=value` pairs joined by `+`, e.g. `decompound=0+weights=1/1/1`:
 *   decompound=0|1   createGermanAnalyzer({ decompound })
 *   stopwords=0|1    createGermanAnalyzer({ stopWords })
 *   weights=T/S/B    LexicalIndex column weights (title/section/body)
 *   title=keep|none  index the document title in the title column, or leave that column empty
 *   chunk=SIZE/OVERLAP  re-ingest with other chunking (a separate database)
 *   unit=chunk|document  diagnostic: index each document as ONE row (its whole text, under its first
 *                    chunk's id) instead of per chunk, i.e. page-level BM25 with LLMoin's analyzer
 *   docprior=λ       blend each chunk's bm25 with its document's page-level bm25 (0 < λ < 1, min-max
 *                    normalised; eval-side experiment, see documentPriorSearch)
 *   perdoc=N         keep at most N chunks per document before cutting at k (0 = no limit; done in
 *                    the eval on a deeper list: shows what grouping by document in retrieveChunks would gain)
 * `default` is the service's own configuration.
 */
export interface LexicalVariant {
  name: string;
  decompound: boolean;
  stopWords: boolean;
  weights: LexicalWeights;
  title: 'keep' | 'none';
  unit: 'chunk' | 'document';
  chunking: { chunkSize: number; chunkOverlap: number } | null;
  /** Weight of the page-level score blended into chunk scores; 0 = off. */
  docPrior: number;
  /** Max chunks per document in the top k; 0 = no limit. */
  perDocument: number;
}

export const DEFAULT_VARIANT: LexicalVariant = {
  name: 'default', decompound: true, stopWords: true, weights: DEFAULT_LEXICAL_WEIGHTS, title: 'keep', unit: 'chunk', chunking: null, docPrior: 0, perDocument: 0,
};

/** True when the variant indexes different terms than the service does (the lexical index must be rebuilt). */
export function needsReindex(variant: LexicalVariant): boolean {
  return variant.decompound !== DEFAULT_VARIANT.decompound || variant.stopWords !== DEFAULT_VARIANT.stopWords || variant.title !== 'keep'
    || variant.unit !== 'chunk';
}

const flag = (key: string, value: string): boolean => {
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  throw new Error(`variant: ${key} must be 0 or 1, got "${value}"`);
};

export function parseVariant(spec: string): LexicalVariant {
  const trimmed = spec.trim();
  if (trimmed === '' || trimmed === 'default') return { ...DEFAULT_VARIANT };
  const variant: LexicalVariant = { ...DEFAULT_VARIANT, weights: { ...DEFAULT_VARIANT.weights }, name: trimmed };
  for (const pair of trimmed.split('+')) {
    const [key, value, extra] = pair.split('=');
    if (key === undefined || value === undefined || extra !== undefined) throw new Error(`variant: cannot read "${pair}" (expected key=value)`);
    switch (key) {
      case 'decompound':
        variant.decompound = flag(key, value);
        break;
      case 'stopwords':
        variant.stopWords = flag(key, value);
        break;
      case 'perdoc': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 0) throw new Error('variant: perdoc must be an integer ≥ 0');
        variant.perDocument = n;
        break;
      }
      case 'title':
        if (value !== 'keep' && value !== 'none') throw new Error('variant: title must be keep or none');
        variant.title = value;
        break;
      case 'docprior': {
        const lambda = Number(value);
        if (!Number.isFinite(lambda) || lambda < 0 || lambda >= 1) throw new Error('variant: docprior must be a number in [0, 1)');
        variant.docPrior = lambda;
        break;
      }
      case 'unit':
        if (value !== 'chunk' && value !== 'document') throw new Error('variant: unit must be chunk or document');
        variant.unit = value;
        break;
      case 'weights': {
        const numbers = value.split('/').map(Number);
        if (numbers.length !== 3 || numbers.some((n) => !Number.isFinite(n) || n < 0)) throw new Error('variant: weights must be T/S/B, three numbers ≥ 0');
        variant.weights = { title: numbers[0]!, section: numbers[1]!, body: numbers[2]! };
        break;
      }
      case 'chunk': {
        const numbers = value.split('/').map(Number);
        const [chunkSize, chunkOverlap] = numbers;
        if (numbers.length !== 2 || chunkSize === undefined || chunkOverlap === undefined || !Number.isInteger(chunkSize)
          || !Number.isInteger(chunkOverlap) || chunkSize <= 0 || chunkOverlap < 0 || chunkOverlap >= chunkSize) {
          throw new Error('variant: chunk must be SIZE/OVERLAP with 0 ≤ OVERLAP < SIZE');
        }
        variant.chunking = { chunkSize, chunkOverlap };
        break;
      }
      default:
        throw new Error(`variant: unknown key "${key}" (decompound, stopwords, weights, title, unit, chunk, docprior, perdoc)`);
    }
  }
  return variant;
}
