import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BENCH_GENERATOR, tokensPerSecond } from '../bench/generation-paths';
import { measureSearchLatency, rawBaseline, sampleSearchQueries, type SearchTimings } from '../bench/search-timing';
import { medianRatio, percentile } from '../bench/statistics';
import { loadConfig } from '../config';
import { buildService, type Service } from '../dependencies';
import type { IngestSummary } from '../ingest';
import { createLogger } from '../platform/logger';
import { repoRoot, requireSharedData } from './paths';
import { compareGeneration, rawFts5Ingest, type GenerationComparison, type RawIngest } from './performance-measures';
import { progressBar } from './run-system';
import { shuffled, createRandom } from './seeded-random';
import type { Chart, EvalSuite, Metric, ReportSection, SuiteOptions, SuiteResult } from './suite';

/** Corpora the performance suite can ingest: folder (absolute) and label. */
const CORPORA = {
  gesetze: { label: '209 federal laws (../shared/data/gesetze)', folder: () => requireSharedData('gesetze') },
  amt24: { label: '930 Amt24 Sachsen pages (../shared/data/admin_corpus)', folder: () => requireSharedData('admin_corpus/amt24_sachsen/docs') },
  corpus: { label: 'the bundled Musterhaven corpus (corpus/)', folder: () => path.join(repoRoot(), 'corpus') },
} as const;
type CorpusName = keyof typeof CORPORA;

const DEFAULTS = { queries: 300, rounds: 6, warmups: 1, tokens: 64 };

interface PerformanceDetails {
  corpus: CorpusName;
  ingest: IngestSummary & { seconds: number };
  rawIngest: RawIngest;
  search: SearchTimings & { queries: number; mode: string };
  generation: GenerationComparison | null;
}

const p = (values: number[], q: number) => (values.length ? percentile(values, q) : Number.NaN);
const speed = (id: string, label: string, value: number, unit: string, better: 'higher' | 'lower'): Metric => ({ id: `performance/${id}`, label, value, unit, better, kind: 'speed' });

export function performanceMetrics(details: PerformanceDetails): Metric[] {
  const { ingest, rawIngest, search, generation } = details;
  const raw = rawBaseline(search);
  const ingestChunksPerSecond = ingest.chunks / ingest.seconds;
  const rawChunksPerSecond = rawIngest.chunks / rawIngest.seconds;
  const metrics: Metric[] = [
    speed('ingest/docsPerSecond', 'ingest: documents per second', ingest.ingested / ingest.seconds, 'docs/s', 'higher'),
    speed('ingest/chunksPerSecond', 'ingest: chunks per second', ingestChunksPerSecond, 'chunks/s', 'higher'),
    speed('ingest/rawFts5ChunksPerSecond', 'raw FTS5 bulk insert of the same chunks: chunks per second', rawChunksPerSecond, 'chunks/s', 'higher'),
    speed('ingest/ratioToRaw', 'ingest throughput ours / raw FTS5 insert', ingestChunksPerSecond / rawChunksPerSecond, '×', 'higher'),
    speed('search/p50', 'search p50 (retrieveChunks)', p(search.ours, 50), 'ms', 'lower'),
    speed('search/p95', 'search p95 (retrieveChunks)', p(search.ours, 95), 'ms', 'lower'),
    speed('search/rawP50', 'raw engines p50', p(raw, 50), 'ms', 'lower'),
    speed('search/rawP95', 'raw engines p95', p(raw, 95), 'ms', 'lower'),
    speed('search/ratioP50', 'search p50 ours / raw', p(search.ours, 50) / p(raw, 50), '×', 'lower'),
    speed('search/ratioP95', 'search p95 ours / raw', p(search.ours, 95) / p(raw, 95), '×', 'lower'),
  ];
  if (generation) {
    const directRates = generation.direct.map(tokensPerSecond);
    const workerRates = generation.worker.map(tokensPerSecond);
    // The raw TTFT counts from generate(); ours from the call, which includes template and tokenisation: add them.
    const directTtft = generation.direct.map((sample, i) => sample.ttftMs + (generation.directPrepMs[i] ?? 0));
    const workerTtft = generation.worker.map((sample) => sample.ttftMs);
    metrics.push(
      speed('generation/tokensPerSecond', 'generation tokens/s (LocalGenerationModel, median)', p(workerRates, 50), 'tokens/s', 'higher'),
      speed('generation/rawTokensPerSecond', 'raw transformers.js tokens/s (median)', p(directRates, 50), 'tokens/s', 'higher'),
      speed('generation/ratioTokensPerSecond', 'tokens/s ours / raw (median of per-round ratios)', medianRatio(directRates, workerRates), '×', 'higher'),
      speed('generation/ttftP50', 'time to first token p50 (LocalGenerationModel)', p(workerTtft, 50), 'ms', 'lower'),
      speed('generation/rawTtftP50', 'time to first token p50 (raw transformers.js, template + tokenisation + generate)', p(directTtft, 50), 'ms', 'lower'),
      speed('generation/ttftDeltaP50', 'time to first token p50 ours − raw', p(workerTtft, 50) - p(directTtft, 50), 'ms', 'lower'),
    );
  }
  return metrics;
}

