export { CircuitBreaker, type CircuitBreakerOptions, type CircuitBreakerSnapshot, type CircuitPermit, type CircuitState } from './circuit-breaker';
export { OpenAiCompatibleGenerationModel, type GenerationTimeouts, type OpenAiCompatibleGenerationOptions } from './openai-compatible-generation-model';
export { OpenAiCompatibleEmbeddingModel, normalizeVector, type EmbeddingTimeouts, type OpenAiCompatibleEmbeddingOptions } from './openai-compatible-embedding-model';
export { probeUpstream, type UpstreamProbe } from './probe-upstream';
export { UpstreamRequestError, UpstreamStreamBrokenError } from './upstream-errors';
export type { RetryOptions } from './retry-policy';
export type { UpstreamEndpoint } from './upstream-http';
