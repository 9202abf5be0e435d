import { performance } from 'node:perf_hooks';
import { DATASET_NAMES, isDatasetName, type DatasetName, type Split } from './datasets';
import { parseFusion } from './fusion';
import { recallAt } from './metrics';
import { formatComparisons, formatMarkdownReport, formatTextTable, tableRows } from './report';
import { evaluateDataset, type DatasetReport } from './retrieval-eval';
import { K, TEST_ENCODER, type Mode } from './run-system';
import type { Chart, EvalSuite, Metric, ReportSection, SuiteOptions, SuiteResult } from './suite';
import { metricId } from './suite';
import { parseVariant } from './variants';

/** Depths of the recall@k curves in the report (the service is asked for K = 10). */
export const CURVE_KS = Array.from({ length: K }, (_, i) => i + 1);

/** recall@k for k = 1..10 of each evaluated system, from the per-query ranks of the report. */
export function recallCurves(report: Pick<DatasetReport, 'ranks'>): Array<{ system: string; points: Array<[number, number]> }> {
  return Object.entries(report.ranks.bySystem).map(([system, ranks]) => ({
    system, points: CURVE_KS.map((k): [number, number] => [k, recallAt(ranks, k)]),
  }));
}

export function retrievalMetrics(report: DatasetReport): Metric[] {
  return report.systems.flatMap((system): Metric[] => {
    if (system.status !== 'ok' || !system.metrics) return [];
    const id = (name: string) => metricId(report.dataset, system.system, name);
    const m = system.metrics;
    const quality = (name: string, label: string, value: number): Metric => ({ id: id(name), label: `${report.label} ${system.system} ${label}`, value, better: 'higher', kind: 'quality' });
    return [
      quality('recallAt1', 'R@1', m.recallAt1), quality('recallAt5', 'R@5', m.recallAt5), quality('recallAt10', 'R@10', m.recallAt10),
      quality('mrrAt10', 'MRR@10', m.mrrAt10), quality('ndcgAt10', 'nDCG@10', m.ndcgAt10),
      ...(system.msPerQuery !== undefined ? [{ id: id('msPerQuery'), label: `${report.label} ${system.system} ms/query`, value: system.msPerQuery, unit: 'ms', better: 'lower', kind: 'speed' } satisfies Metric] : []),
    ];
  });
}

export function recallChart(report: DatasetReport): Chart {
  return {
    kind: 'line', title: `${report.label}: recall@k (${report.queries} queries)`, xLabel: 'k', yLabel: 'recall@k', yRange: [0, 1],
    series: recallCurves(report).map((curve) => ({ name: curve.system, points: curve.points })),
  };
}

function parseList<T>(value: string | undefined, parse: (item: string) => T, separator = ','): T[] {
  return (value ?? '').split(separator).map((item) => item.trim()).filter(Boolean).map(parse);
}

function parseDatasets(value: string | undefined): DatasetName[] {
  if (value === undefined || value === 'all') return [...DATASET_NAMES];
  return value.split(',').map((name) => {
    if (!isDatasetName(name)) throw new Error(`retrieval: unknown dataset "${name}" (${DATASET_NAMES.join(', ')}, all)`);
    return name;
  });
}

/** retrieveChunks on the QA sets and the clerk law questions, side by side with the bm25s baseline. */
export const retrievalSuite: EvalSuite = {
  name: 'retrieval',
  description: `retrieveChunks (k=${K}) on ${DATASET_NAMES.join(', ')}: recall@k, MRR@10, nDCG@10, per-query failures; bm25s baseline in the same run`,
  options: {
    modes: { type: 'string' }, split: { type: 'string' }, variants: { type: 'string' }, fusion: { type: 'string' }, 'no-baseline': { type: 'boolean' },
  },
  usage: `  --dataset NAME         ${DATASET_NAMES.join(' | ')} | comma list | all (default all)
  --modes LIST           lexical,hybrid (default lexical; hybrid needs models/${TEST_ENCODER})
  --split S              all | dev | test: all queries, or the first / second half in id order (default all)
  --variants LIST        ';'-separated lexical variants, e.g. "decompound=0;weights=1/1/1+title=none" (server/src/eval/variants.ts)
  --fusion LIST          ';'-separated fusion formulas on one hybrid index: minmax@<w>, rrf<K>@<w>, lexical, dense
  --no-baseline          skip the bm25s baseline (Python, .venv)`,
  async run(options: SuiteOptions): Promise<SuiteResult> {
    const datasets = parseDatasets(options.dataset);
    const modes = parseList(options.values['modes'] as string | undefined ?? 'lexical', (mode): Mode => {
      if (mode !== 'lexical' && mode !== 'hybrid') throw new Error(`retrieval: unknown mode "${mode}" (lexical, hybrid)`);
      return mode;
    });
    const split = (options.values['split'] as Split | undefined) ?? 'all';
    if (!['all', 'dev', 'test'].includes(split)) throw new Error(`retrieval: unknown split "${split}" (all, dev, test)`);
    const variants = parseList(options.values['variants'] as string | undefined, parseVariant, ';');
    const fusions = parseList(options.values['fusion'] as string | undefined, parseFusion, ';');
    const baseline = options.values['no-baseline'] !== true;
    const reports: DatasetReport[] = [];
    const timings: Record<string, number> = {};
    for (const name of datasets) {
      const started = performance.now();
      reports.push(await evaluateDataset(name, {
        datasets, modes, split, variants, fusions, baseline, progress: options.progress, ...(options.limit !== undefined ? { limit: options.limit } : {}),
      }));
      timings[name] = (performance.now() - started) / 1000;
    }
    const unavailable = reports.flatMap((report) => report.systems.filter((system) => system.status === 'unavailable')
      .map((system) => `${report.label}: ${system.system} unavailable: ${system.reason ?? '?'}`));
    const sections: ReportSection[] = [
      {
        title: 'Retrieval quality',
        text: unavailable,
        tables: [{ columns: ['dataset', 'system', 'R@1', 'R@5', 'R@10', 'MRR@10', 'nDCG@10', 'queries', 'ms/query'], numeric: [2, 3, 4, 5, 6, 7, 8], rows: tableRows(reports) }],
        charts: reports.map(recallChart),
      },
      // The retrieval report's own Markdown without its title lines: table, paired comparisons, question types, worst failures.
      { title: 'Paired comparisons, question types and failures', markdown: formatMarkdownReport(reports, { command: '', commit: null, dirty: [], startedAt: '' }).split('\n').slice(5).join('\n') },
    ];
    return {
      datasets: reports.map((report) => `${report.label} (${report.queries} queries, ${report.documents} documents)`),
      models: modes.includes('hybrid') || fusions.length > 0 ? [{ role: 'embedding', id: TEST_ENCODER }] : [],
      prompts: [],
      config: { k: K, datasets, modes, split, limit: options.limit ?? null, variants, fusions, baseline },
      metrics: reports.flatMap(retrievalMetrics),
      sections,
      timings,
      details: { k: K, datasets: reports },
      summaryText: [formatTextTable(reports), '', formatComparisons(reports), ...unavailable].join('\n'),
    };
  },
};
