import type { AttemptScope } from './attempt-scope';
import { parseRetryAfter } from './retry-policy';
import { AttemptFailure, describeNetworkError, upstreamErrorMessage, type TimeoutKind } from './upstream-errors';

/** Where an OpenAI-compatible server lives and how to talk to it. */
export interface UpstreamEndpoint {
  /** Including the version path, e.g. http://127.0.0.1:8000/v1 (vLLM) or http://127.0.0.1:11434/v1 (Ollama). */
  baseUrl: string;
  apiKey?: string;
  /** Injectable for tests and proxies; defaults to Node's global fetch. */
  fetch?: typeof fetch;
}

export function endpointUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path}`;
}

export function upstreamHeaders(apiKey: string | undefined, accept: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    accept,
    ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
  };
}

const TIMEOUT_TEXT: Record<TimeoutKind, string> = {
  connect: 'no response headers within connectMs',
  'first-token': 'no first token within firstTokenMs',
  idle: 'no data within idleMs',
  total: 'request exceeded totalMs',
};

/**
 * Turns whatever fetch or a body read threw into an AttemptFailure. A timer's abort is reported as
 * that timeout; everything else that is not a caller cancellation is a network failure. Callers
 * check `scope.cause?.kind === 'cancelled'` first: cancellation is not a failure.
 */
export function failureFromError(scope: AttemptScope, error: unknown): AttemptFailure {
  if (error instanceof AttemptFailure) return error;
  const cause = scope.cause;
  if (cause?.kind === 'timeout') {
    return new AttemptFailure({ kind: 'timeout', timeout: cause.timeout }, TIMEOUT_TEXT[cause.timeout], { cause: error });
  }
  return new AttemptFailure({ kind: 'network' }, describeNetworkError(error), { cause: error });
}

/**
 * Sends one request and waits for the response headers (bounded by `connectMs`, measured from the
 * start of the attempt). A non-2xx status is read (so the connection can be reused) and thrown as
 * an AttemptFailure carrying status and Retry-After; the caller's retry policy decides what next.
 */
export async function sendUpstreamRequest(
  endpoint: UpstreamEndpoint,
  request: { path: string; method: 'GET' | 'POST'; body?: unknown; accept: string; connectMs: number },
  scope: AttemptScope,
): Promise<Response> {
  const fetchImpl = endpoint.fetch ?? fetch;
  scope.arm('connect', request.connectMs);
  let response: Response;
  try {
    response = await fetchImpl(endpointUrl(endpoint.baseUrl, request.path), {
      method: request.method,
      headers: upstreamHeaders(endpoint.apiKey, request.accept),
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      signal: scope.signal,
    });
  } catch (error) {
    throw failureFromError(scope, error);
  } finally {
    scope.disarm('connect');
  }
  if (response.ok) return response;
  let text = '';
  try {
    text = await response.text();
  } catch {
    // the status alone is enough to decide
  }
  const retryAfterMs = parseRetryAfter(response.headers);
  throw new AttemptFailure(
    { kind: 'http', status: response.status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) },
    upstreamErrorMessage(text),
  );
}
