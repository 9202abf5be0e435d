import { GenerationUnavailableError, type UnavailableReason } from '../text-generation-model';

/**
 * The upstream refused our request (HTTP 4xx other than 429): a wrong model name, a bad API key,
 * a prompt over its context. Retrying cannot help and the upstream itself is healthy, so this is
 * a plain error, not a GenerationUnavailableError.
 */
export class UpstreamRequestError extends Error {
  constructor(
    readonly status: number,
    readonly upstreamMessage: string,
    options?: { cause?: unknown },
  ) {
    super(`Upstream rejected the request with HTTP ${status}: ${upstreamMessage}`, options);
    this.name = 'UpstreamRequestError';
  }
}

/**
 * The upstream failed after the consumer had already seen text, so the request cannot be retried
 * transparently. `tokensStreamed` counts content chunks, which is one token per chunk for vLLM,
 * llama.cpp server, TGI and Ollama.
 */
export class UpstreamStreamBrokenError extends GenerationUnavailableError {
  constructor(
    reason: Extract<UnavailableReason, 'backend-down' | 'timeout'>,
    readonly tokensStreamed: number,
    what: string,
    options?: { cause?: unknown },
  ) {
    super(reason, `upstream stream broke after ${tokensStreamed} tokens: ${what}`, undefined, options);
    this.name = 'UpstreamStreamBrokenError';
  }
}

export type TimeoutKind = 'connect' | 'first-token' | 'idle' | 'total';

/** Why one attempt failed; the retry policy decides from this alone (see retry-policy.ts). */
export type FailureCause =
  | { kind: 'network' }
  | { kind: 'timeout'; timeout: TimeoutKind }
  | { kind: 'http'; status: number; retryAfterMs?: number }
  | { kind: 'protocol' };

/** Internal: one failed attempt. Never leaves this folder; callers see the final typed errors. */
export class AttemptFailure extends Error {
  constructor(
    readonly failure: FailureCause,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(detail, options);
    this.name = 'AttemptFailure';
  }
}

/**
 * Describes a fetch rejection. undici wraps socket errors as TypeError("fetch failed") with the
 * errno (ECONNREFUSED, ECONNRESET, ...) on `cause`; names are compared, not classes, because
 * Jest runs tests in another realm than Node's fetch.
 */
export function describeNetworkError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string') parts.push(code);
    else if (typeof message === 'string' && message) parts.push(message);
    current = (current as { cause?: unknown }).cause;
  }
  return parts.length > 0 ? [...new Set(parts)].join(': ') : String(error);
}

/** Reads the most useful message from an upstream error body (OpenAI, vLLM, Ollama, TGI shapes). */
export function upstreamErrorMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown; message?: unknown; detail?: unknown };
    const nested = typeof parsed.error === 'object' && parsed.error !== null ? (parsed.error as { message?: unknown }).message : parsed.error;
    for (const candidate of [nested, parsed.message, parsed.detail]) {
      if (typeof candidate === 'string' && candidate) return candidate.slice(0, 500);
    }
  } catch {
    // not JSON: fall through to the raw text
  }
  return body.trim().slice(0, 500) || '(empty body)';
}
