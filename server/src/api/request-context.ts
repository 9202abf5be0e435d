import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Actor, Authenticator } from '../auth';
import { can, requiredScope, scopeAllows, type Action, type Resource } from '../auth';
import { LlmoinError } from '../platform/errors';
import type { Logger } from '../platform/logger';

declare module 'express-serve-static-core' {
  interface Request {
    requestId: string;
    actor?: Actor;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Request id (echoed if the caller sent a sane one) and one structured log line per request. */
export function requestContext(logger: Logger): RequestHandler {
  return (request, response, next) => {
    const incoming = request.header('x-request-id');
    request.requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    response.setHeader('X-Request-Id', request.requestId);
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      logger.info({
        requestId: request.requestId, method: request.method, route: request.route?.path ?? request.path.split('?')[0],
        status: response.statusCode, durationMs: Number(process.hrtime.bigint() - started) / 1e6, subject: request.actor?.subject,
      }, 'request');
    });
    next();
  };
}

/**
 * Every route behind this requires a valid bearer token. Async (OIDC keys may be fetched);
 * Express 5 passes a rejection on to the problem handler.
 */
export function requireAuthentication(authenticator: Authenticator): RequestHandler {
  return async (request: Request, response: Response, next: NextFunction) => {
    const header = request.header('authorization');
    const actor = await authenticator.authenticate(header).catch((error: unknown) => {
      // RFC 6750: a presented token that is not valid here is an `invalid_token`.
      if (error instanceof LlmoinError && error.status === 401) response.setHeader('WWW-Authenticate', 'Bearer realm="llmoin", error="invalid_token"');
      throw error;
    });
    if (!actor) {
      response.setHeader('WWW-Authenticate', header ? 'Bearer realm="llmoin", error="invalid_token"' : 'Bearer realm="llmoin"');
      throw new LlmoinError('unauthenticated', 'A valid bearer token is required (Authorization: Bearer <token>).');
    }
    request.actor = actor;
    next();
  };
}

/** The authenticated actor, asserting it may perform the action on the resource. */
export function authorize(request: Request, action: Action, resource?: Resource): Actor {
  const actor = request.actor;
  if (!actor) throw new LlmoinError('unauthenticated', 'A valid bearer token is required.');
  if (!scopeAllows(actor, action)) {
    const scope = requiredScope(action);
    const needs = scope ? `the "${scope}" scope` : 'a token without scope limits';
    throw new LlmoinError('forbidden', `This token's scopes do not allow "${action}"; it needs ${needs}.`, { reason: 'insufficient-scope', ...(scope ? { requiredScope: scope } : {}) });
  }
  if (!can(actor, action, resource)) throw new LlmoinError('forbidden', `Your role may not perform "${action}" on this resource.`);
  return actor;
}
