import { z } from 'zod';
import { ModelLoadError, type EmbeddingModel } from '../embedding-model';
import type { AttemptScope } from './attempt-scope';
import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker';
import type { RetryOptions } from './retry-policy';
import { runWithRetries } from './retry-runner';
import { AttemptFailure } from './upstream-errors';
import { failureFromError, sendUpstreamRequest, type UpstreamEndpoint } from './upstream-http';

export interface EmbeddingTimeouts {
  /** Until the response headers arrive; embedding servers send them after computing the batch. */
  connectMs: number;
  /** One batch, retries and backoff included. */
  totalMs: number;
}

export interface OpenAiCompatibleEmbeddingOptions extends UpstreamEndpoint {
  modelId: string;
  remoteModel: string;
  /** Texts per request; upstreams limit inputs per call (vLLM by tokens, TEI at 32 by default). */
  batchSize: number;
  timeouts: EmbeddingTimeouts;
  retries: RetryOptions;
  circuitBreaker: CircuitBreakerOptions | CircuitBreaker;
  random?: () => number;
}

const responseSchema = z.looseObject({
  data: z.array(z.looseObject({ embedding: z.array(z.number()), index: z.number().optional() })),
});

/** Unit length, so cosine similarity is a dot product; upstreams differ on whether they normalise. */
export function normalizeVector(vector: number[]): number[] {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const norm = Math.sqrt(sum);
  if (norm === 0 || Math.abs(norm - 1) < 1e-6) return vector;
  return vector.map((value) => value / norm);
}

/**
 * Embeddings from an OpenAI-compatible server (`POST {baseUrl}/embeddings`), in batches, with the
 * same retry policy, circuit breaker and timeouts as generation. Embedding requests are
 * idempotent, so every batch is retried as a whole. The dimension count is learned by `load()`
 * from a probe request, and every later vector is checked against it (a model swapped behind the
 * same name would otherwise corrupt the vector index).
 */
export class OpenAiCompatibleEmbeddingModel implements EmbeddingModel {
  readonly modelId: string;

  private constructor(
    private readonly options: OpenAiCompatibleEmbeddingOptions,
    readonly dimensions: number,
    /** Exposed for /health. */
    readonly breaker: CircuitBreaker,
  ) {
    this.modelId = options.modelId;
  }

  /** Probes the upstream for the dimension count; ModelLoadError if it cannot be reached or answers nonsense. */
  static async load(options: OpenAiCompatibleEmbeddingOptions): Promise<OpenAiCompatibleEmbeddingModel> {
    if (!(options.batchSize >= 1)) throw new RangeError('batchSize must be at least 1');
    const breaker = options.circuitBreaker instanceof CircuitBreaker ? options.circuitBreaker : new CircuitBreaker(options.circuitBreaker);
    try {
      const [probe] = await requestEmbeddings(options, breaker, ['Probe']);
      if (!probe || probe.length === 0) throw new Error('the probe returned an empty vector');
      return new OpenAiCompatibleEmbeddingModel(options, probe.length, breaker);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new ModelLoadError(options.modelId, `upstream ${options.baseUrl} (${options.remoteModel}): ${detail}`, { cause: error });
    }
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const vectors: number[][] = [];
    for (let start = 0; start < texts.length; start += this.options.batchSize) {
      const batch = await requestEmbeddings(this.options, this.breaker, texts.slice(start, start + this.options.batchSize));
      for (const vector of batch) {
        if (vector.length !== this.dimensions) {
          throw new Error(`Upstream embedding has ${vector.length} dimensions, expected ${this.dimensions}`);
        }
        vectors.push(vector);
      }
    }
    return vectors;
  }

  async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.embedDocuments([text]);
    if (!vector) throw new Error('Embedding model returned no vector');
    return vector;
  }
}

/** One batch with retries: normalised vectors in input order. */
async function requestEmbeddings(options: OpenAiCompatibleEmbeddingOptions, breaker: CircuitBreaker, input: string[]): Promise<number[][]> {
  const attempt = async (scope: AttemptScope): Promise<number[][]> => {
    const response = await sendUpstreamRequest(
      options,
      { path: 'embeddings', method: 'POST', body: { model: options.remoteModel, input, encoding_format: 'float' }, accept: 'application/json', connectMs: options.timeouts.connectMs },
      scope,
    );
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw failureFromError(scope, error);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new AttemptFailure({ kind: 'protocol' }, 'embedding response is not JSON', { cause: error });
    }
    const parsed = responseSchema.safeParse(json);
    if (!parsed.success || parsed.data.data.length !== input.length) {
      throw new AttemptFailure({ kind: 'protocol' }, `expected ${input.length} embeddings in the response`, parsed.success ? {} : { cause: parsed.error });
    }
    const ordered = [...parsed.data.data].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    return ordered.map((item) => normalizeVector(item.embedding));
  };
  const outcome = await runWithRetries(attempt, {
    breaker,
    retries: options.retries,
    deadline: Date.now() + options.timeouts.totalMs,
    ...(options.random ? { random: options.random } : {}),
  });
  if (outcome.status === 'cancelled') throw new Error('Embedding request was cancelled');
  outcome.scope.dispose();
  return outcome.value;
}
