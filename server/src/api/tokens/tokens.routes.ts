import { Router } from 'express';
import { z } from 'zod';
import { can, ROLES, type TokenStore } from '../../auth';
import { LlmoinError, notFound } from '../../platform/errors';
import { authorize } from '../request-context';
import { validate } from '../validate';

const createTokenSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    /** Admins may issue tokens for other subjects and roles; everyone else gets their own. */
    subject: z.string().trim().min(1).max(200).regex(/^[\w.@-]+$/).optional(),
    role: z.enum(ROLES).optional(),
    expiresInDays: z.number().int().min(1).max(3650).default(90),
  })
  .strict();

/** Personal API tokens (Office add-in, scripts): created and revoked by their owner, or by an admin. */
export function tokenRoutes(deps: { tokens: TokenStore }): Router {
  const router = Router();
  router.get('/api/v1/tokens', (request, response) => {
    const actor = authorize(request, 'token:manage-own');
    const all = can(actor, 'token:manage-any');
    response.json({ tokens: deps.tokens.list(all ? undefined : actor.subject) });
  });

  router.post('/api/v1/tokens', (request, response) => {
    const actor = authorize(request, 'token:manage-own');
    const body = validate(createTokenSchema, request.body);
    const forOther = (body.subject && body.subject !== actor.subject) || (body.role && body.role !== actor.role);
    if (forOther && !can(actor, 'token:manage-any')) throw new LlmoinError('forbidden', 'Only administrators may issue tokens for other users or roles.');
    const { token, record } = deps.tokens.create({
      subject: body.subject ?? actor.subject,
      role: body.role ?? actor.role,
      name: body.name,
      expiresAt: new Date(Date.now() + body.expiresInDays * 86_400_000),
    });
    response.status(201).json({ token, ...record });
  });

  router.delete('/api/v1/tokens/:id', (request, response) => {
    const actor = authorize(request, 'token:manage-own');
    const id = validate(z.object({ id: z.string().uuid() }), request.params, 'Path').id;
    const token = deps.tokens.list().find((candidate) => candidate.id === id);
    if (!token || (token.subject !== actor.subject && !can(actor, 'token:manage-any'))) throw notFound(`Token ${id}`);
    deps.tokens.revoke(id);
    response.status(204).end();
  });
  return router;
}
