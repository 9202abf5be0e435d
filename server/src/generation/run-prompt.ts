import type { ChatMessage, FinishReason, GenerationUsage, TextGenerationModel } from '../inference';
import { neutralizeControlTokens, renderPrompt, type PromptTemplate } from './prompts';
import type { PrivacyGuard, PromptReference } from './use-case';

export interface PromptRun {
  text: string;
  usage: GenerationUsage;
  finishReason: FinishReason;
  prompt: PromptReference;
}

export interface RunPromptOptions {
  maxTokens: number;
  signal?: AbortSignal;
  /** Streamed output, personal data already restored. */
  onDelta?: (text: string) => void;
  privacy: PrivacyGuard | null;
  /** Earlier turns placed between the system and the new user message (chat). */
  history?: ChatMessage[];
}

/**
 * Renders a prompt file with the given values and runs it on the model. String values and the
 * history pass through the privacy guard first; the output is restored as it streams. Errors
 * (GenerationUnavailableError included) propagate so the use case can fall back.
 */
export async function runPrompt(
  model: TextGenerationModel,
  template: PromptTemplate,
  values: Record<string, string | number>,
  options: RunPromptOptions,
): Promise<PromptRun> {
  const guard = options.privacy;
  const protect = (text: string) => (guard ? guard.protect(text) : text);
  const protectedValues = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, typeof value === 'string' && template.variables[name]?.type === 'string' ? protect(value) : value]),
  );
  const [system, user] = renderPrompt(template, protectedValues);
  // Earlier turns are text like any value: no chat-template control tokens reach the model from them.
  const history = (options.history ?? []).map((message) => ({ ...message, content: neutralizeControlTokens(protect(message.content)) }));
  const messages: ChatMessage[] = [...(system ? [system] : []), ...history, ...(user ? [user] : [])];
  const restorer = guard?.createRestorer() ?? { push: (delta: string) => delta, flush: () => '' };
  let text = '';
  let usage: GenerationUsage = { promptTokens: 0, completionTokens: 0 };
  let finishReason: FinishReason = 'stop';
  const emit = (delta: string) => {
    if (!delta) return;
    text += delta;
    options.onDelta?.(delta);
  };
  const stream = model.generate({
    messages,
    settings: { maxTokens: options.maxTokens, temperature: 0, topP: 1, stop: [] },
    ...(options.signal ? { signal: options.signal } : {}),
  });
  for await (const event of stream) {
    if (event.type === 'text-delta') emit(restorer.push(event.text));
    else {
      usage = event.usage;
      finishReason = event.finishReason;
    }
  }
  emit(restorer.flush());
  return { text: text.trim(), usage, finishReason, prompt: { id: template.id, version: template.version } };
}

/** The characters of source text one prompt may carry: the configured limit, bounded by the model's context. */
export function promptBudgetChars(model: TextGenerationModel, maxPromptChars: number, maxTokens: number): number {
  // About 3 characters per token for German with the usual BPE vocabularies; keep room for the answer.
  const contextChars = (model.contextLength - maxTokens) * 3 - 1500;
  return Math.max(1000, Math.min(maxPromptChars, contextChars));
}
