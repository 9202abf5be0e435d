import type { FinishReason, GenerationUsage, TextGenerationModel } from '../inference';
import type { PromptLibrary } from './prompts';

/**
 * Which path produced a result. `generative`: a language model wrote it. The others are the
 * degraded modes that work without one: `extractive` (quoted sentences), `template` (a filled
 * form with marked gaps), `rules` (a rule report only).
 */
export type ResultMode = 'generative' | 'extractive' | 'template' | 'rules';

export interface PromptReference {
  id: string;
  version: number;
}

/** What every use-case result says about how it was made (shown to users, written to the audit log). */
export interface ResultProvenance {
  mode: ResultMode;
  model: string | null;
  prompts: PromptReference[];
  /** Why a generative request fell back to a degraded mode. */
  fallback: { reason: string } | null;
  usage: GenerationUsage;
}

/**
 * Keeps personal data away from the model: `protect` replaces it in every text sent, the
 * restorer puts it back into the streamed output. One guard per request (the mapping lives only
 * as long as the request).
 */
export interface PrivacyGuard {
  protect(text: string): string;
  createRestorer(): { push(delta: string): string; flush(): string };
}

/** Everything a use case needs to call a model; capabilities get it as a plain object. */
export interface GenerationContext {
  prompts: PromptLibrary;
  /** Null: no generation model configured; use cases answer in their degraded mode. */
  generation: TextGenerationModel | null;
  maxTokens: number;
  /** Prompt budget in characters (config.maxPromptChars), further bounded by the model's context. */
  maxPromptChars: number;
  privacy: PrivacyGuard | null;
}

/** Progress and streamed text, for SSE; every callback is optional. */
export interface UseCaseEvents {
  onStart?(start: { mode: ResultMode; model: string | null }): void;
  onDelta?(text: string): void;
  onProgress?(progress: { stage: string; done: number; total: number }): void;
}

export interface RunOptions {
  signal?: AbortSignal;
  events?: UseCaseEvents;
}

export const NO_USAGE: GenerationUsage = { promptTokens: 0, completionTokens: 0 };

export function addUsage(a: GenerationUsage, b: GenerationUsage): GenerationUsage {
  return { promptTokens: a.promptTokens + b.promptTokens, completionTokens: a.completionTokens + b.completionTokens };
}

export type { FinishReason };

/**
 * Passes streamed text to the events and announces the generative start with the first delta.
 * `started` tells whether text already went out: after that a failure can no longer fall back.
 */
export function generativeStream(events: UseCaseEvents | undefined, modelId: string): { onDelta: (text: string) => void; readonly started: boolean } {
  let started = false;
  return {
    onDelta: (text) => {
      if (!started) {
        started = true;
        events?.onStart?.({ mode: 'generative', model: modelId });
      }
      events?.onDelta?.(text);
    },
    get started() {
      return started;
    },
  };
}
