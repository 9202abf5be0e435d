import { Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config';
import { simplifyText, type AssistantServices, type SimplifyResult } from '../../generation';
import type { Logger } from '../../platform/logger';
import { presentProvenance } from '../provenance.presenter';
import { authorize } from '../request-context';
import { abortOnClose, auditProvenance, respondWithUseCase, wantsEventStream } from '../use-case-stream';
import { validate } from '../validate';

export function simplifyRoutes(deps: { assistant: AssistantServices; config: Config; logger: Logger }): Router {
  const router = Router();
  const schema = z
    .object({
      text: z.string().trim().min(1, 'must not be empty').max(deps.config.maxTextChars),
      level: z.enum(['einfach', 'leicht']).default('einfach'),
      stream: z.boolean().optional(),
    })
    .strict();
  // The rule check alone, e.g. for a text the clerk revised by hand.
  const checkSchema = z.object({ text: z.string().trim().min(1, 'must not be empty').max(deps.config.maxTextChars), level: z.enum(['einfach', 'leicht']).default('einfach') }).strict();

  router.post('/api/v1/simplify', async (request, response) => {
    authorize(request, 'generate');
    const body = validate(schema, request.body);
    const signal = abortOnClose(response);
    await respondWithUseCase(
      request, response, { stream: wantsEventStream(request, body.stream), logger: deps.logger },
      (events) => simplifyText({ ...deps.assistant.context(), rules: deps.assistant.plainLanguageRules }, { text: body.text, level: body.level }, { signal, events }),
      (result: SimplifyResult) => ({
        ...presentProvenance(result), level: result.level, text: result.text, before: result.before, after: result.after, comparison: result.comparison,
      }),
      (result) => auditProvenance(result),
    );
  });

  router.post('/api/v1/simplify/check', (request, response) => {
    authorize(request, 'generate');
    const body = validate(checkSchema, request.body);
    response.json(deps.assistant.checkPlainLanguage(body.text, body.level));
  });
  return router;
}
