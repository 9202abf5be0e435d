import { GenerationUnavailableError, type GenerationEvent, type GenerationRequest, type TextGenerationModel } from '../src/inference';

/** A generation backend that is down (connection refused): implements the real interface, fails the way real backends fail. */
export class UnreachableModel implements TextGenerationModel {
  readonly modelId = 'unreachable';
  readonly contextLength = 4096;
  readonly requests: GenerationRequest[] = [];

  generate(request: GenerationRequest): AsyncIterable<GenerationEvent> {
    this.requests.push(request);
    throw new GenerationUnavailableError('backend-down', 'connection refused');
  }
}
