import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit, type Options, type RateLimitInfo } from 'express-rate-limit';
import type { Config } from '../../config';
import { LlmoinError } from '../../platform/errors';
import type { Logger } from '../../platform/logger';

const WINDOW_MS = 60_000;

/** Requests that run a language model when one is loaded; a new generative endpoint belongs here. */
const GENERATION_ROUTE = /^\/(?:api\/v1\/(?:research|summarize|draft|simplify|chats\/[^/]+\/messages)|v1\/chat\/completions)\/?$/;

export function isGenerationRequest(request: Pick<Request, 'method' | 'path'>): boolean {
  return request.method === 'POST' && GENERATION_ROUTE.test(request.path);
}

const passThrough: RequestHandler = (_request, _response, next) => next();

/** The limiter's own warnings (misconfiguration hints) go to our log, not to the console. */
function limiterLogger(logger: Logger, limiter: string): Options['logger'] {
  const log = (level: 'warn' | 'error') => (error: unknown) => logger[level]({ limiter, error: error instanceof Error ? error.message : String(error) }, 'rate limiter warning');
  return { warn: log('warn'), error: log('error') };
}

/** Refusals go through the problem handler: problem+json with Retry-After (from `retryAfterSeconds`). */
function refuse(detail: string, reason: string) {
  return (request: Request, _response: Response, next: NextFunction, options: Options): void => {
    const info = (request as Request & Record<string, RateLimitInfo | undefined>)[options.requestPropertyName];
    const resetMs = info?.resetTime ? info.resetTime.getTime() - Date.now() : options.windowMs;
    next(new LlmoinError('too-many-requests', detail, { reason, retryAfterSeconds: Math.max(1, Math.ceil(resetMs / 1000)) }));
  };
}

/**
 * Before authentication: a budget per client address (an IPv6 /56 counts as one), so anonymous
 * floods are refused before they cost a token check, an audit record or a body parse. Behind a
 * reverse proxy set LLMOIN_TRUST_PROXY, or every client shares the proxy's address.
 */
export function ipRateLimit(config: Pick<Config, 'security'>, logger: Logger): RequestHandler {
  const limit = config.security.rateLimit.perIpPerMinute;
  if (limit === 0) return passThrough;
  return rateLimit({
    windowMs: WINDOW_MS,
    limit,
    standardHeaders: false,
    legacyHeaders: false,
    keyGenerator: (request) => `ip:${ipKeyGenerator(request.ip ?? request.socket.remoteAddress ?? 'unknown', 56)}`,
    handler: refuse(`Too many requests from this address; the limit is ${limit} per minute (LLMOIN_RATE_LIMIT_IP_PER_MINUTE).`, 'rate-limit-ip'),
    logger: limiterLogger(logger, 'ip'),
  });
}

/**
 * After authentication: a budget per user for everything, and a stricter one for requests that
 * run the language model. The generation budget protects the scarce model, so it only counts
 * while a generation model is loaded; in degraded mode those endpoints cost about what search does.
 */
export function userRateLimits(config: Pick<Config, 'security'>, logger: Logger, generationLoaded: () => boolean): RequestHandler[] {
  const { perUserPerMinute, generationPerMinute } = config.security.rateLimit;
  const subjectKey = (request: Request) => `user:${request.actor?.subject ?? ''}`;
  const limiters: RequestHandler[] = [];
  if (perUserPerMinute > 0) {
    limiters.push(rateLimit({
      windowMs: WINDOW_MS,
      limit: perUserPerMinute,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      skip: (request) => request.actor === undefined,
      keyGenerator: subjectKey,
      handler: refuse(`Too many requests; the limit is ${perUserPerMinute} per minute and user (LLMOIN_RATE_LIMIT_PER_MINUTE).`, 'rate-limit-user'),
      logger: limiterLogger(logger, 'user'),
    }));
  }
  if (generationPerMinute > 0) {
    limiters.push(rateLimit({
      windowMs: WINDOW_MS,
      limit: generationPerMinute,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      skip: (request) => request.actor === undefined || !isGenerationRequest(request) || !generationLoaded(),
      keyGenerator: subjectKey,
      handler: refuse(
        `Too many generation requests; the limit is ${generationPerMinute} per minute and user (LLMOIN_RATE_LIMIT_GENERATION_PER_MINUTE).`,
        'rate-limit-generation',
      ),
      logger: limiterLogger(logger, 'generation'),
    }));
  }
  // Express refuses an empty middleware list (both limits switched off).
  return limiters.length ? limiters : [passThrough];
}
