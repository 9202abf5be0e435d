import { performance } from 'node:perf_hooks';
import type { EvalSuite, Metric, ReportSection, SuiteOptions, SuiteResult } from './suite';
import { metricId } from './suite';
import {
  DEPLAIN_SETS, evaluateSimplification, type DeplainSetName, type SetEvaluation, type SimplificationEvalReport,
} from './simplification-eval';

const SET_NAMES = DEPLAIN_SETS.map((set) => set.name);

/**
 * Metrics of one DEplain set. The checker is valid when the human plain references break its
 * rules less often than the originals: the share of such rules (higher is better) and each rule's
 * rate difference plain − original (lower is better). Identity SARI is a property of the data and
 * the SARI code, so it is pinned (`equal`); readability means are shown as information.
 */
export function simplificationSetMetrics(set: SetEvaluation): Metric[] {
  const id = (...parts: string[]) => metricId('deplain', set.name, ...parts);
  const discriminating = set.rules.filter((rule) => rule.plainBetter).length;
  return [
    { id: id('pairs'), label: `${set.name}: pairs`, value: set.pairs, better: null, kind: 'info' },
    { id: id('rulesPlainBetter'), label: `${set.name}: share of rules the plain reference breaks less often`, value: set.rules.length ? discriminating / set.rules.length : 0, better: 'higher', kind: 'quality' },
    ...set.rules.map((rule): Metric => ({
      id: id(rule.level, rule.id, 'rateDelta'), label: `${set.name}: ${rule.level} ${rule.id} rate plain − original`, value: rule.rateDelta, better: 'lower', kind: 'quality',
    })),
    { id: id('identitySari'), label: `${set.name}: SARI of the identity baseline`, value: set.identitySari.sari, better: 'equal', kind: 'quality' },
    { id: id('lix', 'original'), label: `${set.name}: LIX original`, value: set.readability.original.lix, better: null, kind: 'info' },
    { id: id('lix', 'plain'), label: `${set.name}: LIX plain reference`, value: set.readability.plain.lix, better: null, kind: 'info' },
    { id: id('fleschAmstad', 'original'), label: `${set.name}: Flesch-Amstad original`, value: set.readability.original.fleschAmstad, better: null, kind: 'info' },
    { id: id('fleschAmstad', 'plain'), label: `${set.name}: Flesch-Amstad plain reference`, value: set.readability.plain.fleschAmstad, better: null, kind: 'info' },
    { id: id('msPer10kCharacters'), label: `${set.name}: checker ms per 10,000 characters`, value: set.msPer10kCharacters, unit: 'ms', better: 'lower', kind: 'speed' },
  ];
}

const percent = (rate: number) => `${(100 * rate).toFixed(1)} %`;

function setSection(set: SetEvaluation): ReportSection {
  const { original, plain } = set.readability;
  return {
    title: `${set.label}: ${set.pairs} pairs`,
    text: [
      `Identity baseline (output = original) against the plain reference: SARI ${set.identitySari.sari.toFixed(2)} ` +
        `(keep ${set.identitySari.keep.toFixed(2)}, delete ${set.identitySari.deletion.toFixed(2)}, add ${set.identitySari.addition.toFixed(2)}). ` +
        `Checker time ${set.msPer10kCharacters.toFixed(2)} ms per 10,000 characters (both levels).`,
    ],
    tables: [
      {
        columns: ['level', 'rule', 'unit', 'original', 'plain (reference)', 'Δ points', 'pairs better / worse / equal'],
        numeric: [3, 4, 5],
        rows: set.rules.map((rule) => [
          rule.level, rule.id, rule.unit, percent(rule.original.rate), percent(rule.plain.rate),
          `${rule.rateDelta > 0 ? '+' : ''}${(100 * rule.rateDelta).toFixed(1)}`, `${rule.pairsBetter} / ${rule.pairsWorse} / ${rule.pairsEqual}`,
        ]),
      },
      {
        columns: ['readability (mean over pairs)', 'original', 'plain'],
        numeric: [1, 2],
        rows: [
          ['LIX (lower is easier)', original.lix.toFixed(2), plain.lix.toFixed(2)],
          ['Flesch-Amstad (higher is easier)', original.fleschAmstad.toFixed(2), plain.fleschAmstad.toFixed(2)],
          ['Wiener Sachtextformel 1', original.wienerSachtextformel.toFixed(2), plain.wienerSachtextformel.toFixed(2)],
          ['words per sentence', original.averageSentenceLength.toFixed(2), plain.averageSentenceLength.toFixed(2)],
        ],
      },
    ],
  };
}

export function parseDeplainSets(value: string | undefined): DeplainSetName[] {
  if (value === undefined || value === 'all') return [...SET_NAMES];
  return value.split(',').map((name) => {
    if (!(SET_NAMES as string[]).includes(name)) throw new Error(`simplification: unknown dataset "${name}" (${SET_NAMES.join(', ')}, all)`);
    return name as DeplainSetName;
  });
}

/** DEplain-web: the plain-language checker on originals and their human plain references. */
export const simplificationSuite: EvalSuite = {
  name: 'simplification',
  description: 'DEplain-web pairs: plain-language rule rates, readability and identity-baseline SARI (server/src/eval/simplification-eval.ts)',
  usage: `  --dataset LIST         ${SET_NAMES.join(', ')} or all (default all)`,
  async run(options: SuiteOptions): Promise<SuiteResult> {
    const sets = parseDeplainSets(options.dataset);
    const started = performance.now();
    const report: SimplificationEvalReport = evaluateSimplification({ sets, progress: options.progress, ...(options.limit !== undefined ? { limit: options.limit } : {}) });
    const seconds = (performance.now() - started) / 1000;
    return {
      datasets: report.sets.map((set) => `${set.label} (${set.pairs} pairs)`),
      models: [], prompts: [],
      config: { sets, limit: options.limit ?? null, rulesVersion: report.rulesVersion },
      metrics: report.sets.flatMap(simplificationSetMetrics),
      sections: [...report.sets.map(setSection), { title: 'Notes', text: [report.dataset, ...report.notes] }],
      timings: { simplification: seconds },
      details: report,
    };
  },
};
