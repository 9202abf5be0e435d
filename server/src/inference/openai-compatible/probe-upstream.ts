import { z } from 'zod';
import { AttemptScope } from './attempt-scope';
import { AttemptFailure, describeNetworkError } from './upstream-errors';
import { sendUpstreamRequest, type UpstreamEndpoint } from './upstream-http';

export interface UpstreamProbe {
  ok: boolean;
  /** Model names the upstream serves (`GET /models`). */
  models: string[];
  latencyMs: number;
  error?: string;
}

const modelsSchema = z.looseObject({ data: z.array(z.looseObject({ id: z.string() })) });

/**
 * One cheap look at an upstream for /health: `GET {baseUrl}/models` within `timeoutMs`
 * (default 2 s). Never throws and bypasses the circuit breaker and retries, so /health reports
 * what the upstream does right now rather than what the breaker remembers.
 */
export async function probeUpstream(
  baseUrl: string,
  options: { apiKey?: string; fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<UpstreamProbe> {
  const timeoutMs = options.timeoutMs ?? 2000;
  const endpoint: UpstreamEndpoint = { baseUrl, ...(options.apiKey ? { apiKey: options.apiKey } : {}), ...(options.fetch ? { fetch: options.fetch } : {}) };
  const scope = new AttemptScope();
  scope.arm('total', timeoutMs);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await sendUpstreamRequest(endpoint, { path: 'models', method: 'GET', accept: 'application/json', connectMs: timeoutMs }, scope);
    const parsed = modelsSchema.safeParse(JSON.parse(await response.text()));
    if (!parsed.success) return { ok: false, models: [], latencyMs: elapsed(), error: 'GET /models answered without a model list' };
    return { ok: true, models: parsed.data.data.map((model) => model.id), latencyMs: elapsed() };
  } catch (error) {
    const detail = scope.cause?.kind === 'timeout' ? `no answer within ${timeoutMs} ms` : describeProbeError(error);
    return { ok: false, models: [], latencyMs: elapsed(), error: detail };
  } finally {
    scope.dispose();
  }
}

function describeProbeError(error: unknown): string {
  if (error instanceof AttemptFailure) {
    return error.failure.kind === 'http' ? `HTTP ${error.failure.status}: ${error.message}` : error.message;
  }
  if (error instanceof SyntaxError) return 'GET /models answered with invalid JSON';
  return describeNetworkError(error);
}
