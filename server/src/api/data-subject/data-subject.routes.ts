import { Router, type Request } from 'express';
import { z } from 'zod';
import type { AuditLog } from '../../audit';
import type { TokenStore } from '../../auth';
import type { AssistantServices } from '../../generation';
import type { DocumentLibrary } from '../../ingest';
import { eraseSubjectData, exportSubjectData, type DataSubjectStores } from '../../privacy/data-subject-rights';
import { auditDetails } from '../audit/audit-details';
import { authorize } from '../request-context';
import { validate } from '../validate';

const confirmSchema = z.object({ confirm: z.literal(true, 'must be true: erasure cannot be undone') }).strict();
const subjectSchema = z.object({ subject: z.string().min(1).max(300) }).strict();

/**
 * Data-subject rights (DSGVO): every user exports (Art. 15) and erases (Art. 17) their own data;
 * administrators do the same for any user, e.g. when someone leaves the authority.
 */
export function dataSubjectRoutes(deps: { library: DocumentLibrary; assistant: AssistantServices; tokens: TokenStore; audit: AuditLog }): Router {
  const router = Router();
  const stores: DataSubjectStores = { library: deps.library, chats: deps.assistant.chats, tokens: deps.tokens, audit: deps.audit };
  const attachment = (subject: string) => `attachment; filename="llmoin-daten-${subject.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60)}.json"`;
  const someone = (request: Request) => validate(subjectSchema, request.params, 'Path').subject;

  router.get('/api/v1/me/data', (request, response) => {
    const actor = authorize(request, 'privacy:own');
    response.setHeader('Content-Disposition', attachment(actor.subject));
    response.json(exportSubjectData(stores, actor.subject, { chatContents: true }));
  });

  router.delete('/api/v1/me/data', async (request, response) => {
    const actor = authorize(request, 'privacy:own');
    validate(confirmSchema, request.body ?? {});
    const report = await eraseSubjectData(stores, actor.subject);
    auditDetails(response, { subjectErased: true, mode: 'erasure' });
    response.json(report);
  });

  router.get('/api/v1/users/:subject/data', (request, response) => {
    authorize(request, 'user:manage');
    const subject = someone(request);
    response.setHeader('Content-Disposition', attachment(subject));
    response.json(exportSubjectData(stores, subject, { chatContents: false }));
  });

  router.delete('/api/v1/users/:subject/data', async (request, response) => {
    authorize(request, 'user:manage');
    const subject = someone(request);
    validate(confirmSchema, request.body ?? {});
    response.json(await eraseSubjectData(stores, subject));
  });
  return router;
}
