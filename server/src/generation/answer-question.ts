import { retrieveChunks, type GermanAnalyzer, type Passage, type RetrievalFilter, type RetrievalMode, type Retriever } from '../retrieval';
import { splitSentences } from './split-sentences';

export interface Citation {
  marker: number;
  passage: Passage;
  /** The quoted sentence(s) inside the passage, with document offsets: `quote === text.slice(start, end)`. */
  quote: string;
  start: number;
  end: number;
}

export interface Answer {
  mode: 'extractive' | 'generative';
  retrievalMode: RetrievalMode;
  /** Whether the corpus held anything relevant; when false the answer says so and cites nothing. */
  found: boolean;
  answer: string;
  citations: Citation[];
}

export interface AnswerQuestionInput {
  question: string;
  k: number;
  filter?: RetrievalFilter;
  /**
   * Share of the question's terms the best passage must contain to count as relevant (0 = any hit).
   * Below it the answer says that the corpus holds nothing on the question instead of quoting noise.
   */
  minCoverage?: number;
}

/**
 * Default of LLMOIN_RESEARCH_MIN_COVERAGE (IDF-weighted share of the question the best passage
 * covers). Chosen on the first 400 XQuAD / MLQA questions plus 200 unanswerable ones each: it gives
 * up 1.5 % / 1.8 % of the questions whose passages held the gold answer and says "nothing found" for
 * 24 % / 38 % of the unanswerable ones (0.15: 0.5 % for 11 % / 20 %; 0.25: 4.3 % / 6.8 % for 42 % / 56 %).
 * Unweighted term shares did worse (at 0.2: 6.5 % / 22 % refused for similar losses).
 */
export const DEFAULT_RESEARCH_MIN_COVERAGE = 0.2;

/**
 * Share of the question the passage covers, each distinct question term weighted by its rarity in
 * the corpus (IDF): "Eiffelturm" counts for more than "hoch", and a term no chunk contains counts most.
 */
export function questionCoverage(retriever: Retriever, analyzer: GermanAnalyzer, question: string, passage: Passage): number {
  const questionTerms = [...new Set(analyzer.analyze(question))];
  if (questionTerms.length === 0) return 0;
  const weights = retriever.lexicalIndex.termWeights(questionTerms);
  const passageTerms = new Set(analyzer.analyze(passage.quote));
  let covered = 0;
  let total = 0;
  for (const term of questionTerms) {
    const weight = weights.get(term) ?? 0;
    total += weight;
    if (passageTerms.has(term)) covered += weight;
  }
  return total > 0 ? covered / total : 0;
}

/** The retrieved passages, or none when even the best one covers too little of the question. */
export function relevantPassages(retriever: Retriever, analyzer: GermanAnalyzer, question: string, passages: Passage[], minCoverage = 0): Passage[] {
  const best = passages[0];
  if (!best || minCoverage <= 0) return passages;
  return questionCoverage(retriever, analyzer, question, best) >= minCoverage ? passages : [];
}

/** German wording of extractive answers; kept apart from logic so the UI and tests share it. */
export const EXTRACTIVE_TEXT = {
  intro: 'Die folgenden Fundstellen beantworten Ihre Frage am ehesten (wörtliche Zitate, ohne Sprachmodell):',
  nothingFound: 'Im Bestand wurden keine Fundstellen zu Ihrer Frage gefunden. Bitte formulieren Sie die Frage anders oder laden Sie passende Dokumente hoch.',
};

const MAX_QUOTE_CHARS = 600;

/**
 * Research without a language model: the best passages, each reduced to the sentences that
 * share the most terms with the question, quoted verbatim with exact offsets.
 */
export async function answerExtractively(
  retriever: Retriever,
  analyzer: GermanAnalyzer,
  input: AnswerQuestionInput,
): Promise<Answer> {
  const retrieved = await retrieveChunks(retriever, { query: input.question, k: input.k, filter: input.filter });
  const mode = retrieved.mode;
  const passages = relevantPassages(retriever, analyzer, input.question, retrieved.passages, input.minCoverage);
  if (passages.length === 0) {
    return { mode: 'extractive', retrievalMode: mode, found: false, answer: EXTRACTIVE_TEXT.nothingFound, citations: [] };
  }
  const questionTerms = new Set(analyzer.analyze(input.question));
  const citations = passages.map((passage, index) => ({ marker: index + 1, passage, ...bestQuote(passage, questionTerms, analyzer) }));
  const lines = citations.map((citation) => `„${citation.quote}“ [${citation.marker}]`);
  return { mode: 'extractive', retrievalMode: mode, found: true, answer: [EXTRACTIVE_TEXT.intro, ...lines].join('\n\n'), citations };
}

function bestQuote(passage: Passage, questionTerms: Set<string>, analyzer: GermanAnalyzer): { quote: string; start: number; end: number } {
  const sentences = splitSentences(passage.quote).filter((span) => !passage.quote.slice(span.start, span.end).startsWith('#'));
  let best = { score: -1, start: 0, end: passage.quote.length };
  for (const span of sentences) {
    const terms = analyzer.analyze(passage.quote.slice(span.start, span.end));
    const score = new Set(terms.filter((term) => questionTerms.has(term))).size;
    if (score > best.score) best = { score, ...span };
  }
  const end = Math.min(best.end, best.start + MAX_QUOTE_CHARS);
  const trimmedEnd = end < best.end ? wordBoundary(passage.quote, best.start, end) : end;
  return { quote: passage.quote.slice(best.start, trimmedEnd), start: passage.start + best.start, end: passage.start + trimmedEnd };
}

function wordBoundary(text: string, start: number, end: number): number {
  const space = text.lastIndexOf(' ', end);
  return space > start ? space : end;
}
