import type { RequestHandler } from 'express';
import { LlmoinError } from '../platform/errors';

const ALLOWED_METHODS = 'GET, POST, PATCH, DELETE';
const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept, X-Request-Id';
/** Headers a cross-origin caller may read: the retry hint, the request id for support, file names of exports. */
const EXPOSED_HEADERS = 'Retry-After, X-Request-Id, Content-Disposition';
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for the API: only origins on the allowlist (LLMOIN_CORS_ORIGINS, e.g. an Office add-in
 * served from another host) may call it from a browser; everyone else gets no CORS headers, so
 * the browser keeps the response from the page. Bearer tokens, never cookies: no credentials.
 * Mounted before audit and authentication, since a preflight carries no token.
 */
export function cors(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (request, response, next) => {
    const origin = request.header('origin');
    // Responses differ by Origin once an allowlist exists, so shared caches must key on it.
    if (allowed.size > 0) response.vary('Origin');
    const admitted = origin !== undefined && allowed.has(origin);
    const preflight = request.method === 'OPTIONS' && request.header('access-control-request-method') !== undefined;
    if (preflight) {
      if (!admitted) throw new LlmoinError('forbidden', 'This origin may not call the API from a browser (see LLMOIN_CORS_ORIGINS).');
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
      response.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      response.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
      response.status(204).end();
      return;
    }
    if (admitted) {
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
    next();
  };
}
