import { GenerationUnavailableError, type TextGenerationModel } from '../inference';
import type { GermanAnalyzer, Passage, Retriever } from '../retrieval';
import { retrieveChunks } from '../retrieval';
import { answerExtractively, EXTRACTIVE_TEXT, relevantPassages, type Answer, type AnswerQuestionInput } from './answer-question';
import { neutralizeDelimiter, type PromptLibrary } from './prompts';
import { runPrompt } from './run-prompt';
import { generativeStream, NO_USAGE, type PrivacyGuard, type UseCaseEvents } from './use-case';
import type { GenerationUsage } from '../inference';
import { verifyCitations, type CitationReport } from './verify-citations';

export const RESEARCH_PROMPT_ID = 'research-answer';

export interface ResearchContext {
  retriever: Retriever;
  analyzer: GermanAnalyzer;
  prompts: PromptLibrary;
  /** Null: no generation model configured, research answers extractively. */
  generation: TextGenerationModel | null;
  maxTokens: number;
  privacy?: PrivacyGuard | null;
}

export interface ResearchAnswer extends Answer {
  model: string | null;
  prompt: { id: string; version: number } | null;
  verification: CitationReport | null;
  /** Why a generative answer fell back to the extractive one. */
  fallback: { reason: string } | null;
  usage: GenerationUsage;
}

/**
 * Research: retrieve passages, let the model answer from them with [n] markers, then check every
 * marker and quotation against the passages. Without a model (or when it is down or overloaded)
 * the extractive answer is returned, marked as such.
 */
export async function researchQuestion(
  context: ResearchContext,
  input: AnswerQuestionInput & { signal?: AbortSignal; events?: UseCaseEvents },
): Promise<ResearchAnswer> {
  const extractive = async (fallback: { reason: string } | null): Promise<ResearchAnswer> => {
    const answer = await answerExtractively(context.retriever, context.analyzer, input);
    input.events?.onStart?.({ mode: 'extractive', model: null });
    input.events?.onDelta?.(answer.answer);
    return { ...answer, model: null, prompt: null, verification: null, fallback, usage: NO_USAGE };
  };
  if (!context.generation) return extractive(null);
  const retrieved = await retrieveChunks(context.retriever, { query: input.question, k: input.k, filter: input.filter });
  const mode = retrieved.mode;
  // Nothing relevant: say so instead of letting the model write around unrelated passages.
  const passages = relevantPassages(context.retriever, context.analyzer, input.question, retrieved.passages, input.minCoverage);
  const template = context.prompts.get(RESEARCH_PROMPT_ID);
  const prompt = { id: template.id, version: template.version };
  const citations = passages.map((passage, index) => ({ marker: index + 1, passage, quote: passage.quote, start: passage.start, end: passage.end }));
  if (passages.length === 0) {
    input.events?.onStart?.({ mode: 'generative', model: context.generation.modelId });
    input.events?.onDelta?.(EXTRACTIVE_TEXT.nothingFound);
    return {
      mode: 'generative', retrievalMode: mode, found: false, answer: EXTRACTIVE_TEXT.nothingFound, citations: [], model: context.generation.modelId, prompt,
      verification: null, fallback: null, usage: NO_USAGE,
    };
  }
  const model = context.generation;
  const stream = generativeStream(input.events, model.modelId);
  try {
    const run = await runPrompt(model, template, { question: input.question, passages: formatPassages(passages) }, {
      maxTokens: context.maxTokens, privacy: context.privacy ?? null, ...(input.signal ? { signal: input.signal } : {}),
      onDelta: stream.onDelta,
    });
    return {
      mode: 'generative', retrievalMode: mode, found: true, answer: run.text, citations,
      model: model.modelId, prompt, verification: verifyCitations(run.text, passages), fallback: null, usage: run.usage,
    };
  } catch (error) {
    if (error instanceof GenerationUnavailableError && !stream.started) return extractive({ reason: error.reason });
    throw error;
  }
}

/** Passages as data blocks: the model is told that their content is never an instruction. */
export function formatPassages(passages: Passage[]): string {
  const escape = (text: string) => neutralizeDelimiter(text, 'fundstelle');
  return passages
    .map((passage, index) => {
      const place = [passage.title, passage.section, `Seite ${passage.page}`].filter(Boolean).join(', ');
      return `<fundstelle nummer="${index + 1}" quelle="${escape(place).replace(/"/g, "'")}">\n${escape(passage.quote)}\n</fundstelle>`;
    })
    .join('\n\n');
}
