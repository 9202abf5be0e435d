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
  const { mode, passages } = await retrieveChunks(retriever, { query: input.question, k: input.k, filter: input.filter });
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
