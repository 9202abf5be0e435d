import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig, type Config } from '../config';
import { buildService, type Service } from '../dependencies';
import { createLogger } from '../platform/logger';
import type { Database } from '../platform/db';
import { createGermanAnalyzer, LexicalIndex, loadPassages, retrieveChunks, type GermanAnalyzer, type LexicalWeights, type Passage, type Retriever } from '../retrieval';
import { containsAnswer, type EvalDataset, type EvalQuery } from './datasets';
import { fuse, type FusionSpec } from './fusion';
import { firstHitRank, summarize, type RetrievalMetrics } from './metrics';
import { repoRoot } from './paths';
import { DEFAULT_VARIANT, type LexicalVariant } from './variants';

export const K = 10;
export type Mode = 'lexical' | 'hybrid';
export const TEST_ENCODER = 'test-encoder';

/** One retrieved result as the report shows it. */
export interface RetrievedItem {
  /** Eval id of the document (for the baseline: of the passage). */
  document: string;
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

function progressBar(context: RunContext, phase: string): SingleBar | null {
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
    const built = service;
    return { service: built, config, evalIdOf, ingestSeconds, chunks, rejected, close: () => { built.close(); cleanup(); } };
  } catch (error) {
    service?.close();
    cleanup();
    throw error;
  }
}

function isHit(query: EvalQuery, passage: Passage, evalId: string): boolean {
  return query.gold.kind === 'document' ? evalId === query.gold.documentId : containsAnswer(passage.quote, query.gold.text);
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
  search: SearchFunction, ingested: Pick<IngestedService, 'evalIdOf'>, queries: EvalQuery[], context: RunContext, phase: string,
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
    const rank = firstHitRank(passages.map((passage, i) => isHit(query, passage, ids[i]!)), K);
    results.push({
      id: query.id, rank, top: ids,
      top3: passages.slice(0, 3).map((passage, i) => ({ document: ids[i]!, snippet: snippet(passage.quote) })),
    });
    bar?.increment();
  }
  bar?.stop();
  return { results, metrics: summarize(results.map((result) => result.rank)), msPerQuery: queries.length ? milliseconds / queries.length : 0 };
}

/** The service's own retrieval (lexical or hybrid) on a freshly ingested copy of the dataset. */
export async function runService(dataset: EvalDataset, queries: EvalQuery[], mode: Mode, context: RunContext): Promise<SystemRun> {
  const system = `llmoin-${mode}`;
  if (mode === 'hybrid') {
    const missing = testEncoderMissing();
    if (missing) return { system, status: 'unavailable', reason: `test encoder not built (${missing})` };
  }
  const ingested = await ingestDataset(dataset, mode, context);
  try {
    const status = ingested.service.deps.status();
    if (status.retrieval.mode !== mode) {
      return { system, status: 'unavailable', reason: status.models.embedding.error ?? status.retrieval.reason ?? `service runs ${status.retrieval.mode}` };
    }
    const run = await runQueries(serviceSearch(ingested.service.deps.retriever), ingested, queries, context, `${mode} queries`);
    return {
      system, status: 'ok', metrics: run.metrics, msPerQuery: run.msPerQuery, queries: run.results,
      setup: {
        mode, documents: dataset.documents.length, chunks: ingested.chunks, rejected: ingested.rejected,
        ingestSeconds: round(ingested.ingestSeconds), chunkSize: ingested.config.chunkSize, chunkOverlap: ingested.config.chunkOverlap,
        embeddingModel: status.models.embedding.configured, dense: status.retrieval.dense, denseWeight: mode === 'hybrid' ? ingested.config.denseWeight : null, fusion: mode === 'hybrid' ? ingested.config.fusion : null,
      },
    };
  } finally {
    ingested.close();
  }
}

/**
 * Rebuilds chunk_terms from the stored chunks with another analyzer / title handling. With
 * unit 'document' every document becomes one row (its whole text under its first chunk's id).
 */
