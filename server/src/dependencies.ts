import fs from 'node:fs';
import path from 'node:path';
import type { AppDependencies } from './app';
import { Authenticator, TokenStore } from './auth';
import type { Config } from './config';
import { DocumentLibrary, DocumentStore, type IngestPathsOptions, type IngestSummary } from './ingest';
import { TransformersEmbeddingModel, type EmbeddingModel } from './inference';
import { openDatabase, schemaVersion, type Database } from './platform/db';
import type { Logger } from './platform/logger';
import { createGermanAnalyzer, LexicalIndex, syncVectorIndex, VectorIndex, type Retriever } from './retrieval';
import type { SystemStatus } from './system-status';

export interface Service {
  deps: AppDependencies;
  database: Database;
  /** Ingests the bundled corpus folder into the shared `corpus` collection. */
  ingestCorpus(options?: Pick<IngestPathsOptions, 'onProgress'>): Promise<IngestSummary | null>;
  close(): void;
}

const VERSION = '0.1.0';

/** Composition root: config → database, indexes, models → the plain objects the app and CLIs use. */
export async function buildService(config: Config, logger: Logger): Promise<Service> {
  const database = openDatabase({ file: path.join(config.dataDir, 'llmoin.db') });
  const analyzer = createGermanAnalyzer();
  const lexicalIndex = new LexicalIndex(database, analyzer);
  const store = new DocumentStore(database);
  const embedding = await loadEmbeddingModel(config, logger);
  const dense = embedding.model ? await openDenseIndex(config, database, embedding.model, logger) : null;
  const retriever: Retriever = { database, lexicalIndex, dense };
  const library = new DocumentLibrary({
    store, lexicalIndex, chunking: { chunkSize: config.chunkSize, chunkOverlap: config.chunkOverlap }, maxPdfPages: config.maxPdfPages,
    afterChange: dense ? async () => void (await syncVectorIndex(database, dense.index, dense.model)) : undefined,
  });
  const tokens = new TokenStore(database);
  const corpus: SystemStatus['corpus'] = { state: 'idle', done: 0, total: 0 };

  const status = (): SystemStatus => {
    const counts = store.counts();
    const degraded = embedding.error !== null || corpus.state === 'failed';
    return {
      status: degraded ? 'degraded' : 'ok',
      version: VERSION,
      database: { ok: database.open, schemaVersion: schemaVersion(database) },
      retrieval: {
        mode: dense ? 'hybrid' : 'lexical',
        reason: dense ? null : embedding.reason,
        lexical: { chunks: counts.chunks },
        dense: dense ? { modelId: dense.model.modelId, vectors: dense.index.size, dimensions: dense.model.dimensions } : null,
      },
      models: { embedding: { configured: config.embeddingModel, loaded: embedding.model !== null, error: embedding.error } },
      counts,
      corpus: { ...corpus },
    };
  };

  const ingestCorpus: Service['ingestCorpus'] = async (options) => {
    if (!fs.existsSync(config.corpusDir)) return null;
    corpus.state = 'ingesting';
    try {
      const summary = await library.ingestPaths([config.corpusDir], {
        collection: 'corpus', root: config.corpusDir,
        onProgress: (event) => {
          corpus.done = event.done;
          corpus.total = event.total;
          options?.onProgress?.(event);
        },
      });
      corpus.state = 'done';
      return summary;
    } catch (error) {
      corpus.state = 'failed';
      throw error;
    }
  };

  return {
    deps: { config, logger, authenticator: new Authenticator(tokens, config.adminToken), tokens, library, retriever, analyzer, status },
    database,
    ingestCorpus,
    close: () => {
      dense?.index.save();
      database.close();
    },
  };
}

interface EmbeddingState {
  model: EmbeddingModel | null;
  reason: string | null;
  error: string | null;
}

async function loadEmbeddingModel(config: Config, logger: Logger): Promise<EmbeddingState> {
  if (config.retrievalMode === 'lexical') return { model: null, reason: 'LLMOIN_RETRIEVAL_MODE=lexical', error: null };
  if (!config.embeddingModel) return { model: null, reason: 'no embedding model configured (LLMOIN_EMBEDDING_MODEL)', error: null };
  try {
    const model = await TransformersEmbeddingModel.load({ modelsDir: config.modelsDir, modelId: config.embeddingModel });
    logger.info({ modelId: model.modelId, dimensions: model.dimensions }, 'embedding model loaded');
    return { model, reason: null, error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.error({ modelId: config.embeddingModel, error: message }, 'embedding model unavailable: running lexical-only');
    return { model: null, reason: 'embedding model failed to load', error: message };
  }
}

async function openDenseIndex(config: Config, database: Database, model: EmbeddingModel, logger: Logger) {
  const index = VectorIndex.open({ directory: path.join(config.dataDir, 'index'), modelId: model.modelId, dimensions: model.dimensions });
  const repaired = await syncVectorIndex(database, index, model);
  if (repaired.added || repaired.removed) logger.info({ ...repaired }, 'vector index brought in line with the database');
  return { model, index, weight: config.denseWeight, fusion: config.fusion };
}
