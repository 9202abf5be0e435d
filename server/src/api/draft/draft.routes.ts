import { Router } from 'express';
import { visibleTo } from '../../auth';
import type { Config } from '../../config';
import { draftDocument, type AssistantServices, type DraftFields, type DraftResult } from '../../generation';
import type { Logger } from '../../platform/logger';
import { presentProvenance } from '../provenance.presenter';
import { authorize } from '../request-context';
import { abortOnClose, auditProvenance, respondWithUseCase, wantsEventStream } from '../use-case-stream';
import { validate } from '../validate';
import { draftSchema } from './draft.schema';

export function draftRoutes(deps: { assistant: AssistantServices; config: Config; logger: Logger }): Router {
  const router = Router();
  router.get('/api/v1/draft/types', (request, response) => {
    authorize(request, 'generate');
    response.json({
      types: [...deps.assistant.draftTemplates.values()].map((template) => ({
        type: template.type, label: template.label, description: template.description, letter: template.letter, required: template.required, version: template.version,
      })),
    });
  });
  router.post('/api/v1/draft', async (request, response) => {
    const actor = authorize(request, 'generate');
    const body = validate(draftSchema, request.body);
    const signal = abortOnClose(response);
    const services = deps.assistant;
    await respondWithUseCase(
      request, response, { stream: wantsEventStream(request, body.stream), logger: deps.logger },
      (events) => draftDocument(
        { ...services.context(), templates: services.draftTemplates, composeRemedyNotice: services.composeRemedyNotice, today: services.today },
        { type: body.type, tone: body.tone, genderFair: body.genderFair, fields: body.fields as DraftFields },
        { signal, events },
      ),
      (result: DraftResult) => ({
        ...presentProvenance(result),
        type: result.type,
        label: result.label,
        template: result.template,
        tone: body.tone,
        text: result.text,
        sections: result.sections,
        letter: result.letter,
        gaps: result.gaps,
        deadline: result.deadline,
        remedyNoticeIntact: result.remedyNoticeIntact,
        legalCitations: services.checkCitations(result.text, visibleTo(actor)),
      }),
      (result) => auditProvenance(result),
    );
  });
  return router;
}