export function reindexLexical(database: Database, index: LexicalIndex, title: 'keep' | 'none', unit: 'chunk' | 'document' = 'chunk'): void {
  const rows = (unit === 'chunk'
    ? database.prepare(
      `SELECT c.id, d.title, d.metadata, c.section, c.heading, c.text FROM chunks c JOIN documents d ON d.id = c.document_id ORDER BY c.id`)
    : database.prepare(
      `SELECT min(c.id) AS id, d.title, d.metadata, NULL AS section, NULL AS heading, d.text FROM chunks c JOIN documents d ON d.id = c.document_id
        GROUP BY d.id ORDER BY id`)
  ).all() as Array<{ id: number; title: string; metadata: string; section: string | null; heading: string | null; text: string }>;
  database.transaction(() => {
    database.prepare(`INSERT INTO chunk_terms (chunk_terms) VALUES ('delete-all')`).run();
    index.addChunks(rows.map((row) => ({
      id: row.id, documentTitle: title === 'keep' ? row.title : '',
      law: title === 'keep' ? ((JSON.parse(row.metadata) as { law?: string }).law ?? null) : null,
      section: row.section, heading: row.heading, text: row.text,
    })));
  })();
}

/**
 * Lexical variants (analyzer options, column weights, chunking) on the same data and queries.
 * Variants with the default chunking share one ingest; the index is rebuilt per variant as needed.
 */
export async function runVariants(
  dataset: EvalDataset, queries: EvalQuery[], variants: LexicalVariant[], context: RunContext,
): Promise<SystemRun[]> {
  const runs: SystemRun[] = [];
  const groups = new Map<string, LexicalVariant[]>();
  for (const variant of variants) {
    const chunking = variant.chunking ?? dataset.chunking;
    const key = chunking ? `${chunking.chunkSize}/${chunking.chunkOverlap}` : 'default';
    groups.set(key, [...(groups.get(key) ?? []), variant]);
  }
  for (const group of groups.values()) {
    const chunking = group[0]!.chunking ?? dataset.chunking;
    const ingested = await ingestDataset(dataset, 'lexical', context, chunking);
    try {
      let indexed: LexicalVariant = DEFAULT_VARIANT;
      for (const variant of group) {
        const analyzer = createGermanAnalyzer({ decompound: variant.decompound, stopWords: variant.stopWords });
        const index = new LexicalIndex(ingested.service.database, analyzer, variant.weights);
        const sameTerms = variant.decompound === indexed.decompound && variant.stopWords === indexed.stopWords
          && variant.title === indexed.title && variant.unit === indexed.unit;
        if (!sameTerms) {
          reindexLexical(ingested.service.database, index, variant.title, variant.unit);
          indexed = variant;
        }
        const retriever: Retriever = { database: ingested.service.database, lexicalIndex: index, dense: null };
        const search = variant.docPrior > 0
          ? documentPriorSearch(ingested.service.database, index, analyzer, variant.weights, variant.docPrior)
          : serviceSearch(retriever);
        const run = await runQueries(search, ingested, queries, context, `variant ${variant.name}`, { perDocument: variant.perDocument });
        runs.push({
          system: `llmoin-lexical[${variant.name}]`, status: 'ok', metrics: run.metrics, msPerQuery: run.msPerQuery, queries: run.results,
          setup: { variant, chunks: ingested.chunks, rejected: ingested.rejected, chunkSize: ingested.config.chunkSize, chunkOverlap: ingested.config.chunkOverlap },
        });
      }
    } finally {
      ingested.close();
    }
  }
  return runs;
}

export const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Experiment: chunk ranking blended with page-level evidence. A second FTS5 table (eval-only)
 * holds one row per document (title + whole text); a chunk's score becomes
 * (1 − λ)·minmax(chunk bm25) + λ·minmax(bm25 of its document), over the top 100 chunks and top
 * 50 documents (a document outside them contributes 0).
 */
