import { performance } from 'node:perf_hooks';
import { RESEARCH_PROMPT_ID } from '../generation';
import { loadResearchSet, RESEARCH_SETS, type ResearchSetName } from './research-answer-data';
import { evaluateResearchSet, RESEARCH_K, summarizeResearch, type ResearchRun, type ResearchSummary } from './research-answer-eval';
import type { EvalSuite, Metric, ReportSection, SuiteOptions, SuiteResult } from './suite';
import { metricId } from './suite';

export const DEFAULT_UNANSWERABLE = 200;
export const DEFAULT_RESEARCH_TOKENS = 128;

/** The run's metrics; a share with nothing to measure (e.g. no quotation in any answer) is left out, not reported as 0. */
export function researchMetrics(set: string, mode: string, summary: ResearchSummary): Metric[] {
  const id = (name: string) => metricId('research', set, mode, name);
  const label = (text: string) => `${set} ${mode}: ${text}`;
  const quality = (name: keyof ResearchSummary, text: string, better: 'higher' | 'lower'): Metric[] => {
    const value = summary[name];
    return typeof value === 'number' ? [{ id: id(name), label: label(text), value, better, kind: 'quality' }] : [];
  };
  return [
    ...quality('citationPrecision', 'quotations found verbatim at the cited passage', 'higher'),
    ...quality('offsetPrecision', 'citations whose offsets cut out exactly their quote', 'higher'),
    ...quality('answerContainment', 'answers containing the gold answer', 'higher'),
    ...quality('passageContainment', 'cited passages containing the gold answer', 'higher'),
    ...quality('goldCited', 'gold paragraph among the cited passages', 'higher'),
    ...quality('refusalRate', 'refusals on unanswerable questions', 'higher'),
    ...quality('falseRefusalRate', 'refusals on answerable questions', 'lower'),
    { id: id('quotations'), label: label('quotations checked'), value: summary.quotations, better: null, kind: 'info' },
    { id: id('msPerAnswer'), label: label('ms per answer'), value: summary.msPerAnswer, unit: 'ms', better: 'lower', kind: 'speed' },
  ];
}

const percent = (value: number | null) => (value === null ? 'n/a (nothing to measure)' : `${(100 * value).toFixed(1)} %`);

function runSection(run: ResearchRun, summary: ResearchSummary, label: string, dropped: number): ReportSection {
  const failures = run.results.filter((result) => (result.kind === 'answerable' ? !result.contained : !result.refused)).slice(0, 25);
  return {
    title: `${label}: ${run.mode}${run.model ? ` (${run.model})` : ''}`,
    text: [
      `${summary.answerable} answerable questions over the set's own ${run.chunks} chunks, ${summary.unanswerable} unanswerable ones (questions of the other ` +
        `set whose gold answer occurs nowhere in this corpus; ${dropped} of the other set's questions were dropped because their answer does occur). k = ${RESEARCH_K} passages.`,
      `${summary.quotations} quotations checked against the evaluation's own copy of the source texts; ${summary.fallbacks} answers fell back to extractive; ` +
        `${summary.tokensPerAnswer.toFixed(1)} generated tokens per answer on average.`,
    ],
    tables: [
      {
        columns: ['measure', 'value'],
        numeric: [1],
        rows: [
          ['citation precision (quotations verbatim at the cited passage)', percent(summary.citationPrecision)],
          ['offset precision (document text at the citation offsets = quote)', percent(summary.offsetPrecision)],
          ['answer containment (answer contains a gold answer)', percent(summary.answerContainment)],
          ['cited passages contain a gold answer (upper bound of the above)', percent(summary.passageContainment)],
          ['gold paragraph cited', percent(summary.goldCited)],
          ['refusal rate on unanswerable questions', percent(summary.refusalRate)],
          ['refusal rate on answerable questions', percent(summary.falseRefusalRate)],
          ['ms per answer', summary.msPerAnswer.toFixed(1)],
        ],
      },
      {
        caption: `first ${failures.length} failures (answerable: gold answer not in the answer; unanswerable: not refused)`,
        columns: ['id', 'kind', 'question', 'answer (start)'],
        rows: failures.map((result) => [result.id, result.kind, result.question, result.answer.replace(/\s+/g, ' ').slice(0, 200)]),
      },
    ],
  };
}

function parseSets(value: string | undefined): ResearchSetName[] {
  if (value === undefined || value === 'all') return [...RESEARCH_SETS];
  return value.split(',').map((name) => {
    if (!(RESEARCH_SETS as readonly string[]).includes(name)) throw new Error(`research: unknown dataset "${name}" (${RESEARCH_SETS.join(', ')}, all)`);
    return name as ResearchSetName;
  });
}

function positiveInteger(value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`research: --${name} must be a non-negative integer`);
  return parsed;
}

/** researchQuestion on QA sets with gold answers: citation precision, answer containment, refusal. */
export const researchAnswerSuite: EvalSuite = {
  name: 'research',
  description: 'researchQuestion on XQuAD-de / MLQA-de: citation precision, answer containment, refusal on unanswerable questions (extractive; --model for generative)',
  options: { model: { type: 'string' }, unanswerable: { type: 'string' }, 'max-tokens': { type: 'string' } },
  usage: `  --dataset LIST         ${RESEARCH_SETS.join(', ')} or all (default all); corpus = the set's own paragraphs
  --limit N              first N answerable questions in id order (default all)
  --unanswerable N       questions of the other set asked against this corpus (default: --limit, else ${DEFAULT_UNANSWERABLE})
  --model ID             generate with a registered model, e.g. test-generator (default: extractive, no model)
  --max-tokens N         generation budget per answer (default ${DEFAULT_RESEARCH_TOKENS})`,
  async run(options: SuiteOptions): Promise<SuiteResult> {
    const sets = parseSets(options.dataset);
    const model = typeof options.values['model'] === 'string' && options.values['model'] !== '' ? options.values['model'] : null;
    const unanswerable = positiveInteger(options.values['unanswerable'], 'unanswerable', options.limit ?? DEFAULT_UNANSWERABLE);
    const maxTokens = positiveInteger(options.values['max-tokens'], 'max-tokens', DEFAULT_RESEARCH_TOKENS);
    const metrics: Metric[] = [];
    const sections: ReportSection[] = [];
    const timings: Record<string, number> = {};
    const details: Array<{ run: ResearchRun; summary: ResearchSummary }> = [];
    const datasets: string[] = [];
    for (const name of sets) {
      const started = performance.now();
      const set = loadResearchSet(name, { ...(options.limit !== undefined ? { limit: options.limit } : {}), unanswerable, seed: options.seed });
      const run = await evaluateResearchSet(set, { model, maxTokens, progress: options.progress });
      const summary = summarizeResearch(run.results);
      timings[name] = (performance.now() - started) / 1000;
      metrics.push(...researchMetrics(name, run.mode, summary));
      sections.push(runSection(run, summary, set.label, set.droppedAsAnswerable));
      details.push({ run, summary });
      datasets.push(`${set.label} (${set.answerable.length} answerable + ${set.unanswerable.length} unanswerable questions, ${set.corpus.documents.length} paragraphs)`);
    }
    return {
      datasets, models: model ? [{ role: 'generation', id: model }] : [], prompts: model ? [RESEARCH_PROMPT_ID] : [],
      config: { sets, k: RESEARCH_K, mode: model ? 'generative' : 'extractive', model, maxTokens: model ? maxTokens : null, limit: options.limit ?? null, unanswerable },
      metrics, sections, timings, details,
    };
  },
};
