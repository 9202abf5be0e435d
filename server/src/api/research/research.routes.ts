import { Router } from 'express';
import { z } from 'zod';
import { visibleTo } from '../../auth';
import type { Config } from '../../config';
import { answerQuestion } from '../../generation';
import type { GermanAnalyzer, Retriever } from '../../retrieval';
import { authorize } from '../request-context';
import { filterSchema } from '../search/search.schema';
import { presentPassage } from '../search/passage.presenter';
import { validate } from '../validate';

export function researchRoutes(deps: { retriever: Retriever; analyzer: GermanAnalyzer; config: Config }): Router {
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
    const answer = await answerQuestion(deps.retriever, deps.analyzer, {
      question: body.question, k: body.k, filter: { ...body.filter, visibleTo: visibleTo(actor) },
    });
    response.json({
      mode: answer.mode,
      retrievalMode: answer.retrievalMode,
      found: answer.found,
      answer: answer.answer,
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