export function documentPriorSearch(
  database: Database, index: LexicalIndex, analyzer: GermanAnalyzer, weights: LexicalWeights, lambda: number,
): SearchFunction {
  database.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS eval_document_terms USING fts5 (title, section, body, content = '', contentless_delete = 1, tokenize = 'ascii')`);
  const documents = database.prepare(`SELECT rowid AS key, id, title, text FROM documents ORDER BY rowid`).all() as Array<{ key: number; id: string; title: string; text: string }>;
  const insert = database.prepare('INSERT INTO eval_document_terms (rowid, title, section, body) VALUES (?, ?, ?, ?)');
  database.transaction(() => {
    database.prepare(`INSERT INTO eval_document_terms (eval_document_terms) VALUES ('delete-all')`).run();
    for (const document of documents) insert.run(document.key, analyzer.analyze(document.title).join(' '), '', analyzer.analyze(document.text).join(' '));
  })();
  const documentKeyOfChunk = new Map(
    (database.prepare(`SELECT c.id AS chunkId, d.rowid AS key FROM chunks c JOIN documents d ON d.id = c.document_id`).all() as Array<{ chunkId: number; key: number }>)
      .map((row) => [row.chunkId, row.key]),
  );
  const rankDocuments = database.prepare(
    `SELECT rowid AS key, bm25(eval_document_terms, ${weights.title}, ${weights.section}, ${weights.body}) AS rank
       FROM eval_document_terms WHERE eval_document_terms MATCH ? ORDER BY rank LIMIT 50`,
  );
  return async (query, k) => {
    const expression = index.toMatchExpression(query);
    if (!expression) return [];
    const chunks = index.search(query, 100);
    const documentHits = (rankDocuments.all(expression) as Array<{ key: number; rank: number }>).map((row) => ({ chunkId: row.key, score: -row.rank }));
    const chunkNorm = minMax(chunks);
    const documentNorm = minMax(documentHits);
    const blended = chunks.map((hit) => ({
      chunkId: hit.chunkId,
      score: (1 - lambda) * (chunkNorm.get(hit.chunkId) ?? 0) + lambda * (documentNorm.get(documentKeyOfChunk.get(hit.chunkId) ?? -1) ?? 0),
    }));
    blended.sort((a, b) => b.score - a.score || a.chunkId - b.chunkId);
    return loadPassages(database, blended.slice(0, k));
  };
}

function minMax(hits: Array<{ chunkId: number; score: number }>): Map<number, number> {
  const values = hits.map((hit) => hit.score);
  const min = Math.min(...values);
  const span = Math.max(...values) - min;
  return new Map(hits.map((hit) => [hit.chunkId, span > 0 ? (hit.score - min) / span : 1]));
}

/** Candidates per ranker, as retrieveChunks takes them for k = 10. */
const FUSION_DEPTH = Math.max(50, K * 4);

/**
 * Fusion experiment: one hybrid ingest, the lexical and dense candidate lists computed once per
 * query, then every fusion formula applied to the same lists.
 */
export async function runFusionVariants(
  dataset: EvalDataset, queries: EvalQuery[], fusions: FusionSpec[], context: RunContext,
): Promise<SystemRun[]> {
  const systemOf = (fusion: FusionSpec) => `llmoin-hybrid[${fusion.name}]`;
  const missing = testEncoderMissing();
  if (missing) return fusions.map((fusion) => ({ system: systemOf(fusion), status: 'unavailable', reason: `test encoder not built (${missing})` }));
  const ingested = await ingestDataset(dataset, 'hybrid', context);
  try {
    const { database, lexicalIndex, dense } = ingested.service.deps.retriever;
    if (!dense) {
      const reason = ingested.service.deps.status().models.embedding.error ?? 'dense index not available';
      return fusions.map((fusion) => ({ system: systemOf(fusion), status: 'unavailable', reason }));
    }
    const perFusion = fusions.map(() => ({ results: [] as QueryResult[] }));
    const bar = progressBar(context, 'fusion queries');
    bar?.start(queries.length, 0);
    for (const query of queries) {
      const lexical = lexicalIndex.search(query.question, FUSION_DEPTH);
      const vector = await dense.model.embedQuery(query.question);
      const nearest = dense.index.search(vector, FUSION_DEPTH);
      fusions.forEach((fusion, f) => {
        const passages = loadPassages(database, fuse(fusion, lexical, nearest).slice(0, K));
        const ids = passages.map((passage) => ingested.evalIdOf.get(passage.documentId) ?? `?${passage.documentId}`);
        const rank = firstHitRank(passages.map((passage, i) => isHit(query, passage, ids[i]!)), K);
        perFusion[f]!.results.push({ id: query.id, rank, top: ids, top3: passages.slice(0, 3).map((p, i) => ({ document: ids[i]!, snippet: snippet(p.quote) })) });
      });
      bar?.increment();
    }
    bar?.stop();
    return fusions.map((fusion, f) => {
      const results = perFusion[f]!.results;
      return {
        system: systemOf(fusion), status: 'ok', metrics: summarize(results.map((r) => r.rank)), queries: results,
        setup: { fusion, depth: FUSION_DEPTH, embeddingModel: dense.model.modelId, chunks: ingested.chunks },
      };
    });
  } finally {
    ingested.close();
  }
}
