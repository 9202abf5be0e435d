import { Router } from 'express';
import { z } from 'zod';
import { visibleTo } from '../../auth';
import type { Config } from '../../config';
import { researchQuestion, type PromptLibrary } from '../../generation';
import type { ModelCatalog } from '../../inference';
import type { GermanAnalyzer, Retriever } from '../../retrieval';
import { authorize } from '../request-context';
import { filterSchema } from '../search/search.schema';
import { presentPassage } from '../search/passage.presenter';
import { validate } from '../validate';

export function researchRoutes(deps: { retriever: Retriever; analyzer: GermanAnalyzer; prompts: PromptLibrary; models: ModelCatalog; config: Config }): Router {
  const router = Router();
  const schema = z
    .object({
      question: z.string().trim().min(1, 'must not be empty').max(deps.config.maxQueryChars),
      k: z.number().int().min(1).max(20).default(5),
      filter: filterSchema.optional(),
    })
    .strict();
  router.post('/api/v1/research', async (request, response) => {
    const actor = authorize(request, 'research');
    const body = validate(schema, request.body);
    const controller = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) controller.abort();
    });
    const answer = await researchQuestion(
      { retriever: deps.retriever, analyzer: deps.analyzer, prompts: deps.prompts, generation: deps.models.defaultGeneration(), maxTokens: deps.config.defaultGenerationTokens },
      { question: body.question, k: body.k, filter: { ...body.filter, visibleTo: visibleTo(actor) }, signal: controller.signal },
    );
    response.json({
      mode: answer.mode,
      retrievalMode: answer.retrievalMode,
      found: answer.found,
      answer: answer.answer,
      model: answer.model,
      prompt: answer.prompt,
      verification: answer.verification,
      fallback: answer.fallback,
      citations: answer.citations.map((citation) => ({
        marker: citation.marker,
        quote: citation.quote,
        start: citation.start,
        end: citation.end,
        passage: presentPassage(citation.passage),
      })),
    });
  });
  return router;
}
