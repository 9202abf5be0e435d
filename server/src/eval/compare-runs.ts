import type { RunRecord } from './run-store';
import type { Metric } from './suite';
import { formatMetricValue, markdownTable } from './report-writer';

/**
 * Per-metric deltas between two stored runs (A = before, B = after), direction-aware: a higher
 * recall and a lower latency are both improvements. A change counts as a regression only beyond a
 * tolerance: absolute for quality metrics (deterministic on the data), relative for speed metrics
 * (timings move with the machine's other load).
 */

export type DeltaStatus = 'improved' | 'regressed' | 'worse-within-tolerance' | 'better-within-tolerance' | 'unchanged' | 'changed' | 'only-in-a' | 'only-in-b';

export interface Tolerances {
  /** Absolute change of a quality metric (shares, scores) that still counts as noise. */
  quality: number;
  /** Relative change (0.1 = 10 %) of a speed metric that still counts as noise. */
  speed: number;
}

export const DEFAULT_TOLERANCES: Tolerances = { quality: 0.005, speed: 0.1 };

export interface MetricDelta {
  id: string;
  label: string;
  unit?: string;
  kind: Metric['kind'];
  better: Metric['better'];
  a: number | null;
  b: number | null;
  /** b − a. */
  delta: number | null;
  /** (b − a) / |a|; null when a is 0 or missing. */
  relative: number | null;
  status: DeltaStatus;
}

/** The change of b against a, judged by the metric's direction and kind. */
export function judgeDelta(metric: Pick<Metric, 'better' | 'kind'>, a: number, b: number, tolerances: Tolerances = DEFAULT_TOLERANCES): DeltaStatus {
  const delta = b - a;
  if (delta === 0) return 'unchanged';
  if (metric.better === null || metric.kind === 'info') return 'changed';
  const size = metric.kind === 'speed' ? (a === 0 ? Number.POSITIVE_INFINITY : Math.abs(delta) / Math.abs(a)) : Math.abs(delta);
  const limit = metric.kind === 'speed' ? tolerances.speed : tolerances.quality;
  const beyond = size > limit + 1e-12;
  if (metric.better === 'equal') return beyond ? 'regressed' : 'changed';
  const improved = metric.better === 'higher' ? delta > 0 : delta < 0;
  if (improved) return beyond ? 'improved' : 'better-within-tolerance';
  return beyond ? 'regressed' : 'worse-within-tolerance';
}

export function compareRuns(a: Pick<RunRecord, 'metrics'>, b: Pick<RunRecord, 'metrics'>, tolerances: Tolerances = DEFAULT_TOLERANCES): MetricDelta[] {
  const byIdA = new Map(a.metrics.map((metric) => [metric.id, metric]));
  const byIdB = new Map(b.metrics.map((metric) => [metric.id, metric]));
  const ids = [...a.metrics.map((metric) => metric.id), ...b.metrics.map((metric) => metric.id).filter((id) => !byIdA.has(id))];
  return ids.map((id): MetricDelta => {
    const before = byIdA.get(id);
    const after = byIdB.get(id);
    const reference = (after ?? before) as Metric;
    const base = { id, label: reference.label, ...(reference.unit ? { unit: reference.unit } : {}), kind: reference.kind, better: reference.better };
    if (!before || !after) return { ...base, a: before?.value ?? null, b: after?.value ?? null, delta: null, relative: null, status: before ? 'only-in-a' : 'only-in-b' };
    const delta = after.value - before.value;
    return {
      ...base, a: before.value, b: after.value, delta, relative: before.value === 0 ? null : delta / Math.abs(before.value),
      status: judgeDelta(reference, before.value, after.value, tolerances),
    };
  });
}

const STATUS_TEXT: Record<DeltaStatus, string> = {
  improved: 'better',
  regressed: 'REGRESSION',
  'worse-within-tolerance': 'worse (within tolerance)',
  'better-within-tolerance': 'better (within tolerance)',
  unchanged: '',
  changed: 'changed',
  'only-in-a': 'only in A',
  'only-in-b': 'only in B',
};

const signed = (value: number, digits: number) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toFixed(digits)}`;

function rows(deltas: MetricDelta[]): string[][] {
  return deltas.map((d) => [
    d.label,
    d.a === null ? '–' : formatMetricValue({ value: d.a, ...(d.unit ? { unit: d.unit } : {}) }),
    d.b === null ? '–' : formatMetricValue({ value: d.b, ...(d.unit ? { unit: d.unit } : {}) }),
    d.delta === null ? '' : signed(d.delta, Math.abs(d.delta) >= 10 ? 1 : 4),
    d.relative === null ? '' : `${signed(100 * d.relative, 1)} %`,
    d.better === 'higher' ? '↑' : d.better === 'lower' ? '↓' : d.better === 'equal' ? '=' : '',
    STATUS_TEXT[d.status],
  ]);
}

const COLUMNS = ['metric', 'A', 'B', 'Δ', 'Δ %', 'better', 'status'];

export interface ComparisonSummary {
  regressions: number;
  improvements: number;
  compared: number;
}

export function summarizeComparison(deltas: MetricDelta[]): ComparisonSummary {
  return {
    regressions: deltas.filter((d) => d.status === 'regressed').length,
    improvements: deltas.filter((d) => d.status === 'improved').length,
    compared: deltas.filter((d) => d.a !== null && d.b !== null).length,
  };
}

/** A terminal table; regressions in red and improvements in green when `color` is set. */
export function formatComparisonText(deltas: MetricDelta[], options: { color: boolean; tolerances?: Tolerances; header?: string[] }): string {
  const table = [COLUMNS, ...rows(deltas)];
  const widths = COLUMNS.map((_, c) => Math.max(...table.map((row) => row[c]?.length ?? 0)));
  const lines = table.map((row, r) => {
    const text = row.map((cell, c) => (c >= 1 && c <= 4 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd();
    const status = r === 0 ? undefined : deltas[r - 1]?.status;
    if (!options.color) return text;
    if (status === 'regressed') return `\u001b[31;1m${text}\u001b[0m`;
    if (status === 'improved') return `\u001b[32m${text}\u001b[0m`;
    return text;
  });
  const summary = summarizeComparison(deltas);
  const tolerances = options.tolerances ?? DEFAULT_TOLERANCES;
  return [
    ...(options.header ?? []),
    ...lines,
    '',
    `${summary.regressions} regression(s), ${summary.improvements} improvement(s) beyond tolerance among ${summary.compared} metrics ` +
      `(tolerance: quality ±${tolerances.quality} absolute, speed ±${(100 * tolerances.speed).toFixed(0)} % relative).`,
  ].join('\n');
}

export function formatComparisonMarkdown(deltas: MetricDelta[]): string {
  return markdownTable({ columns: COLUMNS, numeric: [1, 2, 3, 4], rows: rows(deltas).map((row, i) => (deltas[i]?.status === 'regressed' ? row.map((cell) => (cell ? `**${cell}**` : cell)) : row)) });
}
