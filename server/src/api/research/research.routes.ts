import { Router } from 'express';
import { z } from 'zod';
import { visibilityOf, visibleTo } from '../../auth';
import type { Config } from '../../config';
import { researchQuestion, type AssistantServices, type ResearchAnswer } from '../../generation';
import type { Logger } from '../../platform/logger';
import type { GermanAnalyzer, Retriever } from '../../retrieval';
import { authorize } from '../request-context';
import { filterSchema } from '../search/search.schema';
import { presentPassage } from '../search/passage.presenter';
import { abortOnClose, respondWithUseCase, wantsEventStream } from '../use-case-stream';
import { validate } from '../validate';

interface ResearchDependencies {
  retriever: Retriever;
  analyzer: GermanAnalyzer;
  assistant: AssistantServices;
  config: Config;
  logger: Logger;
}

export function researchRoutes(deps: ResearchDependencies): Router {
  const router = Router();
  const schema = z
    .object({
      question: z.string().trim().min(1, 'must not be empty').max(deps.config.maxQueryChars),
      k: z.number().int().min(1).max(20).default(5),
      filter: filterSchema.optional(),
      stream: z.boolean().optional(),
    })
    .strict();
  router.post('/api/v1/research', async (request, response) => {
    const actor = authorize(request, 'research');
    const body = validate(schema, request.body);
    const signal = abortOnClose(response);
    const context = deps.assistant.context();
    await respondWithUseCase(
      request, response, { stream: wantsEventStream(request, body.stream), logger: deps.logger },
      (events) => researchQuestion(
        { retriever: deps.retriever, analyzer: deps.analyzer, prompts: context.prompts, generation: context.generation, maxTokens: context.maxTokens, privacy: context.privacy },
        { question: body.question, k: body.k, filter: { ...body.filter, visibleTo: visibilityOf(actor) }, minCoverage: deps.config.researchMinCoverage, signal, events },
      ),
      (answer) => ({
        ...presentResearchAnswer(answer),
        legalCitations: answer.mode === 'generative' ? deps.assistant.checkCitations(answer.answer, visibleTo(actor)) : null,
      }),
      (answer) => ({
        model: answer.model, prompt: answer.prompt, mode: answer.mode, tokens: { in: answer.usage.promptTokens, out: answer.usage.completionTokens },
        documents: [...new Set(answer.citations.map((citation) => citation.passage.documentId))],
      }),
    );
  });
  return router;
}

export function presentResearchAnswer(answer: ResearchAnswer) {
  return {
    mode: answer.mode,
    retrievalMode: answer.retrievalMode,
    found: answer.found,
    answer: answer.answer,
    model: answer.model,
    prompt: answer.prompt,
    prompts: answer.prompt ? [answer.prompt] : [],
    verification: answer.verification,
    fallback: answer.fallback,
    usage: answer.usage,
    citations: answer.citations.map((citation) => ({
      marker: citation.marker,
      quote: citation.quote,
      start: citation.start,
      end: citation.end,
      passage: presentPassage(citation.passage),
    })),
  };
}
