import { performance } from 'node:perf_hooks';
import { deadlineMetrics, evaluateDeadlineCases, loadDeadlineCases } from './deadlines-suite';
import {
  checkGates, createGateReference, gateFailed, GATE_REFERENCE_FILE, GATE_REFRESH_COMMAND, readGateReference, writeGateReference, type GateDefinition, type GateResult,
} from './gate-check';
import { loadResearchSet } from './research-answer-data';
import { evaluateResearchSet, summarizeResearch } from './research-answer-eval';
import { researchMetrics } from './research-answer-suite';
import { evaluateDataset } from './retrieval-eval';
import { retrievalMetrics } from './retrieval-suite';
import { gitState } from './run-store';
import { simplificationSetMetrics } from './simplification-suite';
import { evaluateSimplification } from './simplification-eval';
import { evaluateSummarization } from './summarization-eval';
import { summarizationMetrics } from './summarization-suite';
import type { EvalSuite, Metric, SuiteOptions, SuiteResult } from './suite';

/**
 * The CI subset: small, deterministic (lexical retrieval, extractive answers and summaries, the rule
 * checker, the deadline table) and fast (well under a minute on two cores). Speed is not gated:
 * timings on a shared CI machine are too noisy for a fixed threshold.
 */
export const GATE_SIZES = { retrievalQueries: 50, summarizationPairs: 10, simplificationPairs: 30, researchQuestions: 20 } as const;
export const GATE_SEED = 42;

const gate = (id: string, better: GateDefinition['better'], tolerance: number): GateDefinition => ({ id: `gate/${id}`, better, tolerance });

/** One query of 50 moves a recall by 0.02; one rank step at the top moves MRR by up to 0.01 (0.5 / 50). */
export const GATE_DEFINITIONS: GateDefinition[] = [
  gate('xquad/llmoin-lexical/recallAt1', 'higher', 0.02),
  gate('xquad/llmoin-lexical/recallAt10', 'higher', 0.02),
  gate('xquad/llmoin-lexical/mrrAt10', 'higher', 0.015),
  gate('xquad/llmoin-lexical/ndcgAt10', 'higher', 0.015),
  gate('deadlines/mismatches', 'lower', 0),
  gate('deadlines/matched', 'higher', 0),
  gate('klexikon-test/llmoin-extractive/rouge1', 'higher', 0.005),
  gate('klexikon-test/llmoin-extractive/rouge2', 'higher', 0.005),
  gate('klexikon-test/llmoin-extractive/rougeL', 'higher', 0.005),
  gate('klexikon-test/llmoin-extractive/lengthCompliance', 'higher', 0.1),
  gate('deplain/sent-manual/rulesPlainBetter', 'higher', 0.05),
  // Pinned: these depend only on the data and the SARI / readability code.
  gate('deplain/sent-manual/identitySari', 'equal', 0.01),
  gate('deplain/sent-manual/lix/original', 'equal', 0.01),
  gate('deplain/sent-manual/lix/plain', 'equal', 0.01),
  gate('research/xquad/extractive/citationPrecision', 'higher', 0),
  gate('research/xquad/extractive/offsetPrecision', 'higher', 0),
  gate('research/xquad/extractive/answerContainment', 'higher', 0.05),
  gate('research/xquad/extractive/goldCited', 'higher', 0.05),
  gate('research/xquad/extractive/refusalRate', 'higher', 0.05),
  gate('research/xquad/extractive/falseRefusalRate', 'lower', 0.05),
];

export interface GateMeasurement {
  metrics: Metric[];
  seconds: Record<string, number>;
}

