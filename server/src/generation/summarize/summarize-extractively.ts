import { createGermanAnalyzer, type GermanAnalyzer } from '../../retrieval';
import { DEFAULT_RANKING, scoreSentences, type RankingOptions } from './rank-sentences';
import { selectWithinBudget } from './select-sentences';
import { collectCandidates, type CandidateSentence } from './sentence-candidates';
import { createNeighbourVisitor, vectorizeSentences } from './sentence-vectors';
import { countWords, wordBudget, type SummaryLength } from './summary-length';

export const SUMMARY_STYLES = ['fliesstext', 'stichpunkte', 'management-summary'] as const;
export type SummaryStyle = (typeof SUMMARY_STYLES)[number];

export interface SummarizeExtractivelyInput {
  text: string;
  length: SummaryLength;
  style: SummaryStyle;
  /** Target readers; an extractive summary quotes verbatim and cannot adapt to them (see `notice`). */
  audience?: string;
  /** Overrides of the ranking weights (evaluation only). */
  ranking?: Partial<RankingOptions>;
}

/** A quoted sentence: `text === source.slice(start, end)`. */
export interface SummarySentence {
  text: string;
  start: number;
  end: number;
  /** Set when a single over-long sentence was cut at a word boundary to respect the budget. */
  truncated?: true;
}

export interface ExtractiveSummary {
  mode: 'extractive';
  style: SummaryStyle;
  /** The formatted summary (German labels); whitespace inside sentences collapsed. */
  summary: string;
  /** The quoted sentences in document order. */
  sentences: SummarySentence[];
  /** Words of the quoted sentences (labels and bullets not counted; see {@link countWords}). */
  words: number;
  /** The word budget the length resolved to. */
  targetWords: number;
  sourceWords: number;
  /** German hint for the reader that this is a selection of verbatim sentences. */
  notice: string;
}

/** German wording shown with extractive summaries. */
export const EXTRACTIVE_SUMMARY_TEXT = {
  keyPoints: 'Kernaussagen:',
  notice: 'Ohne Sprachmodell erstellt: wörtliche Auszüge aus dem Dokument in ursprünglicher Reihenfolge.',
  audience: (audience: string) => `Die Zielgruppe „${audience}“ konnte ohne Sprachmodell nicht berücksichtigt werden.`,
};

const analyzers = new Map<boolean, GermanAnalyzer>();
// Built once and kept: the lexicon trie and the per-token caches outlive one document.
function analyzer(decompound: boolean): GermanAnalyzer {
  let found = analyzers.get(decompound);
  if (found === undefined) {
    found = createGermanAnalyzer({ decompound });
    analyzers.set(decompound, found);
  }
  return found;
}

/** Candidates; a text without proper sentences falls back to its fragments (headings stay out). */
function candidatesOf(text: string): CandidateSentence[] {
  const candidates = collectCandidates(text);
  return candidates.length > 0 ? candidates : collectCandidates(text, { minWords: 1, sentencesOnly: false });
}

/**
 * Picks the candidates to quote: TF-IDF sentence vectors over the German analyzer's terms,
 * scored by {@link scoreSentences} and selected under the word budget with MMR.
 */
function rankAndSelect(candidates: readonly CandidateSentence[], budget: number, ranking: RankingOptions): number[] {
  const terms = analyzer(ranking.decompound);
  const model = vectorizeSentences(candidates.map((c) => terms.analyze(c.text)));
  const scores = scoreSentences(candidates, model, ranking);
  const neighbours = ranking.redundancy > 0 ? createNeighbourVisitor(model) : undefined;
  return selectWithinBudget({ candidates, scores, budget, redundancy: ranking.redundancy, ...(neighbours ? { neighbours } : {}) });
}

/** Cuts a sentence after `words` words (exact prefix of the source). */
function truncate(source: string, sentence: CandidateSentence, words: number): SummarySentence {
  const pattern = /\S+/g;
  pattern.lastIndex = sentence.start;
  let end = sentence.start;
  let counted = 0;
  for (let match = pattern.exec(source); match && match.index < sentence.end && counted < words; match = pattern.exec(source)) {
    end = Math.min(sentence.end, match.index + match[0].length);
    if (/[\p{L}\p{N}]/u.test(match[0])) counted += 1;
  }
  return { text: source.slice(sentence.start, end), start: sentence.start, end, truncated: true };
}

function format(sentences: readonly SummarySentence[], style: SummaryStyle): string {
  const lines = sentences.map((s) => s.text.replace(/\s+/g, ' ') + (s.truncated ? ' …' : ''));
  if (style === 'fliesstext') return lines.join(' ');
  const bullets = lines.map((line) => `- ${line}`);
  return style === 'stichpunkte' ? bullets.join('\n') : [EXTRACTIVE_SUMMARY_TEXT.keyPoints, ...bullets].join('\n');
}

/**
 * Summary without a language model ("degraded mode"): the most central sentences of the text,
 * quoted verbatim with their offsets so that the UI can highlight them and readers can verify them.
 * Pure and synchronous.
 */
export function summarizeExtractively(input: SummarizeExtractivelyInput): ExtractiveSummary {
  const sourceWords = countWords(input.text);
  const budget = wordBudget(input.length, sourceWords);
  const candidates = candidatesOf(input.text);
  const ranking = { ...DEFAULT_RANKING, ...input.ranking };
  const chosen = candidates.length > 0 ? rankAndSelect(candidates, budget, ranking) : [];
  let sentences: SummarySentence[] = chosen.flatMap((i) => {
    const c = candidates[i];
    return c ? [{ text: c.text, start: c.start, end: c.end }] : [];
  });
  const only = chosen.length === 1 ? candidates[chosen[0] ?? 0] : undefined;
  if (only !== undefined && only.words > 2 * budget) sentences = [truncate(input.text, only, budget)];
  const notices = [EXTRACTIVE_SUMMARY_TEXT.notice];
  if (input.audience?.trim()) notices.push(EXTRACTIVE_SUMMARY_TEXT.audience(input.audience.trim()));
  return {
    mode: 'extractive',
    style: input.style,
    summary: format(sentences, input.style),
    sentences,
    words: sentences.reduce((sum, s) => sum + countWords(s.text), 0),
    targetWords: budget,
    sourceWords,
    notice: notices.join(' '),
  };
}
