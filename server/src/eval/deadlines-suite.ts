import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { computeDeadline, type DeadlineInput } from '../legal/deadlines';
import { repoRoot } from './paths';
import type { EvalSuite, Metric, SuiteOptions, SuiteResult } from './suite';

/**
 * The hand-derived deadline table (eval/datasets/deadline-cases.json) through computeDeadline:
 * every case must match on the Bekanntgabe day and the end of the period (and, where the table
 * gives them, the unshifted end and the applied period). Reported per case.
 */
export const DEADLINE_CASES_FILE = 'eval/datasets/deadline-cases.json';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const caseSchema = z.object({
  id: z.string().min(1),
  input: z.object({
    event: isoDate, eventType: z.string(), period: z.string().optional(), land: z.string(),
    remedy: z.string().optional(), remedyNotice: z.string().optional(),
  }),
  expected: z.object({ bekanntgabe: isoDate, end: isoDate, unshiftedEnd: isoDate.optional(), period: z.string().optional() }),
  why: z.string(),
});
const tableSchema = z.object({ cases: z.array(caseSchema).min(1) });

export type DeadlineCase = z.infer<typeof caseSchema>;

export interface DeadlineCaseResult {
  id: string;
  input: DeadlineCase['input'];
  expected: DeadlineCase['expected'];
  actual: { bekanntgabe: string; end: string; unshiftedEnd: string; period: string } | null;
  /** Fields that differ from the table (or `error`). */
  mismatches: string[];
  error: string | null;
  why: string;
}

export function loadDeadlineCases(file = path.join(repoRoot(), DEADLINE_CASES_FILE)): DeadlineCase[] {
  if (!fs.existsSync(file)) throw new Error(`Deadline case table missing at ${file}`);
  return tableSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).cases;
}

/** Runs every case; an exception is a failed case (with its message), not a failed run. */
export function evaluateDeadlineCases(cases: readonly DeadlineCase[]): DeadlineCaseResult[] {
  return cases.map((entry) => {
    try {
      const result = computeDeadline(entry.input as DeadlineInput);
      const actual = { bekanntgabe: result.bekanntgabe, end: result.end, unshiftedEnd: result.unshiftedEnd, period: result.period };
      const mismatches = (['bekanntgabe', 'end', 'unshiftedEnd', 'period'] as const)
        .filter((field) => entry.expected[field] !== undefined && entry.expected[field] !== actual[field]);
      return { id: entry.id, input: entry.input, expected: entry.expected, actual, mismatches, error: null, why: entry.why };
    } catch (error) {
      return { id: entry.id, input: entry.input, expected: entry.expected, actual: null, mismatches: ['error'], error: error instanceof Error ? error.message : String(error), why: entry.why };
    }
  });
}

export function deadlineMetrics(results: readonly DeadlineCaseResult[]): Metric[] {
  const matched = results.filter((result) => result.mismatches.length === 0).length;
  return [
    { id: 'deadlines/cases', label: 'deadline cases', value: results.length, better: null, kind: 'info' },
    { id: 'deadlines/matched', label: 'cases matching the table', value: matched, better: 'higher', kind: 'quality' },
    { id: 'deadlines/mismatches', label: 'cases not matching', value: results.length - matched, better: 'lower', kind: 'quality' },
    { id: 'deadlines/matchRate', label: 'share of cases matching', value: results.length ? matched / results.length : 0, better: 'higher', kind: 'quality' },
  ];
}

const describeInput = (input: DeadlineCase['input']) =>
  [input.event, input.eventType, input.period ?? '', input.remedy ? `${input.remedy}${input.remedyNotice ? `/${input.remedyNotice}` : ''}` : '', input.land].filter(Boolean).join(' ');

export const deadlinesSuite: EvalSuite = {
  name: 'deadlines',
  description: `computeDeadline against the hand-derived case table (${DEADLINE_CASES_FILE}); every case must match`,
  async run(options: SuiteOptions): Promise<SuiteResult> {
    const all = loadDeadlineCases();
    const cases = options.limit === undefined ? all : all.slice(0, options.limit);
    const started = performance.now();
    const results = evaluateDeadlineCases(cases);
    const seconds = (performance.now() - started) / 1000;
    const failed = results.filter((result) => result.mismatches.length > 0);
    return {
      datasets: [`${DEADLINE_CASES_FILE} (${cases.length} of ${all.length} cases)`],
      models: [], prompts: [], config: { cases: cases.length },
      metrics: deadlineMetrics(results),
      sections: [{
        title: 'Deadline cases',
        text: [failed.length === 0 ? `All ${results.length} cases match.` : `${failed.length} of ${results.length} cases do not match: ${failed.map((result) => result.id).join(', ')}.`],
        tables: [{
          columns: ['case', 'input', 'expected Bekanntgabe', 'expected end', 'actual Bekanntgabe', 'actual end', 'result'],
          rows: results.map((result) => [
            result.id, describeInput(result.input), result.expected.bekanntgabe, result.expected.end,
            result.actual?.bekanntgabe ?? '–', result.actual?.end ?? '–',
            result.mismatches.length === 0 ? 'ok' : `MISMATCH: ${result.error ?? result.mismatches.join(', ')}`,
          ]),
        }],
      }],
      timings: { cases: seconds },
      details: { results },
      passed: failed.length === 0,
    };
  },
};
