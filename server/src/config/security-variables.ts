import { isIP } from 'node:net';
import { z } from 'zod';

const nonNegativeInteger = (fallback: number) => z.coerce.number().int().min(0).default(fallback);
const positiveInteger = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Express's named address ranges for `trust proxy`. */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * Which reverse proxies may set X-Forwarded-For / X-Forwarded-Proto: a hop count, or a list of
 * addresses, CIDR ranges and Express's named ranges. Never `true` (anyone could forge their IP).
 */
const trustProxy = z.string().transform((value, context): false | number | string[] => {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === '' || trimmed === 'false' || trimmed === '0') return false;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const entries = trimmed.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const validPrefix = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (isIP(address) === 6 ? 128 : 32));
    if (!NAMED_RANGES.includes(entry) && !(isIP(address) !== 0 && validPrefix)) {
      context.addIssue({ code: 'custom', message: `"${entry}" is not a hop count, an IP address, a CIDR range or one of ${NAMED_RANGES.join(', ')}` });
    }
  }
  return entries;
});

/** Rate limits, security headers and HTTP timeouts; documented in docs/SECURITY.md. */
export const securityVariables = {
  /** Requests per minute per authenticated user (all endpoints); 0 disables. */
  LLMOIN_RATE_LIMIT_PER_MINUTE: nonNegativeInteger(600),
  /** Requests per minute per client IP before authentication (everything except /health); 0 disables. */
  LLMOIN_RATE_LIMIT_IP_PER_MINUTE: nonNegativeInteger(1200),
  /** Generative requests per minute per user (research, summarize, draft, simplify, chat, completions); 0 disables. */
  LLMOIN_RATE_LIMIT_GENERATION_PER_MINUTE: nonNegativeInteger(30),
  /** Reverse proxies trusted for the client IP and protocol (see trustProxy above); default none. */
  LLMOIN_TRUST_PROXY: trustProxy.default(false),
  /** Strict-Transport-Security: `auto` sends it over TLS (directly, via a trusted proxy, or an https LLMOIN_PUBLIC_URL). */
  LLMOIN_HSTS: z.enum(['auto', 'true', 'false']).default('auto'),
  /** A client must send all request headers within this time (slow-loris protection). */
  LLMOIN_HEADERS_TIMEOUT_MS: positiveInteger(20_000),
  /** A client must send the whole request (headers and body) within this time. */
  LLMOIN_REQUEST_TIMEOUT_MS: positiveInteger(120_000),
  /** An idle keep-alive connection is closed after this time. */
  LLMOIN_KEEP_ALIVE_TIMEOUT_MS: positiveInteger(5_000),
};

export interface SecurityConfig {
  rateLimit: { perUserPerMinute: number; perIpPerMinute: number; generationPerMinute: number };
  trustProxy: false | number | string[];
  hsts: 'auto' | 'on' | 'off';
  timeouts: { headersMs: number; requestMs: number; keepAliveMs: number };
}

type SecurityEnvironment = { [Key in keyof typeof securityVariables]: z.infer<(typeof securityVariables)[Key]> };

/** Node refuses a headers timeout above the request timeout; say so at start rather than at listen. */
export function checkSecurityVariables(environment: SecurityEnvironment, context: z.RefinementCtx): void {
  if (environment.LLMOIN_HEADERS_TIMEOUT_MS > environment.LLMOIN_REQUEST_TIMEOUT_MS) {
    context.addIssue({ code: 'custom', path: ['LLMOIN_HEADERS_TIMEOUT_MS'], message: 'must not exceed LLMOIN_REQUEST_TIMEOUT_MS' });
  }
}

export function toSecurityConfig(environment: SecurityEnvironment): SecurityConfig {
  return {
    rateLimit: {
      perUserPerMinute: environment.LLMOIN_RATE_LIMIT_PER_MINUTE,
      perIpPerMinute: environment.LLMOIN_RATE_LIMIT_IP_PER_MINUTE,
      generationPerMinute: environment.LLMOIN_RATE_LIMIT_GENERATION_PER_MINUTE,
    },
    trustProxy: environment.LLMOIN_TRUST_PROXY,
    hsts: environment.LLMOIN_HSTS === 'auto' ? 'auto' : environment.LLMOIN_HSTS === 'true' ? 'on' : 'off',
    timeouts: {
      headersMs: environment.LLMOIN_HEADERS_TIMEOUT_MS,
      requestMs: environment.LLMOIN_REQUEST_TIMEOUT_MS,
      keepAliveMs: environment.LLMOIN_KEEP_ALIVE_TIMEOUT_MS,
    },
  };
}
