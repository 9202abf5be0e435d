import type {
  FinishReason,
  GenerationEvent,
  GenerationRequest,
  GenerationUsage,
  TextGenerationModel,
} from '../text-generation-model';
import type { AttemptScope } from './attempt-scope';
import type { ChatChunk } from './chat-chunk';
import { ChatStreamReader, prematureEnd } from './chat-stream-reader';
import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker';
import { isUpstreamFault, type RetryOptions } from './retry-policy';
import { runWithRetries } from './retry-runner';
import { UpstreamStreamBrokenError } from './upstream-errors';
import { failureFromError, sendUpstreamRequest, type UpstreamEndpoint } from './upstream-http';

export interface GenerationTimeouts {
  /**
   * Until the response headers arrive. vLLM, llama.cpp server and TGI send them at once; Ollama
   * only with its first token, so for Ollama set this at least as high as `firstTokenMs`.
   */
  connectMs: number;
  /** From the start of an attempt until the first text (covers queueing and prefill). */
  firstTokenMs: number;
  /** After the first text, the longest wait for the next bytes (keep-alive comments count); time the consumer spends between reads does not count. */
  idleMs: number;
  /** The whole generate() call, retries and backoff included. */
  totalMs: number;
}

export interface OpenAiCompatibleGenerationOptions extends UpstreamEndpoint {
  /** Our id for the model (what /health and logs show). */
  modelId: string;
  /** The model name at the upstream (`model` in the request body). */
  remoteModel: string;
  contextLength: number;
  timeouts: GenerationTimeouts;
  retries: RetryOptions;
  /** Options for a breaker of its own, or a breaker shared with other clients of the same upstream. */
  circuitBreaker: CircuitBreakerOptions | CircuitBreaker;
  /** Send `stream_options.include_usage` (default true); switch off for servers that reject it. */
  includeUsage?: boolean;
  /** Jitter source for backoff, for tests. */
  random?: () => number;
}

/** Reported when the upstream sent no usage chunk (e.g. stream_options unsupported, or cancelled). */
const UNKNOWN_USAGE: GenerationUsage = { promptTokens: 0, completionTokens: 0 };

/**
 * Generation through an OpenAI-compatible server (vLLM, llama.cpp server, Ollama, TGI): the
 * scale-out path. generate() streams `POST {baseUrl}/chat/completions` and yields a text-delta per
 * content chunk and exactly one finish event.
 *
 * - Usage comes from the upstream's usage chunk; without one, both counts are 0 (unknown), not
 *   estimates, so that metering never mixes exact and guessed numbers.
 * - Retries (see retry-policy.ts) happen only before the first text reached the consumer. If the
 *   upstream fails afterwards, UpstreamStreamBrokenError (a GenerationUnavailableError with
 *   reason 'backend-down', or 'timeout' for idle/total timeouts) says after how many tokens.
 * - Cancellation: when `request.signal` aborts, the upstream request is aborted and, if the
 *   consumer is still iterating, the stream ends with finish 'cancelled' (usage as far as known).
 *   A consumer that stops iterating (break / return()) also aborts the upstream request, which
 *   frees its slot there.
 * - Nothing is sent before the first next(): the work starts when iteration does.
 */
export class OpenAiCompatibleGenerationModel implements TextGenerationModel {
  readonly modelId: string;
  readonly contextLength: number;
  /** Exposed for /health: `breaker.state()` and `breaker.snapshot()`. */
  readonly breaker: CircuitBreaker;

  constructor(private readonly options: OpenAiCompatibleGenerationOptions) {
    this.modelId = options.modelId;
    this.contextLength = options.contextLength;
    this.breaker = options.circuitBreaker instanceof CircuitBreaker ? options.circuitBreaker : new CircuitBreaker(options.circuitBreaker);
  }

