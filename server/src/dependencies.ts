import fs from 'node:fs';
import path from 'node:path';
import type { AppDependencies } from './app';
import { createAuthenticator, TokenStore } from './auth';
import type { Config } from './config';
import { DocumentLibrary, DocumentStore, type IngestPathsOptions, type IngestSummary } from './ingest';
import { ModelCatalog, type CircuitBreakerSnapshot, type EmbeddingModel } from './inference';
import { loadModels } from './load-models';
import { openDatabase, schemaVersion, type Database } from './platform/db';
import type { Logger } from './platform/logger';
import { createGermanAnalyzer, LexicalIndex, syncVectorIndex, VectorIndex, type Retriever } from './retrieval';
import {
  ChatStore, checkPlainLanguage, loadDraftTemplates, loadPlainLanguageRules, loadPromptLibrary, type AssistantServices,
  CHAT_PROMPT_ID, DRAFT_PROMPT_ID, RESEARCH_PROMPT_ID, SIMPLIFY_PROMPT_ID, SUMMARIZE_PROMPT_IDS,
} from './generation';
import { AuditIntegrityError, openAuditLog, pruneAuditLog, type AuditLog } from './audit';
import { composeRemedyNotice } from './compose-remedy-notice';
import { checkLegalCitations } from './legal/citations';
import { createPrivacyGuard } from './privacy';
import type { SystemStatus } from './system-status';

export interface Service {
  deps: AppDependencies;
  database: Database;
  /** Ingests the bundled corpus folder into the shared `corpus` collection. */
  ingestCorpus(options?: Pick<IngestPathsOptions, 'onProgress'>): Promise<IngestSummary | null>;
  close(): Promise<void>;
}

const VERSION = '0.1.0';
const VECTOR_SAVE_DELAY_MS = 5_000;

/** Runs a task once, some time after the first request; `flush` runs a pending one at once. */
class DeferredTask {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly task: () => void, private readonly delayMs: number) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
    this.timer.unref();
  }

  flush(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.task();
  }
}

