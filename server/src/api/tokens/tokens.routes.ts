import { Router } from 'express';
import { z } from 'zod';
import { can, scopesForRole, SCOPES, ROLES, type Actor, type Role, type Scope, type TokenStore } from '../../auth';
import type { Config } from '../../config';
import { LlmoinError, notFound } from '../../platform/errors';
import { authorize } from '../request-context';
import { validate } from '../validate';
import { presentActor, presentToken } from './token.presenter';

const DEFAULT_LIFETIME_DAYS = 90;

const createTokenSchema = (maxDays: number) =>
  z
    .object({
      name: z.string().trim().min(1).max(100),
      /** Admins may issue tokens for other subjects and roles; everyone else gets their own. */
      subject: z.string().trim().min(1).max(260).regex(/^[\w.@:-]+$/).optional(),
      role: z.enum(ROLES).optional(),
      expiresInDays: z.number().int().min(1).max(maxDays, `at most LLMOIN_TOKEN_MAX_DAYS (${maxDays})`).default(Math.min(DEFAULT_LIFETIME_DAYS, maxDays)),
      /** Limits the token, e.g. ["functions", "documents:read"] for the Office add-in; omitted: the creator's own limits. */
      scopes: z.array(z.enum(SCOPES)).min(1).max(SCOPES.length).optional(),
      /** Groups for documents shared with a group; omitted: the creator's groups (none for another subject). */
      groups: z.array(z.string().min(1).max(200)).max(100).optional(),
    })
    .strict();

type CreateTokenBody = z.infer<ReturnType<typeof createTokenSchema>>;

/** Personal API tokens (Office add-in, scripts): created and revoked by their owner, or by an admin. */
export function tokenRoutes(deps: { tokens: TokenStore; config: Config }): Router {
  const router = Router();
  const schema = createTokenSchema(deps.config.tokenMaxDays);

  /** Who the caller is, as the service sees it (role, scopes, groups): for the web UI and the add-in. */
  router.get('/api/v1/me', (request, response) => {
    const actor = request.actor;
    if (!actor) throw new LlmoinError('unauthenticated', 'A valid bearer token is required.');
    response.json(presentActor(actor));
  });

  router.get('/api/v1/tokens', (request, response) => {
    const actor = authorize(request, 'token:manage-own');
    const all = can(actor, 'token:manage-any');
    response.json({ tokens: deps.tokens.list(all ? undefined : actor.subject).map(presentToken) });
  });

  router.post('/api/v1/tokens', (request, response) => {
    const actor = authorize(request, 'token:manage-own');
    const body = validate(schema, request.body);
    const forOther = (body.subject !== undefined && body.subject !== actor.subject) || (body.role !== undefined && body.role !== actor.role);
    if (forOther && !can(actor, 'token:manage-any')) throw new LlmoinError('forbidden', 'Only administrators may issue tokens for other users or roles.');
    const role = body.role ?? actor.role;
    const { token, record } = deps.tokens.create({
      subject: body.subject ?? actor.subject,
      role,
      name: body.name,
      expiresAt: new Date(Date.now() + body.expiresInDays * 86_400_000),
      scopes: tokenScopes(actor, role, forOther, body.scopes),
      groups: tokenGroups(actor, forOther, body.groups),
    });
    response.status(201).json({ token, ...presentToken(record) });
  });

  router.delete('/api/v1/tokens/:id', (request, response) => {
    const actor = authorize(request, 'token:manage-own');
    const id = validate(z.object({ id: z.string().uuid() }), request.params, 'Path').id;
    const token = deps.tokens.find(id);
    if (!token || (token.subject !== actor.subject && !can(actor, 'token:manage-any'))) throw notFound(`Token ${id}`);
    deps.tokens.revoke(id);
    response.status(204).end();
  });
  return router;
}

/**
 * A token never exceeds its role, and a token made with a limited token never exceeds the
 * creator's own scopes. Null: no limit (everything the role allows).
 */
function tokenScopes(actor: Actor, role: Role, forOther: boolean, requested: CreateTokenBody['scopes']): Scope[] | null {
  const roleScopes = scopesForRole(role);
  const creatorLimits = !forOther && actor.scopes ? actor.scopes : null;
  const ceiling = creatorLimits ? roleScopes.filter((scope) => creatorLimits.includes(scope)) : roleScopes;
  if (!requested) return creatorLimits ? ceiling : null;
  const beyond = requested.filter((scope) => !ceiling.includes(scope));
  if (beyond.length) {
    throw new LlmoinError('forbidden', `A ${role} token cannot have the scopes ${beyond.map((scope) => `"${scope}"`).join(', ')} here; allowed: ${ceiling.join(', ') || 'none'}.`, {
      reason: 'scope-not-allowed', allowedScopes: ceiling,
    });
  }
  return [...new Set(requested)];
}

/** Groups are recorded on the token; only administrators may name groups they are not in themselves. */
function tokenGroups(actor: Actor, forOther: boolean, requested: CreateTokenBody['groups']): string[] {
  const own = actor.groups ?? [];
  if (!requested) return forOther ? [] : [...own];
  const foreign = requested.filter((group) => !own.includes(group));
  if (foreign.length && !can(actor, 'token:manage-any')) throw new LlmoinError('forbidden', 'A token can only carry groups its creator belongs to.', { reason: 'group-not-allowed' });
  return [...new Set(requested)];
}
