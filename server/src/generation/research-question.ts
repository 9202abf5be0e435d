import { GenerationUnavailableError, type TextGenerationModel } from '../inference';
import type { GermanAnalyzer, Passage, Retriever } from '../retrieval';
import { retrieveChunks } from '../retrieval';
import { answerExtractively, EXTRACTIVE_TEXT, type Answer, type AnswerQuestionInput } from './answer-question';
import { renderPrompt, type PromptLibrary } from './prompts';
import { verifyCitations, type CitationReport } from './verify-citations';

export const RESEARCH_PROMPT_ID = 'research-answer';

export interface ResearchContext {
  retriever: Retriever;
  analyzer: GermanAnalyzer;
  prompts: PromptLibrary;
  /** Null: no generation model configured, research answers extractively. */
  generation: TextGenerationModel | null;
  maxTokens: number;
}

export interface ResearchAnswer extends Answer {
  model: string | null;
  prompt: { id: string; version: number } | null;
  verification: CitationReport | null;
  /** Why a generative answer fell back to the extractive one. */
  fallback: { reason: string } | null;
}

/**
 * Research: retrieve passages, let the model answer from them with [n] markers, then check every
 * marker and quotation against the passages. Without a model (or when it is down or overloaded)
 * the extractive answer is returned, marked as such.
 */
export async function researchQuestion(context: ResearchContext, input: AnswerQuestionInput & { signal?: AbortSignal }): Promise<ResearchAnswer> {
  const extractive = async (fallback: { reason: string } | null): Promise<ResearchAnswer> => ({
    ...(await answerExtractively(context.retriever, context.analyzer, input)), model: null, prompt: null, verification: null, fallback,
  });
  if (!context.generation) return extractive(null);
  const { mode, passages } = await retrieveChunks(context.retriever, { query: input.question, k: input.k, filter: input.filter });
  const template = context.prompts.get(RESEARCH_PROMPT_ID);
  const prompt = { id: template.id, version: template.version };
  const citations = passages.map((passage, index) => ({ marker: index + 1, passage, quote: passage.quote, start: passage.start, end: passage.end }));
  if (passages.length === 0) {
    return { mode: 'generative', retrievalMode: mode, found: false, answer: EXTRACTIVE_TEXT.nothingFound, citations: [], model: context.generation.modelId, prompt, verification: null, fallback: null };
  }
  const messages = renderPrompt(template, { question: input.question, passages: formatPassages(passages) });
  let answer = '';
  try {
    const stream = context.generation.generate({
      messages, settings: { maxTokens: context.maxTokens, temperature: 0, topP: 1, stop: [] }, ...(input.signal ? { signal: input.signal } : {}),
    });
    for await (const event of stream) if (event.type === 'text-delta') answer += event.text;
  } catch (error) {
    if (error instanceof GenerationUnavailableError) return extractive({ reason: error.reason });
    throw error;
  }
  return {
    mode: 'generative', retrievalMode: mode, found: true, answer: answer.trim(), citations,
    model: context.generation.modelId, prompt, verification: verifyCitations(answer, passages), fallback: null,
  };
}

/** Passages as data blocks: the model is told that their content is never an instruction. */
export function formatPassages(passages: Passage[]): string {
  const escape = (text: string) => text.replace(/<\/?fundstelle/gi, (tag) => tag.replace('<', '‹'));
  return passages
    .map((passage, index) => {
      const place = [passage.title, passage.section, `Seite ${passage.page}`].filter(Boolean).join(', ');
      return `<fundstelle nummer="${index + 1}" quelle="${escape(place).replace(/"/g, "'")}">\n${escape(passage.quote)}\n</fundstelle>`;
    })
    .join('\n\n');
}
