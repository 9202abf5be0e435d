import { performance } from 'node:perf_hooks';
import type { EvalSuite, Metric, ReportTable, SuiteOptions, SuiteResult } from './suite';
import { metricId } from './suite';
import {
  DEFAULT_MAX_BUDGET, evaluateSummarization, KLEXIKON_FILES, type KlexikonSet, type SummarizationReport, type SummarizationSplit,
} from './summarization-eval';

/** Metrics of a Klexikon report: ROUGE and length compliance per system, speed as info. */
export function summarizationMetrics(report: SummarizationReport): Metric[] {
  const prefix = `klexikon-${report.set}`;
  return report.systems.flatMap((system): Metric[] => {
    const id = (name: string) => metricId(prefix, system.system, name);
    return [
      { id: id('rouge1'), label: `${system.system} ROUGE-1 F1`, value: system.rouge1, better: 'higher', kind: 'quality' },
      { id: id('rouge2'), label: `${system.system} ROUGE-2 F1`, value: system.rouge2, better: 'higher', kind: 'quality' },
      { id: id('rougeL'), label: `${system.system} ROUGE-L F1`, value: system.rougeL, better: 'higher', kind: 'quality' },
      { id: id('lengthCompliance'), label: `${system.system} within ±20 % of the word budget`, value: system.lengthCompliance, better: 'higher', kind: 'quality' },
      { id: id('msMean'), label: `${system.system} ms per document`, value: system.msMean, unit: 'ms', better: 'lower', kind: 'speed' },
    ];
  });
}

const f3 = (value: number) => value.toFixed(3);

function summarizationTable(report: SummarizationReport): ReportTable {
  return {
    columns: ['system', 'ROUGE-1 F1', 'ROUGE-2 F1', 'ROUGE-L F1', 'ROUGE-1 F1 (stems)', 'ROUGE-2 F1 (stems)', 'within ±20 %', 'mean words', 'ms/doc mean', 'ms/doc max'],
    numeric: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    rows: report.systems.map((s) => [
      s.system, f3(s.rouge1), f3(s.rouge2), f3(s.rougeL), f3(s.stemmedRouge1), f3(s.stemmedRouge2),
      `${(100 * s.lengthCompliance).toFixed(1)} %`, s.meanWords.toFixed(0), s.msMean.toFixed(1), s.msMax.toFixed(1),
    ]),
  };
}

function comparisonTable(report: SummarizationReport): ReportTable {
  return {
    caption: 'llmoin-extractive vs lead-n, per pair',
    columns: ['metric', 'wins', 'losses', 'ties', 'mean ΔF1', 'sign-test p'],
    numeric: [1, 2, 3, 4, 5],
    rows: report.comparison.map((c) => [c.metric, String(c.wins), String(c.losses), String(c.ties), `${c.meanDelta >= 0 ? '+' : ''}${c.meanDelta.toFixed(4)}`, String(Number(c.signTestP.toPrecision(3)))]),
  };
}

function parseSet(value: string | undefined): KlexikonSet {
  const set = value ?? 'test';
  if (!(set in KLEXIKON_FILES)) throw new Error(`summarization: unknown dataset "${set}" (${Object.keys(KLEXIKON_FILES).join(', ')})`);
  return set as KlexikonSet;
}

/** Klexikon (Wikipedia → children's encyclopedia): the extractive summarizer against lead-N. */
export const summarizationSuite: EvalSuite = {
  name: 'summarization',
  description: 'Klexikon pairs: ROUGE-1/2/L and length compliance of the extractive summarizer vs a lead-N baseline (server/src/eval/summarization-eval.ts)',
  options: { split: { type: 'string' }, 'max-budget': { type: 'string' } },
  usage: `  --dataset test|civics  Klexikon file (default test: 274 pairs; civics: 39)
  --split all|dev|test   pairs in title order, dev = first half (default all)
  --max-budget N         cap of the per-pair word budget (default ${DEFAULT_MAX_BUDGET})`,
  async run(options: SuiteOptions): Promise<SuiteResult> {
    const set = parseSet(options.dataset);
    const split = (options.values['split'] as SummarizationSplit | undefined) ?? 'all';
    if (!['all', 'dev', 'test'].includes(split)) throw new Error(`summarization: unknown split "${split}"`);
    const maxBudget = options.values['max-budget'] === undefined ? DEFAULT_MAX_BUDGET : Number(options.values['max-budget']);
    const started = performance.now();
    const report = evaluateSummarization({ set, split, maxBudget, progress: options.progress, ...(options.limit !== undefined ? { limit: options.limit } : {}) });
    const seconds = (performance.now() - started) / 1000;
    const ours = report.comparison.find((row) => row.metric === 'rougeL');
    return {
      datasets: [`Klexikon ${set} (${report.pairs} pairs, split ${split})`],
      // The extractive summarizer uses neither a model nor a prompt.
      models: [], prompts: [],
      config: { set, split, maxBudget, limit: options.limit ?? null },
      metrics: summarizationMetrics(report),
      sections: [{
        title: 'Klexikon summaries',
        text: [
          `Klexikon ${report.set}, split ${report.split}: ${report.pairs} pairs (Wikipedia article → Klexikon article). Word budget per pair = reference ` +
            `length capped at ${report.maxBudget} (mean ${report.meanBudget.toFixed(0)}; sources average ${report.meanSourceWords.toFixed(0)} words); both systems get the same budget.`,
          ...(ours ? [`ROUGE-L of llmoin-extractive against lead-N, per pair: ${ours.wins} wins, ${ours.losses} losses, ${ours.ties} ties (sign-test p = ${Number(ours.signTestP.toPrecision(3))}).`] : []),
        ],
        tables: [summarizationTable(report), comparisonTable(report)],
      }],
      timings: { summarization: seconds },
      details: report,
    };
  },
};
