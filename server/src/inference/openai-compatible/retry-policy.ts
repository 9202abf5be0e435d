import { GenerationUnavailableError } from '../text-generation-model';
import { UpstreamRequestError, type FailureCause } from './upstream-errors';

export interface RetryOptions {
  /** Total attempts including the first; 1 disables retries. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A longer Retry-After than this is not waited for: the caller gets 'overloaded' at once. Default: maxDelayMs. */
  maxRetryAfterMs?: number;
}

/** Statuses that mean "not now" rather than "not this request". */
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/**
 * Whether a failed attempt may be repeated. Only called while the consumer has seen no text;
 * after the first token nothing is ever retried. Requests to the upstream have no side effects,
 * so a repeat after a reset or a timeout only costs compute. The overall deadline is final.
 */
export function isRetryable(failure: FailureCause): boolean {
  switch (failure.kind) {
    case 'network':
      return true;
    case 'timeout':
      return failure.timeout !== 'total';
    case 'http':
      return RETRYABLE_STATUS.has(failure.status);
    case 'protocol':
      return false;
  }
}

/**
 * Whether the failure speaks against the upstream's health. 4xx other than 429 are our request's
 * fault and show the upstream is answering, so they count as success for the circuit breaker.
 */
export function isUpstreamFault(failure: FailureCause): boolean {
  return failure.kind !== 'http' || failure.status === 429 || failure.status >= 500;
}

/**
 * How long to wait before attempt `attempt + 1`, or null when the upstream asked for more than we
 * are willing to wait. Exponential backoff with "equal jitter" (half fixed, half random), so
 * nodes that failed together do not retry together; Retry-After wins when the upstream sends it.
 */
export function retryDelayMs(failure: FailureCause, attempt: number, options: RetryOptions, random: () => number = Math.random): number | null {
  if (failure.kind === 'http' && failure.retryAfterMs !== undefined) {
    return failure.retryAfterMs <= (options.maxRetryAfterMs ?? options.maxDelayMs) ? failure.retryAfterMs : null;
  }
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/**
 * Reads `retry-after-ms` (OpenAI's extension) or `Retry-After` (seconds, fractions accepted, or an
 * HTTP date). Returns milliseconds, or undefined when absent or unreadable.
 */
export function parseRetryAfter(headers: Headers, now: number = Date.now()): number | undefined {
  const milliseconds = headers.get('retry-after-ms');
  if (milliseconds !== null && /^\s*\d+(\.\d+)?\s*$/.test(milliseconds)) return Number(milliseconds);
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The error the caller sees once no (further) retry happens.
 * 4xx → UpstreamRequestError; 429/503 → 'overloaded' (with retryAfterSeconds when known);
 * other 5xx, resets and malformed streams → 'backend-down'; timeouts → 'timeout'.
 */
export function finalError(failure: FailureCause, detail: string, attempts: number, cause: unknown): Error {
  const suffix = attempts > 1 ? ` (after ${attempts} attempts)` : '';
  switch (failure.kind) {
    case 'http': {
      if (!isUpstreamFault(failure)) return new UpstreamRequestError(failure.status, detail, { cause });
      const retryAfterSeconds = failure.retryAfterMs === undefined ? undefined : Math.max(1, Math.ceil(failure.retryAfterMs / 1000));
      const reason = failure.status === 429 || failure.status === 503 ? 'overloaded' : 'backend-down';
      return new GenerationUnavailableError(reason, `upstream answered HTTP ${failure.status}: ${detail}${suffix}`, retryAfterSeconds, { cause });
    }
    case 'timeout':
      return new GenerationUnavailableError('timeout', `${detail}${suffix}`, undefined, { cause });
    case 'network':
      return new GenerationUnavailableError('backend-down', `upstream unreachable: ${detail}${suffix}`, undefined, { cause });
    case 'protocol':
      return new GenerationUnavailableError('backend-down', `upstream sent an invalid response: ${detail}`, undefined, { cause });
  }
}

/** Resolves after `ms`, or early (false) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
