import { Router } from 'express';
import { can, visibleTo } from '../../auth';
import type { Config } from '../../config';
import { summarizeText, type AssistantServices, type SummaryResult } from '../../generation';
import type { DocumentLibrary } from '../../ingest';
import { LlmoinError, notFound } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import { authorize } from '../request-context';
import { abortOnClose, auditProvenance, respondWithUseCase, wantsEventStream } from '../use-case-stream';
import { validate } from '../validate';
import { presentProvenance } from '../provenance.presenter';
import { summarizeSchema } from './summarize.schema';

export function summarizeRoutes(deps: { assistant: AssistantServices; library: DocumentLibrary; config: Config; logger: Logger }): Router {
  const router = Router();
  const schema = summarizeSchema(deps.config);
  router.post('/api/v1/summarize', async (request, response) => {
    const actor = authorize(request, 'generate');
    const body = validate(schema, request.body);
    let text = body.text ?? '';
    let document: { id: string; title: string } | null = null;
    if (body.documentId) {
      const record = deps.library.store.findById(body.documentId);
      if (!record || !can(actor, 'document:read', record)) throw notFound(`Document ${body.documentId}`);
      text = deps.library.store.text(record.id) ?? '';
      if (text.length > deps.config.maxTextChars) {
        throw new LlmoinError('payload-too-large', `The document has ${text.length} characters; the limit for summaries is ${deps.config.maxTextChars}.`);
      }
      document = { id: record.id, title: record.title };
    }
    const signal = abortOnClose(response);
    const length = body.words !== undefined ? { words: body.words } : { preset: body.length ?? 'mittel' };
    await respondWithUseCase(
      request, response, { stream: wantsEventStream(request, body.stream), logger: deps.logger },
      (events) => summarizeText(deps.assistant.context(), { text, length, style: body.style, audience: body.audience }, { signal, events, maxWindows: deps.assistant.summaryMaxWindows }),
      (result: SummaryResult) => ({
        ...presentProvenance(result),
        legalCitations: deps.assistant.checkCitations(result.summary, visibleTo(actor)),
        document,
        summary: result.summary,
        words: result.words,
        targetWords: result.targetWords,
        style: body.style,
        audience: body.audience,
        sentences: result.sentences,
        mapReduce: result.mapReduce,
      }),
      (result) => auditProvenance(result, document ? [document.id] : []),
    );
  });
  return router;
}