/** Runs the gate subset and returns the gated figures (ids prefixed `gate/`). Missing shared data throws. */
export async function measureGates(options: { progress: boolean }): Promise<GateMeasurement> {
  const seconds: Record<string, number> = {};
  const measured: Metric[] = [];
  const time = async (name: string, work: () => Promise<Metric[]> | Metric[]) => {
    const started = performance.now();
    measured.push(...(await work()));
    seconds[name] = (performance.now() - started) / 1000;
  };
  await time('retrieval', async () => retrievalMetrics(await evaluateDataset('xquad', {
    datasets: ['xquad'], modes: ['lexical'], split: 'all', limit: GATE_SIZES.retrievalQueries, variants: [], fusions: [], baseline: false, progress: options.progress,
  })));
  await time('deadlines', () => deadlineMetrics(evaluateDeadlineCases(loadDeadlineCases())));
  await time('summarization', () => summarizationMetrics(evaluateSummarization({ set: 'test', limit: GATE_SIZES.summarizationPairs })));
  await time('simplification', () => evaluateSimplification({ sets: ['sent-manual'], limit: GATE_SIZES.simplificationPairs }).sets.flatMap(simplificationSetMetrics));
  await time('research', async () => {
    const set = loadResearchSet('xquad', { limit: GATE_SIZES.researchQuestions, unanswerable: GATE_SIZES.researchQuestions, seed: GATE_SEED });
    const run = await evaluateResearchSet(set, { model: null, maxTokens: 0, progress: options.progress });
    return researchMetrics('xquad', run.mode, summarizeResearch(run.results));
  });
  const gated = new Set(GATE_DEFINITIONS.map((definition) => definition.id));
  return { metrics: measured.map((metric) => ({ ...metric, id: `gate/${metric.id}` })).filter((metric) => gated.has(metric.id)), seconds };
}

function resultRows(results: GateResult[]): string[][] {
  return results.map((result) => [
    result.status === 'pass' ? 'ok' : result.status.toUpperCase(), result.id, result.reference === null ? '–' : String(result.reference),
    result.measured === null ? '–' : String(Number(result.measured.toPrecision(6))), `${result.better === 'equal' ? '±' : result.better === 'higher' ? '≥ −' : '≤ +'}${result.tolerance}`, result.message,
  ]);
}

/** `npm run eval -- gates`: the CI subset against eval/gates/reference.json (or, with --write-reference, a new reference). */
export const gatesSuite: EvalSuite = {
  name: 'gates',
  description: `the fast CI subset (retrieval, deadlines, summarization, simplification, research) against ${GATE_REFERENCE_FILE}`,
  options: { 'write-reference': { type: 'boolean' } },
  usage: `  --write-reference      record this run's figures as the new reference (${GATE_REFERENCE_FILE}); do this deliberately`,
  async run(options: SuiteOptions): Promise<SuiteResult> {
    const { metrics, seconds } = await measureGates({ progress: options.progress });
    const write = options.values['write-reference'] === true;
    if (write) writeGateReference(createGateReference(GATE_DEFINITIONS, metrics, { measuredAt: new Date().toISOString(), commit: gitState().commit }));
    const results = checkGates(readGateReference(), metrics);
    const failed = results.filter(gateFailed);
    return {
      datasets: [
        `XQuAD-de (first ${GATE_SIZES.retrievalQueries} queries, lexical)`, 'deadline case table', `Klexikon test (${GATE_SIZES.summarizationPairs} pairs)`,
        `DEplain-web-sent manual (${GATE_SIZES.simplificationPairs} pairs)`, `XQuAD-de research (${GATE_SIZES.researchQuestions} answerable + ${GATE_SIZES.researchQuestions} unanswerable, seed ${GATE_SEED})`,
      ],
      models: [], prompts: [],
      config: { sizes: GATE_SIZES, seed: GATE_SEED, reference: GATE_REFERENCE_FILE, wroteReference: write },
      metrics,
      sections: [{
        title: 'Gates',
        text: [
          write ? `Reference written to ${GATE_REFERENCE_FILE}.` : `Checked against ${GATE_REFERENCE_FILE}; refresh deliberately with \`${GATE_REFRESH_COMMAND}\`.`,
          failed.length === 0 ? `All ${results.length} gates pass.` : `${failed.length} of ${results.length} gates fail: ${failed.map((result) => result.id).join(', ')}.`,
        ],
        tables: [{ columns: ['status', 'gate', 'reference', 'measured', 'tolerance', 'note'], numeric: [2, 3], rows: resultRows(results) }],
      }],
      timings: seconds,
      details: { results },
      passed: failed.length === 0,
    };
  },
};
