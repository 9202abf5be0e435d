import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig, type Config } from '../config';
import { buildService, type Service } from '../dependencies';
import { createLogger } from '../platform/logger';
import { retrieveChunks, type Passage, type Retriever } from '../retrieval';
import { isRelevant, type EvalDataset, type EvalQuery } from './datasets';
import { countMislabelled, readServiceChunks, type ServiceChunk } from './law-sections';
import { firstHitRank, summarize, type RetrievalMetrics } from './metrics';
import { repoRoot } from './paths';

export const K = 10;
export type Mode = 'lexical' | 'hybrid';
export const TEST_ENCODER = 'test-encoder';

/** One retrieved result as the report shows it. */
export interface RetrievedItem {
  /** Eval id of the document (for the baseline: of the passage). */
  document: string;
  /** For section gold: the norm the result lies in, and the service's label when that differs. */
  section?: string | null;
  label?: string | null;
  snippet: string;
}

export interface QueryResult {
  id: string;
  rank: number | null;
  /** Eval ids of the top-k results (duplicates possible: several chunks of one document). */
  top: string[];
  /** The first three results with a snippet. */
  top3: RetrievedItem[];
}

export interface SystemRun {
  system: string;
  status: 'ok' | 'unavailable';
  reason?: string;
  metrics?: RetrievalMetrics;
  msPerQuery?: number;
  setup?: Record<string, unknown>;
  queries?: QueryResult[];
}

export interface RunContext {
  progress: boolean;
  /** Prefix of progress bar lines, e.g. "xquad". */
  label: string;
}

/** A temporary service over a fresh data dir with the dataset ingested (one document each). */
export interface IngestedService {
  service: Service;
  config: Config;
  /** LLMoin document id → eval document id. */
  evalIdOf: Map<string, string>;
  ingestSeconds: number;
  chunks: number;
  rejected: string[];
  /** For sets with section gold: every chunk with the norm it lies in (null otherwise). */
  serviceChunks: ServiceChunk[] | null;
  /** Chunk id → the chunk, for judging section gold. */
  chunkById: Map<number, ServiceChunk>;
  close(): void;
}

export function evalEnvironment(dataset: EvalDataset, dataDir: string, mode: Mode, chunking = dataset.chunking): Record<string, string> {
  const root = repoRoot();
  return {
    LLMOIN_DATA_DIR: dataDir,
    LLMOIN_MODELS_DIR: path.join(root, 'models'),
    LLMOIN_CORPUS_DIR: path.join(root, 'corpus'),
    LLMOIN_LOG_LEVEL: 'silent',
    LLMOIN_INGEST_CORPUS_ON_START: 'false',
    LLMOIN_RETRIEVAL_MODE: mode,
    LLMOIN_EMBEDDING_MODEL: mode === 'hybrid' ? TEST_ENCODER : '',
    ...(chunking ? { LLMOIN_CHUNK_SIZE: String(chunking.chunkSize), LLMOIN_CHUNK_OVERLAP: String(chunking.chunkOverlap) } : {}),
  };
}

export function testEncoderMissing(): string | null {
  const file = path.join(repoRoot(), 'models', TEST_ENCODER, 'config.json');
  return fs.existsSync(file) ? null : `no ${path.relative(repoRoot(), file)}`;
}

export function progressBar(context: RunContext, phase: string): SingleBar | null {
  if (!context.progress) return null;
  return new SingleBar(
    { format: `${context.label} ${phase} |{bar}| {value}/{total} {eta_formatted}`, stream: process.stderr, hideCursor: true, noTTYOutput: true, notTTYSchedule: 15000 },
    Presets.shades_classic,
  );
}

/** Builds the real service (buildService + loadConfig) in a temp dir and ingests every document via DocumentLibrary.ingest. */
export async function ingestDataset(
  dataset: EvalDataset, mode: Mode, context: RunContext, chunking = dataset.chunking,
): Promise<IngestedService> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `llmoin-eval-${dataset.name}-`));
  const cleanup = () => fs.rmSync(dataDir, { recursive: true, force: true });
  let service: Service | undefined;
  try {
    const config = loadConfig(evalEnvironment(dataset, dataDir, mode, chunking), repoRoot());
    service = await buildService(config, createLogger('silent'));
    const evalIdOf = new Map<string, string>();
    const rejected: string[] = [];
    const bar = progressBar(context, `${mode} ingest`);
    bar?.start(dataset.documents.length, 0);
    const started = performance.now();
    for (const document of dataset.documents) {
      let outcome;
      try {
        outcome = await service.deps.library.ingest({
          bytes: Buffer.from(document.text, 'utf8'), fileName: document.fileName, source: document.id, collection: 'eval', owner: null,
        });
      } catch (error) {
        // A failing document must not end the evaluation; its queries simply cannot hit.
        const message = error instanceof Error ? error.message : String(error);
        rejected.push(`${document.id}: ingest error: ${message}`);
        process.stderr.write(`\n${context.label}: ingest of ${document.id} failed: ${message}\n`);
        bar?.increment();
        continue;
      }
      if (outcome.status === 'rejected') rejected.push(`${document.id}: ${outcome.reason}`);
      else if (!evalIdOf.has(outcome.document.id)) evalIdOf.set(outcome.document.id, document.id);
      bar?.increment();
    }
    bar?.stop();
    const ingestSeconds = (performance.now() - started) / 1000;
    const chunks = service.database.prepare('SELECT count(*) FROM chunks').pluck().get() as number;
    const serviceChunks = dataset.queries.some((query) => query.gold.kind === 'section') ? readServiceChunks(service.database, evalIdOf) : null;
    const chunkById = new Map((serviceChunks ?? []).map((chunk) => [chunk.chunkId, chunk]));
    const built = service;
    return {
      service: built, config, evalIdOf, ingestSeconds, chunks, rejected, serviceChunks, chunkById,
      close: () => { built.close(); cleanup(); },
    };
  } catch (error) {
    service?.close();
    cleanup();
    throw error;
  }
}

