export { type EmbeddingModel, ModelLoadError } from './embedding-model';
export { TransformersEmbeddingModel } from './transformers-embedding-model';
export { configureTransformers } from './configure-transformers';
export { GenerationUnavailableError, type ChatMessage, type GenerationSettings, type GenerationRequest, type GenerationEvent, type FinishReason, type GenerationUsage, type TextGenerationModel, type UnavailableReason } from './text-generation-model';
export { ModelCatalog, type CatalogEntry } from './model-catalog';
export { LocalGenerationModel, type LocalGenerationOptions } from './local-generation/local-generation-model';
export {
  CircuitBreaker, OpenAiCompatibleGenerationModel, OpenAiCompatibleEmbeddingModel, probeUpstream, UpstreamRequestError, UpstreamStreamBrokenError,
  type OpenAiCompatibleGenerationOptions, type OpenAiCompatibleEmbeddingOptions, type UpstreamProbe, type CircuitBreakerSnapshot,
} from './openai-compatible';
export { WorkerEmbeddingModel } from './embedding-worker/worker-embedding-model';