function charts(details: PerformanceDetails): Chart[] {
  const result: Chart[] = [{
    kind: 'histogram', title: `Search latency, ${details.search.queries} queries (${details.search.mode})`, xLabel: 'ms per query', yLabel: 'queries',
    series: [{ name: 'retrieveChunks', samples: details.search.ours }, { name: 'raw engines', samples: rawBaseline(details.search) }],
  }];
  if (details.generation) {
    result.push({
      kind: 'histogram', title: `Time to first token, ${details.generation.rounds} rounds`, xLabel: 'ms', yLabel: 'generations',
      series: [
        { name: 'LocalGenerationModel', samples: details.generation.worker.map((s) => s.ttftMs) },
        { name: 'raw transformers.js', samples: details.generation.direct.map((s, i) => s.ttftMs + (details.generation?.directPrepMs[i] ?? 0)) },
      ],
    });
  }
  return result;
}

function parseCount(value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`performance: --${name} must be a non-negative integer`);
  return parsed;
}

async function startService(generation: boolean, hybrid: boolean): Promise<{ service: Service; dataDir: string; close: () => Promise<void> }> {
  const root = repoRoot();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-eval-performance-'));
  const config = loadConfig({
    LLMOIN_DATA_DIR: dataDir, LLMOIN_MODELS_DIR: path.join(root, 'models'), LLMOIN_PROMPTS_DIR: path.join(root, 'prompts'), LLMOIN_RULES_DIR: path.join(root, 'rules'),
    LLMOIN_LOG_LEVEL: 'silent', LLMOIN_INGEST_CORPUS_ON_START: 'false', LLMOIN_GENERATION_MODEL: generation ? BENCH_GENERATOR : '',
    LLMOIN_EMBEDDING_MODEL: hybrid ? 'test-encoder' : '', LLMOIN_GENERATION_CONCURRENCY: '1',
  }, root);
  const service = await buildService(config, createLogger('silent'));
  return { service, dataDir, close: async () => { await service.close(); fs.rmSync(dataDir, { recursive: true, force: true }); } };
}

