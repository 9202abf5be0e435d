import { Router } from 'express';
import { visibleTo } from '../../auth';
import type { Config } from '../../config';
import type { DocumentLibrary } from '../../ingest';
import { checkLegalCitations } from '../../legal/citations';
import { authorize } from '../request-context';
import { validate } from '../validate';
import { presentCitationReport } from './citation-report.presenter';
import { checkCitationsRequestSchema } from './citations.schema';

export function citationRoutes(deps: { library: DocumentLibrary; config: Config }): Router {
  const router = Router();
  const schema = checkCitationsRequestSchema(deps.config);
  router.post('/api/v1/citations/check', (request, response) => {
    const actor = authorize(request, 'research');
    const body = validate(schema, request.body);
    const report = checkLegalCitations(
      { database: deps.library.store.database },
      body.text,
      { visibleTo: visibleTo(actor) },
    );
    response.json(presentCitationReport(report));
  });
  return router;
}