/** Composition root: config → database, indexes, models → the plain objects the app and CLIs use. */
export async function buildService(config: Config, logger: Logger): Promise<Service> {
  // Prompts first: a broken prompt file stops the start before anything else is opened.
  const prompts = loadPromptLibrary(config.promptsDir, [RESEARCH_PROMPT_ID, ...SUMMARIZE_PROMPT_IDS, DRAFT_PROMPT_ID, CHAT_PROMPT_ID, SIMPLIFY_PROMPT_ID]);
  const draftTemplates = loadDraftTemplates(path.join(config.promptsDir, 'drafts'));
  const plainLanguageRules = loadPlainLanguageRules(config.rulesDir);
  // Then models: a modified model file stops the start (ModelIntegrityError) before the data dir is touched.
  const loaded = await loadModels(config, logger);
  const embedding = loaded.embedding;
  const generation = loaded.generation;
  const database = openDatabase({ file: path.join(config.dataDir, 'llmoin.db') });
  const audit = openAuditLog(database, config, logger);
  await pruneAuditAtStart(audit, config, logger);
  const analyzer = createGermanAnalyzer();
  const lexicalIndex = new LexicalIndex(database, analyzer);
  const store = new DocumentStore(database);
  const dense = embedding.model ? await openDenseIndex(config, database, embedding.model, logger) : null;
  const retriever: Retriever = { database, lexicalIndex, dense };
  // Saving the whole HNSW file after every upload costs seconds on a large corpus: save at most every few seconds.
  const vectorSaver = new DeferredTask(() => dense?.index.save(), VECTOR_SAVE_DELAY_MS);
  const library = new DocumentLibrary({
    store, lexicalIndex, chunking: { chunkSize: config.chunkSize, chunkOverlap: config.chunkOverlap }, maxPdfPages: config.maxPdfPages,
    afterChange: dense
      ? async () => {
          await syncVectorIndex(database, dense.index, dense.model, { save: false });
          vectorSaver.schedule();
        }
      : undefined,
  });
  const models = new ModelCatalog(generation.model ? generation.model.modelId : null);
  if (embedding.model && embedding.backend) models.addEmbedding(embedding.model, embedding.backend);
  if (generation.model && generation.backend) models.addGeneration(generation.model, generation.backend);
  const tokens = new TokenStore(database, { maxLifetimeDays: config.tokenMaxDays });
  const authenticator = await createAuthenticator(config, tokens, logger);
  const assistant: AssistantServices = {
    context: () => ({
      prompts, generation: models.defaultGeneration(), maxTokens: config.defaultGenerationTokens, maxPromptChars: config.maxPromptChars,
      privacy: createPrivacyGuard(config.pseudonymization),
    }),
    draftTemplates,
    chats: new ChatStore(database),
    plainLanguageRules,
    checkPlainLanguage: (text, level) => checkPlainLanguage(text, level, plainLanguageRules),
    checkCitations: (text, visibleTo) => checkLegalCitations({ database }, text, { visibleTo }),
    composeRemedyNotice,
    today: () => new Date().toISOString().slice(0, 10),
    summaryMaxWindows: config.summaryMaxWindows,
    chatHistoryTurns: config.chatHistoryTurns,
    maxChatsPerUser: config.maxChatsPerUser,
  };
  const corpus: SystemStatus['corpus'] = { state: 'idle', done: 0, total: 0 };

  const status = (): SystemStatus => {
    const counts = store.counts();
    const circuitOpen = generation.circuit()?.state === 'open';
    const degraded = embedding.error !== null || generation.error !== null || circuitOpen || corpus.state === 'failed';
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
      models: {
        embedding: { configured: config.embeddingModel, loaded: embedding.model !== null, error: embedding.error },
        generation: {
          configured: config.generationModel, loaded: generation.model !== null, error: generation.error, backend: generation.backend,
          mode: generation.model ? 'generative' : 'extractive', queue: generation.queue(), circuit: circuitStatus(generation.circuit()),
        },
      },
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
    deps: { config, logger, authenticator, tokens, library, retriever, analyzer, models, prompts, assistant, status, audit },
    database,
    ingestCorpus,
    close: async () => {
      await generation.close();
      await loaded.closeEmbedding();
      vectorSaver.flush();
      audit.close();
      database.close();
    },
  };
}

function circuitStatus(snapshot: CircuitBreakerSnapshot | null): SystemStatus['models']['generation']['circuit'] {
  if (!snapshot) return null;
  return { state: snapshot.state, consecutiveFailures: snapshot.consecutiveFailures, retryAfterSeconds: snapshot.state === 'open' ? snapshot.retryAfterSeconds : null };
}

async function openDenseIndex(config: Config, database: Database, model: EmbeddingModel, logger: Logger) {
  const index = VectorIndex.open({ directory: path.join(config.dataDir, 'index'), modelId: model.modelId, dimensions: model.dimensions });
  const repaired = await syncVectorIndex(database, index, model);
  if (repaired.added || repaired.removed) logger.info({ ...repaired }, 'vector index brought in line with the database');
  return { model, index, weight: config.denseWeight, fusion: config.fusion };
}

/** Retention at start; a broken log is left untouched (and reported), the service still starts. */
async function pruneAuditAtStart(audit: AuditLog, config: Config, logger: Logger): Promise<void> {
  try {
    const pruned = await pruneAuditLog(audit, { retentionDays: config.auditRetentionDays, contentRetentionDays: config.auditContentRetentionDays });
    if (pruned.records || pruned.contents) logger.info({ records: pruned.records, contents: pruned.contents }, 'audit retention applied');
  } catch (error) {
    if (!(error instanceof AuditIntegrityError)) throw error;
    logger.error({ seq: error.broken.seq, reason: error.broken.reason }, 'audit log does not verify; retention skipped (npm run audit -- verify)');
  }
}