export type Judging = Pick<IngestedService, 'evalIdOf' | 'chunkById'>;

/** Judges a passage by the shared rule; section gold uses the norm the chunk lies in, not its label. */
export function isHit(query: EvalQuery, passage: Passage, evalId: string, ingested: Judging): boolean {
  const section = ingested.chunkById.get(passage.chunkId)?.section ?? passage.section;
  return isRelevant(query.gold, { documentId: evalId, text: passage.quote, section });
}

/** The first three results as the report lists them. */
export function topItems(passages: Passage[], ids: string[], ingested: Judging): RetrievedItem[] {
  return passages.slice(0, 3).map((passage, i) => {
    const chunk = ingested.chunkById.get(passage.chunkId);
    const place = chunk ? { section: chunk.section, ...(chunk.label !== chunk.section ? { label: chunk.label } : {}) } : {};
    return { document: ids[i]!, ...place, snippet: snippet(passage.quote) };
  });
}

const snippet = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
};

/** Keeps at most `limit` chunks of each document, in rank order. */
export function limitPerDocument<T extends { documentId: string }>(passages: T[], limit: number): T[] {
  const seen = new Map<string, number>();
  return passages.filter((passage) => {
    const count = seen.get(passage.documentId) ?? 0;
    seen.set(passage.documentId, count + 1);
    return count < limit;
  });
}

/** Retrieval under test: the top `k` passages for a query, best first. */
export type SearchFunction = (query: string, k: number) => Promise<Passage[]>;

/** The service's own retrieval: retrieveChunks. */
export const serviceSearch = (retriever: Retriever): SearchFunction =>
  async (query, k) => (await retrieveChunks(retriever, { query, k })).passages;

/** Runs every query through `search` (retrieveChunks unless an experiment says otherwise, k = 10) and ranks the first hit. */
export async function runQueries(
  search: SearchFunction, ingested: Judging, queries: EvalQuery[], context: RunContext, phase: string,
  options: { perDocument?: number } = {},
): Promise<{ results: QueryResult[]; metrics: RetrievalMetrics; msPerQuery: number }> {
  const bar = progressBar(context, phase);
  bar?.start(queries.length, 0);
  const results: QueryResult[] = [];
  let milliseconds = 0;
  for (const query of queries) {
    const started = performance.now();
    const perDocument = options.perDocument ?? 0;
    const retrieved = await search(query.question, perDocument > 0 ? K * 5 : K);
    milliseconds += performance.now() - started;
    const passages = perDocument > 0 ? limitPerDocument(retrieved, perDocument).slice(0, K) : retrieved;
    const ids = passages.map((passage) => ingested.evalIdOf.get(passage.documentId) ?? `?${passage.documentId}`);
    const rank = firstHitRank(passages.map((passage, i) => isHit(query, passage, ids[i]!, ingested)), K);
    results.push({ id: query.id, rank, top: ids, top3: topItems(passages, ids, ingested) });
    bar?.increment();
  }
  bar?.stop();
  return { results, metrics: summarize(results.map((result) => result.rank)), msPerQuery: queries.length ? milliseconds / queries.length : 0 };
}

/**
 * The service's own retrieval (lexical or hybrid) on a freshly ingested copy of the dataset.
 * `onIngested` sees the ingested copy before queries run (e.g. to hand its chunks to the baseline).
 */
export async function runService(
  dataset: EvalDataset, queries: EvalQuery[], mode: Mode, context: RunContext, onIngested?: (ingested: IngestedService) => void,
): Promise<SystemRun> {
  const system = `llmoin-${mode}`;
  if (mode === 'hybrid') {
    const missing = testEncoderMissing();
    if (missing) return { system, status: 'unavailable', reason: `test encoder not built (${missing})` };
  }
  const ingested = await ingestDataset(dataset, mode, context);
  try {
    onIngested?.(ingested);
    const status = ingested.service.deps.status();
    if (status.retrieval.mode !== mode) {
      return { system, status: 'unavailable', reason: status.models.embedding.error ?? status.retrieval.reason ?? `service runs ${status.retrieval.mode}` };
    }
    const run = await runQueries(serviceSearch(ingested.service.deps.retriever), ingested, queries, context, `${mode} queries`);
    return {
      system, status: 'ok', metrics: run.metrics, msPerQuery: run.msPerQuery, queries: run.results,
      setup: {
        mode, documents: dataset.documents.length, chunks: ingested.chunks, rejected: ingested.rejected,
        ingestSeconds: round(ingested.ingestSeconds),
        ...(ingested.serviceChunks ? { mislabelledChunks: countMislabelled(ingested.serviceChunks) } : {}),
        chunkSize: ingested.config.chunkSize, chunkOverlap: ingested.config.chunkOverlap,
        embeddingModel: status.models.embedding.configured, dense: status.retrieval.dense, denseWeight: mode === 'hybrid' ? ingested.config.denseWeight : null, fusion: mode === 'hybrid' ? ingested.config.fusion : null,
      },
    };
  } finally {
    ingested.close();
  }
}

export const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;
