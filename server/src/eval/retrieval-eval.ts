import { runBaseline } from './bm25s-baseline';
import { loadDataset, selectQueries, targetLabel, type DatasetName, type EvalDataset, type EvalQuery, type Split } from './datasets';
import { chunksAsBaselinePassages, type ServiceChunk } from './law-sections';
import { comparePaired, meanReciprocalRank, type PairedComparison } from './metrics';
import { questionType } from './question-types';
import { runFusionVariants, runVariants } from './run-experiments';
import {
  ingestDataset, round, runService, type IngestedService, type Mode, type QueryResult, type RetrievedItem, type RunContext, type SystemRun,
} from './run-system';
import type { FusionSpec } from './fusion';
import type { LexicalVariant } from './variants';

export interface RetrievalEvalOptions {
  datasets: DatasetName[];
  modes: Mode[];
  split: Split;
  limit?: number;
  variants: LexicalVariant[];
  fusions: FusionSpec[];
  baseline: boolean;
  progress: boolean;
}

export interface FailureItem {
  id: string;
  question: string;
  type: string;
  /** Gold document id, or the answer text for answer-gold sets. */
  gold: string;
  rank: number | null;
  baselineRank: number | null | undefined;
  top3: RetrievedItem[];
  baselineTop3?: RetrievedItem[];
}

export type SystemSummary = Omit<SystemRun, 'queries'>;

export interface DatasetReport {
  dataset: DatasetName;
  label: string;
  notes: string[];
  split: Split;
  limit: number | null;
  documents: number;
  baselinePassages: number;
  queries: number;
  systems: SystemSummary[];
  comparisons: Array<{ system: string; against: string } & PairedComparison>;
  byQuestionType: Array<{ type: string; queries: number; mrrAt10: Record<string, number> }>;
  /** Queries whose gold is not at rank 1, per evaluated LLMoin mode (not for variants). */
  failures: Record<string, FailureItem[]>;
  /** Rank of the first hit per query and system (null = not in the top 10), in query order. */
  ranks: { queryIds: string[]; bySystem: Record<string, Array<number | null>> };
}

function describeGold(query: EvalQuery): string {
  if (query.gold.kind === 'document') return query.gold.documentId;
  if (query.gold.kind === 'section') return query.gold.targets.map(targetLabel).join(' or ');
  const text = query.gold.text.replace(/\s+/g, ' ');
  return `${query.gold.documentId}: "${text.length > 300 ? `${text.slice(0, 299)}…` : text}"`;
}

/** The baseline's passages: as loaded, or the service's chunks (from a mode's ingest, else from an ingest of its own). */
async function baselineDataset(dataset: EvalDataset, chunks: ServiceChunk[] | null, context: RunContext): Promise<EvalDataset> {
  if (dataset.baselineUnit === 'passages') return dataset;
  if (chunks) return { ...dataset, baselinePassages: chunksAsBaselinePassages(chunks) };
  const own = await ingestDataset(dataset, 'lexical', context);
  try {
    return { ...dataset, baselinePassages: chunksAsBaselinePassages(own.serviceChunks ?? []) };
  } finally {
    own.close();
  }
}