  async *generate(request: GenerationRequest): AsyncGenerator<GenerationEvent, void, undefined> {
    const { timeouts, retries } = this.options;
    const body = this.requestBody(request);
    const outcome = await runWithRetries((scope) => this.openStream(scope, body), {
      breaker: this.breaker,
      retries,
      deadline: Date.now() + timeouts.totalMs,
      ...(request.signal ? { signal: request.signal } : {}),
      ...(this.options.random ? { random: this.options.random } : {}),
    });
    if (outcome.status === 'cancelled') {
      yield { type: 'finish', finishReason: 'cancelled', usage: UNKNOWN_USAGE };
      return;
    }
    const { scope, value: opened } = outcome;
    const { reader } = opened;
    let tokens = 0;
    let finishReason: Exclude<FinishReason, 'cancelled'> | undefined;
    let usage: GenerationUsage | undefined;
    const absorb = (chunk: ChatChunk): GenerationEvent | null => {
      if (chunk.usage) usage = chunk.usage;
      if (chunk.finishReason) finishReason ??= chunk.finishReason;
      if (!chunk.text) return null;
      tokens += 1;
      return { type: 'text-delta', text: chunk.text };
    };
    const cancelled = (): GenerationEvent => ({ type: 'finish', finishReason: 'cancelled', usage: usage ?? UNKNOWN_USAGE });
    try {
      for (const chunk of opened.buffered) {
        const event = absorb(chunk);
        if (event) yield event;
      }
      for (;;) {
        if (request.signal?.aborted) {
          yield cancelled();
          return;
        }
        let chunk: ChatChunk | null;
        try {
          chunk = await reader.read();
        } catch (error) {
          if (scope.cause?.kind === 'cancelled') {
            yield cancelled();
            return;
          }
          // After finish_reason only the usage chunk and [DONE] were still due: the answer is whole.
          if (finishReason) break;
          throw this.broken(scope, error, tokens);
        }
        if (chunk === null) {
          if (finishReason || reader.sawDone) break;
          throw this.broken(scope, prematureEnd(), tokens);
        }
        const event = absorb(chunk);
        if (event) yield event;
      }
      yield { type: 'finish', finishReason: finishReason ?? 'stop', usage: usage ?? UNKNOWN_USAGE };
    } finally {
      reader.close();
      scope.dispose();
    }
  }

  /**
   * One attempt: send the request and read until the first text (or a finish without text). Only
   * this part is retried; the chunks read so far are handed over so that nothing is lost.
   */
  private async openStream(scope: AttemptScope, body: unknown): Promise<{ reader: ChatStreamReader; buffered: ChatChunk[] }> {
    const { timeouts } = this.options;
    scope.arm('first-token', timeouts.firstTokenMs);
    const response = await sendUpstreamRequest(
      this.options,
      { path: 'chat/completions', method: 'POST', body, accept: 'text/event-stream', connectMs: timeouts.connectMs },
      scope,
    );
    const reader = new ChatStreamReader(response, scope);
    const buffered: ChatChunk[] = [];
    try {
      for (;;) {
        const chunk = await reader.read();
        if (chunk === null) {
          if (reader.sawDone || buffered.some((seen) => seen.finishReason)) break;
          throw prematureEnd();
        }
        buffered.push(chunk);
        if (chunk.text || chunk.finishReason) break;
      }
    } catch (error) {
      reader.close();
      throw error;
    }
    scope.disarm('first-token');
    reader.setIdleTimeout(timeouts.idleMs);
    return { reader, buffered };
  }

  /** A failure after the first token: counted against the upstream, never retried. */
  private broken(scope: AttemptScope, error: unknown, tokens: number): UpstreamStreamBrokenError {
    const failure = failureFromError(scope, error);
    if (isUpstreamFault(failure.failure)) this.breaker.recordFailure();
    const reason = failure.failure.kind === 'timeout' ? 'timeout' : 'backend-down';
    return new UpstreamStreamBrokenError(reason, tokens, failure.message, { cause: failure });
  }

  private requestBody(request: GenerationRequest): Record<string, unknown> {
    const { settings } = request;
    return {
      model: this.options.remoteModel,
      messages: request.messages.map(({ role, content }) => ({ role, content })),
      stream: true,
      ...(this.options.includeUsage === false ? {} : { stream_options: { include_usage: true } }),
      max_tokens: settings.maxTokens,
      temperature: settings.temperature,
      top_p: settings.topP,
      ...(settings.stop.length > 0 ? { stop: settings.stop } : {}),
      ...(settings.seed === undefined ? {} : { seed: settings.seed }),
    };
  }
}
