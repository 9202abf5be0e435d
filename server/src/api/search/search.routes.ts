import { Router } from 'express';
import { visibilityOf } from '../../auth';
import type { Config } from '../../config';
import { retrieveChunks, type Retriever } from '../../retrieval';
import { authorize } from '../request-context';
import { validate } from '../validate';
import { presentPassage } from './passage.presenter';
import { searchRequestSchema } from './search.schema';

export function searchRoutes(deps: { retriever: Retriever; config: Config }): Router {
  const router = Router();
  const schema = searchRequestSchema(deps.config);
  router.post('/api/v1/search', async (request, response) => {
    const actor = authorize(request, 'search');
    const body = validate(schema, request.body);
    const result = await retrieveChunks(deps.retriever, {
      query: body.query, k: body.k, filter: { ...body.filter, visibleTo: visibilityOf(actor) },
    });
    response.json({ mode: result.mode, results: result.passages.map(presentPassage) });
  });
  return router;
}
