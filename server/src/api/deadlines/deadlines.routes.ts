import { Router } from 'express';
import { composeRechtsbehelfsbelehrung, computeDeadline } from '../../legal/deadlines';
import { authorize } from '../request-context';
import { validate } from '../validate';
import { presentDeadline } from './deadline.presenter';
import { deadlineRequestSchema } from './deadlines.schema';

/** Deterministic deadline computation; never left to a language model. Every clerk may use it. */
export function deadlineRoutes(): Router {
  const router = Router();
  router.post('/api/v1/deadlines', (request, response) => {
    authorize(request, 'generate');
    const body = validate(deadlineRequestSchema, request.body);
    const result = computeDeadline(body);
    // A Belehrung belongs in a Bescheid with the one-month period; under § 58 Abs. 2 VwGO there is none to write.
    const belehrung = body.remedy !== undefined && result.remedyNotice === 'correct'
      ? composeRechtsbehelfsbelehrung({ remedy: body.remedy, deadline: result, authority: body.authority, court: body.court })
      : undefined;
    response.json(presentDeadline(result, belehrung));
  });
  return router;
}
