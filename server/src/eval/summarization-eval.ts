import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import {
  collectCandidates, countWords, selectWithinBudget, summarizeExtractively, type RankingOptions,
} from '../generation/summarize';
import { signTest } from './metrics';
import { MissingDataError, requireSharedData } from './paths';
import { rouge, type RougeScores } from './rouge';

export const KLEXIKON_FILES = { test: 'klexikon_test.jsonl', civics: 'klexikon_civics_subset.jsonl' } as const;
export type KlexikonSet = keyof typeof KLEXIKON_FILES;
export type SummarizationSplit = 'all' | 'dev' | 'test';

/** Word budgets follow the reference length but stop here (the "lang" preset's cap). */
export const DEFAULT_MAX_BUDGET = 400;
/** A summary complies with its length when it is within this share of the budget. */
export const LENGTH_TOLERANCE = 0.2;

export interface SummarizationEvalOptions {
  set?: KlexikonSet;
  /** Pairs in title order; dev = first half, test = second half (for tuning). */
  split?: SummarizationSplit;
  limit?: number;
  progress?: boolean;
  maxBudget?: number;
  /** Ranking weights of a variant (tuning); defaults are the shipped ones. */
  ranking?: Partial<RankingOptions>;
}

export interface KlexikonPair {
  title: string;
  source: string;
  reference: string;
}

export interface SystemResult {
  system: 'llmoin-extractive' | 'lead-n';
  rouge1: number;
  rouge2: number;
  rougeL: number;
  /** Same, on Snowball stems. */
  stemmedRouge1: number;
  stemmedRouge2: number;
  /** Share of summaries within ±20 % of their budget. */
  lengthCompliance: number;
  meanWords: number;
  msMean: number;
  msMax: number;
}

export interface PairedRouge {
  metric: 'rouge1' | 'rouge2' | 'rougeL';
  wins: number;
  losses: number;
  ties: number;
  meanDelta: number;
  signTestP: number;
}

export interface SummarizationReport {
  set: KlexikonSet;
  split: SummarizationSplit;
  pairs: number;
  maxBudget: number;
  meanBudget: number;
  meanSourceWords: number;
  systems: SystemResult[];
  /** llmoin-extractive against lead-n, per pair. */
  comparison: PairedRouge[];
}

const PairSchema = z.object({ title: z.string(), wiki_text: z.string(), klexikon_text: z.string() });

/** Thrown when the Klexikon files are not in the shared data folder. */
export class MissingKlexikonError extends MissingDataError {
  constructor(target: string) {
    super(target);
    this.message = `Klexikon data missing at ${target}: the summarization evaluation needs ` +
      '../shared/data/summarization/klexikon (see its MANIFEST.md); set LLMOIN_SHARED_DATA_DIR to use another location.';
  }
}

/** The pairs of one Klexikon file in title order: Wikipedia article = source, Klexikon article = reference. */
export function loadKlexikon(set: KlexikonSet = 'test', environment?: NodeJS.ProcessEnv): KlexikonPair[] {
  let file: string;
  try {
    file = requireSharedData(`summarization/klexikon/${KLEXIKON_FILES[set]}`, environment);
  } catch (error) {
    if (error instanceof MissingDataError) throw new MissingKlexikonError(error.target);
    throw error;
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => PairSchema.parse(JSON.parse(line)))
    .map((row) => ({ title: row.title, source: row.wiki_text, reference: row.klexikon_text }))
    .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}

export function selectPairs(pairs: readonly KlexikonPair[], split: SummarizationSplit, limit?: number): KlexikonPair[] {
  const half = Math.ceil(pairs.length / 2);
  const chosen = split === 'dev' ? pairs.slice(0, half) : split === 'test' ? pairs.slice(half) : [...pairs];
  return limit === undefined ? chosen : chosen.slice(0, limit);
}

/** The baseline: the first sentences of the article (headings skipped) under the same budget rule. */
export function leadSummary(source: string, budget: number): string {
  const candidates = collectCandidates(source);
  const scores = Float64Array.from(candidates, (_, i) => candidates.length - i);
  return selectWithinBudget({ candidates, scores, budget }).map((i) => candidates[i]?.text ?? '').join(' ');
}

interface Measured {
  summary: string;
  ms: number;
}

