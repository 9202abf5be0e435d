/** One message of a chat, as in the OpenAI chat format. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** Decoding settings; `temperature: 0` means greedy decoding. */
export interface GenerationSettings {
  maxTokens: number;
  temperature: number;
  topP: number;
  stop: string[];
  seed?: number;
  /** Suppress end-of-sequence before this many tokens (vLLM's `min_tokens`). */
  minTokens?: number;
}

export interface GenerationRequest {
  messages: ChatMessage[];
  settings: GenerationSettings;
  /** Aborting stops generation as soon as the backend can (worker or upstream stream). */
  signal?: AbortSignal;
}

export type FinishReason = 'stop' | 'length' | 'cancelled';

export interface GenerationUsage {
  promptTokens: number;
  completionTokens: number;
}

/** Stream events, named noun-verb like the Vercel AI SDK. */
export type GenerationEvent =
  | { type: 'text-delta'; text: string }
  | { type: 'finish'; finishReason: FinishReason; usage: GenerationUsage };

/**
 * The small interface every generation backend implements (local transformers.js worker,
 * OpenAI-compatible upstream). Callers consume the async iterable; errors are thrown as
 * GenerationUnavailableError (typed, so the functions layer can fall back) or plain errors.
 */
export interface TextGenerationModel {
  readonly modelId: string;
  readonly contextLength: number;
  generate(request: GenerationRequest): AsyncIterable<GenerationEvent>;
}

export type UnavailableReason = 'no-model' | 'backend-down' | 'overloaded' | 'circuit-open' | 'timeout';

/** Generation cannot be served right now; `retryAfterSeconds` is set for overload. */
export class GenerationUnavailableError extends Error {
  constructor(
    readonly reason: UnavailableReason,
    detail: string,
    readonly retryAfterSeconds?: number,
    options?: { cause?: unknown },
  ) {
    super(detail, options);
    this.name = 'GenerationUnavailableError';
  }
}
