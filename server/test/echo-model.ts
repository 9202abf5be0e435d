import type { GenerationEvent, GenerationRequest, TextGenerationModel } from '../src/inference';

/**
 * A backend that answers with the last user message, in small deltas: what the model saw comes back
 * as its output, so tests can check both what reached the model and what the user gets.
 */
export class EchoModel implements TextGenerationModel {
  readonly modelId = 'echo';
  readonly contextLength = 32_768;
  readonly requests: GenerationRequest[] = [];

  async *generate(request: GenerationRequest): AsyncIterable<GenerationEvent> {
    this.requests.push(request);
    const text = [...request.messages].reverse().find((message) => message.role === 'user')?.content ?? '';
    for (let i = 0; i < text.length; i += 7) yield { type: 'text-delta', text: text.slice(i, i + 7) };
    yield { type: 'finish', finishReason: 'stop', usage: { promptTokens: 1, completionTokens: 1 } };
  }
}