function timed(run: () => string): Measured {
  const started = performance.now();
  const summary = run();
  return { summary, ms: performance.now() - started };
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

function systemResult(system: SystemResult['system'], runs: Measured[], pairs: readonly KlexikonPair[], budgets: readonly number[]): { result: SystemResult; scores: RougeScores[] } {
  const scores = runs.map((run, i) => rouge(run.summary, pairs[i]?.reference ?? ''));
  const stemmed = runs.map((run, i) => rouge(run.summary, pairs[i]?.reference ?? '', { stem: true }));
  const words = runs.map((run) => countWords(run.summary));
  const compliant = words.filter((w, i) => Math.abs(w - (budgets[i] ?? 0)) <= LENGTH_TOLERANCE * (budgets[i] ?? 0)).length;
  return {
    scores,
    result: {
      system,
      rouge1: mean(scores.map((s) => s.rouge1.f1)),
      rouge2: mean(scores.map((s) => s.rouge2.f1)),
      rougeL: mean(scores.map((s) => s.rougeL.f1)),
      stemmedRouge1: mean(stemmed.map((s) => s.rouge1.f1)),
      stemmedRouge2: mean(stemmed.map((s) => s.rouge2.f1)),
      lengthCompliance: runs.length ? compliant / runs.length : 0,
      meanWords: mean(words),
      msMean: mean(runs.map((run) => run.ms)),
      msMax: Math.max(0, ...runs.map((run) => run.ms)),
    },
  };
}

function compare(a: RougeScores[], b: RougeScores[]): PairedRouge[] {
  return (['rouge1', 'rouge2', 'rougeL'] as const).map((metric) => {
    const deltas = a.map((score, i) => score[metric].f1 - (b[i]?.[metric].f1 ?? 0));
    const wins = deltas.filter((d) => d > 0).length;
    const losses = deltas.filter((d) => d < 0).length;
    return { metric, wins, losses, ties: deltas.length - wins - losses, meanDelta: mean(deltas), signTestP: signTest(wins, losses) };
  });
}

/**
 * Klexikon evaluation of the extractive summarizer against lead-N, both computed in this run with
 * the same word budget per pair: the reference's word count, capped at `maxBudget`.
 */
export function evaluateSummarization(options: SummarizationEvalOptions = {}): SummarizationReport {
  const set = options.set ?? 'test';
  const split = options.split ?? 'all';
  const maxBudget = options.maxBudget ?? DEFAULT_MAX_BUDGET;
  const pairs = selectPairs(loadKlexikon(set), split, options.limit);
  const budgets = pairs.map((pair) => Math.max(1, Math.min(maxBudget, countWords(pair.reference))));
  // Warm-up: the first call builds the analyzer's lexicon, which is not per-document work.
  summarizeExtractively({ text: 'Ein kurzer Satz zum Aufwärmen der Analyse.', length: { words: 5 }, style: 'fliesstext' });
  const ours: Measured[] = [];
  const lead: Measured[] = [];
  pairs.forEach((pair, i) => {
    const words = budgets[i] ?? 1;
    ours.push(timed(() => summarizeExtractively({
      text: pair.source, length: { words }, style: 'fliesstext', ...(options.ranking ? { ranking: options.ranking } : {}),
    }).summary));
    lead.push(timed(() => leadSummary(pair.source, words)));
    if (options.progress && ((i + 1) % 25 === 0 || i + 1 === pairs.length)) process.stderr.write(`klexikon ${set}/${split}: ${i + 1}/${pairs.length}\n`);
  });
  const ourRun = systemResult('llmoin-extractive', ours, pairs, budgets);
  const leadRun = systemResult('lead-n', lead, pairs, budgets);
  return {
    set, split, pairs: pairs.length, maxBudget, meanBudget: mean(budgets), meanSourceWords: mean(pairs.map((pair) => countWords(pair.source))),
    systems: [ourRun.result, leadRun.result], comparison: compare(ourRun.scores, leadRun.scores),
  };
}

const f3 = (value: number) => value.toFixed(3);

/** Markdown tables of a report (for eval/RESULTS.md and the CLI). */
export function formatSummarizationMarkdown(report: SummarizationReport): string {
  const lines = [
    `Klexikon ${report.set} set, split ${report.split}: ${report.pairs} pairs (Wikipedia article → Klexikon article). ` +
      `Word budget per pair = reference length capped at ${report.maxBudget} (mean ${report.meanBudget.toFixed(0)}; sources average ${report.meanSourceWords.toFixed(0)} words).`,
    '',
    '| system | ROUGE-1 F1 | ROUGE-2 F1 | ROUGE-L F1 | ROUGE-1 F1 (stems) | ROUGE-2 F1 (stems) | within ±20 % | mean words | ms/doc mean | ms/doc max |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...report.systems.map((s) =>
      `| ${s.system} | ${f3(s.rouge1)} | ${f3(s.rouge2)} | ${f3(s.rougeL)} | ${f3(s.stemmedRouge1)} | ${f3(s.stemmedRouge2)} | ` +
      `${(100 * s.lengthCompliance).toFixed(1)} % | ${s.meanWords.toFixed(0)} | ${s.msMean.toFixed(1)} | ${s.msMax.toFixed(1)} |`),
    '',
    '| llmoin-extractive vs lead-n | wins | losses | ties | mean ΔF1 | sign-test p |',
    '|---|---:|---:|---:|---:|---:|',
    ...report.comparison.map((c) =>
      `| ${c.metric} | ${c.wins} | ${c.losses} | ${c.ties} | ${c.meanDelta >= 0 ? '+' : ''}${c.meanDelta.toFixed(4)} | ${Number(c.signTestP.toPrecision(3))} |`),
  ];
  return `${lines.join('\n')}\n`;
}