export async function evaluateDataset(name: DatasetName, options: RetrievalEvalOptions): Promise<DatasetReport> {
  let dataset = loadDataset(name);
  const queries = selectQueries(dataset.queries, options.split, options.limit);
  const context = { progress: options.progress, label: name };
  const runs: SystemRun[] = [];
  // Chunk-level baselines rank the service's chunks: keep those of the first mode's ingest.
  const kept: { chunks: ServiceChunk[] | null } = { chunks: null };
  const keepChunks = options.baseline && dataset.baselineUnit === 'service-chunks'
    ? (ingested: IngestedService) => { kept.chunks ??= ingested.serviceChunks; }
    : undefined;
  for (const mode of options.modes) {
    const run = await runService(dataset, queries, mode, context, keepChunks);
    if (run.status === 'unavailable') process.stderr.write(`${name}: ${run.system} unavailable: ${run.reason ?? 'unknown'}\n`);
    runs.push(run);
  }
  if (options.baseline) {
    dataset = await baselineDataset(dataset, kept.chunks, context);
    const baseline = await runBaseline(dataset, queries);
    if (baseline.status === 'unavailable') process.stderr.write(`${name}: baseline unavailable: ${baseline.reason ?? 'unknown'}\n`);
    runs.unshift(baseline);
  }
  if (options.variants.length > 0) runs.push(...(await runVariants(dataset, queries, options.variants, context)));
  if (options.fusions.length > 0) runs.push(...(await runFusionVariants(dataset, queries, options.fusions, context)));

  const ok = runs.filter((run): run is SystemRun & { queries: QueryResult[] } => run.status === 'ok' && run.queries !== undefined);
  const ranksOf = (run: { queries: QueryResult[] }) => run.queries.map((result) => result.rank);
  const baseline = ok.find((run) => run.system === 'bm25s');
  const lexical = ok.find((run) => run.system === 'llmoin-lexical');

  const comparisons: DatasetReport['comparisons'] = [];
  for (const run of ok) {
    if (run.system === 'bm25s') continue;
    if (baseline) comparisons.push({ system: run.system, against: 'bm25s', ...roundComparison(comparePaired(ranksOf(run), ranksOf(baseline))) });
    if (lexical && run !== lexical) comparisons.push({ system: run.system, against: 'llmoin-lexical', ...roundComparison(comparePaired(ranksOf(run), ranksOf(lexical))) });
  }

  const types = queries.map((query) => questionType(query.question));
  const byQuestionType = [...new Set(types)].sort().map((type) => {
    const indexes = types.flatMap((t, i) => (t === type ? [i] : []));
    const mrrAt10: Record<string, number> = {};
    for (const run of ok) mrrAt10[run.system] = round(meanReciprocalRank(indexes.map((i) => run.queries[i]?.rank ?? null)));
    return { type, queries: indexes.length, mrrAt10 };
  });

  const failures: Record<string, FailureItem[]> = {};
  for (const run of ok) {
    if (run.system !== 'llmoin-lexical' && run.system !== 'llmoin-hybrid') continue;
    failures[run.system] = run.queries.flatMap((result, i): FailureItem[] => {
      if (result.rank === 1) return [];
      const query = queries[i]!;
      const reference = baseline?.queries[i];
      return [{
        id: query.id, question: query.question, type: types[i]!, gold: describeGold(query), rank: result.rank,
        baselineRank: reference ? reference.rank : undefined, top3: result.top3, ...(reference ? { baselineTop3: reference.top3 } : {}),
      }];
    });
  }

  return {
    dataset: name, label: dataset.label, notes: dataset.notes, split: options.split, limit: options.limit ?? null,
    documents: dataset.documents.length, baselinePassages: dataset.baselinePassages.length, queries: queries.length,
    systems: runs.map(({ queries: _omitted, ...summary }) => ({
      ...summary,
      ...(summary.metrics ? { metrics: roundMetrics(summary.metrics) } : {}),
      ...(summary.msPerQuery !== undefined ? { msPerQuery: round(summary.msPerQuery, 2) } : {}),
    })),
    comparisons, byQuestionType, failures,
    ranks: { queryIds: queries.map((query) => query.id), bySystem: Object.fromEntries(ok.map((run) => [run.system, ranksOf(run)])) },
  };
}

function roundMetrics<T extends object>(metrics: T): T {
  return Object.fromEntries(Object.entries(metrics).map(([key, value]) => [key, typeof value === 'number' ? round(value, 4) : value])) as T;
}

function roundComparison(comparison: PairedComparison): PairedComparison {
  return { ...comparison, mrrDelta: round(comparison.mrrDelta, 4), signTestP: Number(comparison.signTestP.toPrecision(3)) };
}
