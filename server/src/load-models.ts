import { readSecret, type Config } from './config';
import {
  LocalGenerationModel, OpenAiCompatibleEmbeddingModel, OpenAiCompatibleGenerationModel, WorkerEmbeddingModel,
  type CircuitBreakerSnapshot, type EmbeddingModel, type TextGenerationModel,
} from './inference';
import { verifyConfiguredModels, type ResolvedModel } from './inference/registry';
import type { Logger } from './platform/logger';

export interface LoadedModel<Model> {
  model: Model | null;
  backend: 'transformers' | 'openai-compatible' | null;
  /** Why the service runs without it (null when none is configured or it loaded). */
  reason: string | null;
  error: string | null;
}

export interface LoadedModels {
  embedding: LoadedModel<EmbeddingModel>;
  /** Stops the embedding worker, if any. */
  closeEmbedding(): Promise<void>;
  generation: LoadedModel<TextGenerationModel> & {
    close(): Promise<void>;
    /** Local worker queue (transformers backend). */
    queue(): { workers: number; busy: number; queued: number; maxQueue: number } | null;
    /** Circuit state of the upstream (openai-compatible backend). */
    circuit(): CircuitBreakerSnapshot | null;
  };
}

// Upstream defaults: generous first-token time for queued clusters, retries only before output.
const UPSTREAM_RETRIES = { attempts: 3, baseDelayMs: 200, maxDelayMs: 5_000 };
const UPSTREAM_BREAKER = { failureThreshold: 5, cooldownMs: 30_000 };

/**
 * Loads the configured models from the registry (models.json). A modified model file stops the
 * start (ModelIntegrityError); an unregistered or unloadable model leaves the service degraded
 * with the reason in /health. The registry chooses the backend per model.
 */
export async function loadModels(config: Config, logger: Logger): Promise<LoadedModels> {
  const configured = await verifyConfiguredModels(config.modelsDir, {
    embedding: config.retrievalMode === 'lexical' ? null : config.embeddingModel,
    generation: config.generationModel,
  });
  for (const resolved of [configured.embedding, configured.generation]) {
    if (resolved?.entry?.testModel) logger.warn({ modelId: resolved.id, task: resolved.task }, 'configured model is a TEST model: its output is not meaningful');
  }
  const embedding = config.retrievalMode === 'lexical'
    ? { model: null, backend: null, reason: 'LLMOIN_RETRIEVAL_MODE=lexical', error: null }
    : await attempt(configured.embedding, 'no embedding model configured (LLMOIN_EMBEDDING_MODEL)', logger, (resolved) => loadEmbedding(config, resolved));
  const generation = await attempt(configured.generation, 'no generation model configured (LLMOIN_GENERATION_MODEL)', logger, (resolved) => loadGeneration(config, resolved));
  const local = generation.model instanceof LocalGenerationModel ? generation.model : null;
  const remote = generation.model instanceof OpenAiCompatibleGenerationModel ? generation.model : null;
  return {
    embedding,
    closeEmbedding: async () => {
      if (embedding.model instanceof WorkerEmbeddingModel) await embedding.model.close();
    },
    generation: { ...generation, close: async () => local?.close(), queue: () => local?.state() ?? null, circuit: () => remote?.breaker.snapshot() ?? null },
  };
}

async function attempt<Model>(
  resolved: ResolvedModel | null,
  unconfigured: string,
  logger: Logger,
  load: (resolved: Extract<ResolvedModel, { error: null }>) => Promise<{ model: Model; backend: 'transformers' | 'openai-compatible' }>,
): Promise<LoadedModel<Model>> {
  if (!resolved) return { model: null, backend: null, reason: unconfigured, error: null };
  if (resolved.error !== null) {
    logger.error({ modelId: resolved.id, task: resolved.task, error: resolved.error }, 'model not usable: running degraded');
    return { model: null, backend: null, reason: `${resolved.task} model not usable`, error: resolved.error };
  }
  try {
    const loaded = await load(resolved);
    logger.info({ modelId: resolved.id, task: resolved.task, backend: loaded.backend }, 'model loaded');
    return { ...loaded, reason: null, error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.error({ modelId: resolved.id, task: resolved.task, error: message }, 'model failed to load: running degraded');
    return { model: null, backend: null, reason: `${resolved.task} model failed to load`, error: message };
  }
}

async function loadEmbedding(config: Config, { entry }: Extract<ResolvedModel, { error: null }>) {
  if (entry.backend === 'transformers') {
    const model = await WorkerEmbeddingModel.load({ modelsDir: config.modelsDir, modelId: entry.path, quantized: entry.dtype === 'q8' });
    return { model: model as EmbeddingModel, backend: 'transformers' as const };
  }
  const model = await OpenAiCompatibleEmbeddingModel.load({
    modelId: entry.id, baseUrl: entry.baseUrl, remoteModel: entry.remoteModel, ...apiKey(entry.apiKeyEnv),
    batchSize: 32, timeouts: { connectMs: 30_000, totalMs: 60_000 }, retries: UPSTREAM_RETRIES, circuitBreaker: UPSTREAM_BREAKER,
  });
  return { model: model as EmbeddingModel, backend: 'openai-compatible' as const };
}

async function loadGeneration(config: Config, { entry }: Extract<ResolvedModel, { error: null }>) {
  if (entry.backend === 'transformers') {
    const model = await LocalGenerationModel.load({
      modelsDir: config.modelsDir, modelId: entry.path, dtype: entry.dtype, concurrency: config.generationConcurrency,
      maxQueue: config.generationQueue, queueTimeoutMs: config.generationQueueTimeoutMs, generationTimeoutMs: config.generationTimeoutMs,
    });
    return { model: model as TextGenerationModel, backend: 'transformers' as const };
  }
  const model = new OpenAiCompatibleGenerationModel({
    modelId: entry.id, baseUrl: entry.baseUrl, remoteModel: entry.remoteModel, ...apiKey(entry.apiKeyEnv), contextLength: entry.contextLength,
    timeouts: { connectMs: 10_000, firstTokenMs: config.generationQueueTimeoutMs, idleMs: 30_000, totalMs: config.generationTimeoutMs },
    retries: UPSTREAM_RETRIES, circuitBreaker: UPSTREAM_BREAKER,
  });
  return { model: model as TextGenerationModel, backend: 'openai-compatible' as const };
}

function apiKey(name: string | undefined): { apiKey?: string } {
  const key = name ? readSecret(name) : null;
  return key ? { apiKey: key } : {};
}