/** Ingest throughput, search latency and local generation speed, each beside its raw engine in the same run. */
export const performanceSuite: EvalSuite = {
  name: 'performance',
  description: 'ingest docs/s and chunks/s (vs a bare FTS5 insert), search p50/p95 (vs raw FTS5), generation tokens/s and TTFT (vs raw transformers.js)',
  options: { queries: { type: 'string' }, rounds: { type: 'string' }, tokens: { type: 'string' }, 'no-generation': { type: 'boolean' }, hybrid: { type: 'boolean' } },
  usage: `  --dataset NAME         ${Object.keys(CORPORA).join(' | ')} (default gesetze)
  --queries N            search queries (default ${DEFAULTS.queries}; --limit does the same)
  --rounds N             generation rounds per path after ${DEFAULTS.warmups} warm-up (default ${DEFAULTS.rounds})
  --tokens N             tokens per generation, forced with min = max (default ${DEFAULTS.tokens})
  --no-generation        skip the generation part
  --hybrid               search with the test encoder (embedding the corpus takes minutes)`,
  async run(options: SuiteOptions): Promise<SuiteResult> {
    const corpus = (options.dataset ?? 'gesetze') as CorpusName;
    if (!(corpus in CORPORA)) throw new Error(`performance: unknown dataset "${corpus}" (${Object.keys(CORPORA).join(', ')})`);
    const queryCount = parseCount(options.values['queries'], 'queries', options.limit ?? DEFAULTS.queries);
    const rounds = parseCount(options.values['rounds'], 'rounds', DEFAULTS.rounds);
    const tokens = parseCount(options.values['tokens'], 'tokens', DEFAULTS.tokens);
    const withGeneration = options.values['no-generation'] !== true && rounds > 0;
    const hybrid = options.values['hybrid'] === true;
    const folder = CORPORA[corpus].folder();
    const timings: Record<string, number> = {};
    const running = await startService(withGeneration, hybrid);
    try {
      const { service } = running;
      const bar = progressBar({ progress: options.progress, label: 'performance' }, 'ingest');
      bar?.start(1, 0);
      const ingestStarted = performance.now();
      const summary = await service.deps.library.ingestPaths([folder], {
        collection: 'performance', root: folder,
        onProgress: ({ done, total }) => { bar?.setTotal(total); bar?.update(done); },
      });
      bar?.stop();
      timings['ingest'] = (performance.now() - ingestStarted) / 1000;
      const rawIngest = rawFts5Ingest(service.database);
      timings['rawIngest'] = rawIngest.seconds;
      const searchStarted = performance.now();
      const queries = shuffled(sampleSearchQueries(service.database, queryCount), createRandom(options.seed));
      const search = await measureSearchLatency(service.deps.retriever, service.database, queries);
      timings['search'] = (performance.now() - searchStarted) / 1000;
      let generation: GenerationComparison | null = null;
      const served = withGeneration ? service.deps.models.defaultGeneration() : null;
      if (withGeneration && !served) throw new Error(`performance: ${BENCH_GENERATOR} could not be loaded (${service.deps.status().models.generation.error ?? 'unknown reason'})`);
      if (served) {
        const generationStarted = performance.now();
        const genBar = progressBar({ progress: options.progress, label: 'performance' }, 'generation rounds');
        genBar?.start(rounds, 0);
        generation = await compareGeneration(served, path.join(repoRoot(), 'models'), { tokens, rounds, warmups: DEFAULTS.warmups, onRound: () => genBar?.increment() });
        genBar?.stop();
        timings['generation'] = (performance.now() - generationStarted) / 1000;
      }
      const details: PerformanceDetails = {
        corpus, ingest: { ...summary, seconds: summary.milliseconds / 1000 }, rawIngest,
        search: { ...search, queries: queries.length, mode: service.deps.retriever.dense ? 'hybrid' : 'lexical' }, generation,
      };
      const metrics = performanceMetrics(details);
      const sections: ReportSection[] = [{
        title: 'Performance, each beside its raw engine in the same run',
        text: [
          `Ingest of ${CORPORA[corpus].label}: ${summary.files} files, ${summary.ingested} ingested, ${summary.rejected.length} rejected, ${summary.chunks} chunks in ${(summary.milliseconds / 1000).toFixed(1)} s ` +
            '(extraction, chunking, German analysis, SQLite transaction per document). Raw baseline: the same chunk texts inserted into a bare FTS5 table (default tokenizer) in one transaction.',
          `Search: ${queries.length} deterministic clerk-style queries (headings and opening words of evenly spaced chunks, order shuffled with seed ${options.seed}); raw = the bare FTS5 bm25 statement` +
            `${service.deps.retriever.dense ? ' + query embedding + hnswlib' : ''} with the pre-analysed query.`,
          ...(generation ? [`Generation: ${BENCH_GENERATOR}, greedy, ${tokens} tokens forced, ${rounds} interleaved rounds after ${DEFAULTS.warmups} warm-up; raw = transformers.js generate() with a TextStreamer on the main thread; ` +
            `ours = LocalGenerationModel (worker thread). Same text on both paths: ${generation.sameText ? 'yes' : 'NO'}.`] : ['Generation: skipped.']),
        ],
        charts: charts(details),
      }];
      return {
        datasets: [`${CORPORA[corpus].label}: ${summary.ingested} documents, ${summary.chunks} chunks`],
        models: [...(served ? [{ role: 'generation', id: served.modelId }] : []), ...(hybrid ? [{ role: 'embedding', id: 'test-encoder' }] : [])],
        prompts: [],
        config: { corpus, queries: queries.length, rounds, warmups: DEFAULTS.warmups, tokens, generation: withGeneration, hybrid, generationConcurrency: 1 },
        metrics, sections, timings, details,
      };
    } finally {
      await running.close();
    }
  },
};
