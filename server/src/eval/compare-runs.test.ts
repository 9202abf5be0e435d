import { compareRuns, formatComparisonMarkdown, formatComparisonText, judgeDelta, summarizeComparison } from './compare-runs';
import type { Metric } from './suite';

const metric = (id: string, value: number, better: Metric['better'], kind: Metric['kind'], unit?: string): Metric =>
  ({ id, label: id, value, better, kind, ...(unit ? { unit } : {}) });

describe('compareRuns', () => {
  it('judges direction and tolerance: lower latency and higher recall are improvements', () => {
    const tolerances = { quality: 0.01, speed: 0.1 };
    expect(judgeDelta({ better: 'higher', kind: 'quality' }, 0.80, 0.78, tolerances)).toBe('regressed');
    expect(judgeDelta({ better: 'higher', kind: 'quality' }, 0.80, 0.795, tolerances)).toBe('worse-within-tolerance');
    expect(judgeDelta({ better: 'higher', kind: 'quality' }, 0.80, 0.82, tolerances)).toBe('improved');
    // Speed is relative: 20 ms → 23 ms is +15 % (beyond 10 %), 20 → 21.5 is +7.5 %.
    expect(judgeDelta({ better: 'lower', kind: 'speed' }, 20, 23, tolerances)).toBe('regressed');
    expect(judgeDelta({ better: 'lower', kind: 'speed' }, 20, 21.5, tolerances)).toBe('worse-within-tolerance');
    expect(judgeDelta({ better: 'lower', kind: 'speed' }, 20, 15, tolerances)).toBe('improved');
    expect(judgeDelta({ better: 'higher', kind: 'speed' }, 100, 85, tolerances)).toBe('regressed');
    expect(judgeDelta({ better: 'equal', kind: 'quality' }, 30.5, 30.52, tolerances)).toBe('regressed');
    expect(judgeDelta({ better: 'equal', kind: 'quality' }, 30.5, 30.505, tolerances)).toBe('changed');
    expect(judgeDelta({ better: null, kind: 'info' }, 5, 6, tolerances)).toBe('changed');
    expect(judgeDelta({ better: 'higher', kind: 'quality' }, 0.5, 0.5, tolerances)).toBe('unchanged');
  });

  it('matches metrics by id, computes deltas and lists metrics present on one side only', () => {
    const a = { metrics: [metric('x/mrr', 0.9, 'higher', 'quality'), metric('x/p50', 20, 'lower', 'speed', 'ms'), metric('old', 1, 'higher', 'quality')] };
    const b = { metrics: [metric('x/mrr', 0.85, 'higher', 'quality'), metric('x/p50', 16, 'lower', 'speed', 'ms'), metric('new', 2, 'higher', 'quality')] };
    const deltas = compareRuns(a, b);
    expect(deltas.map((d) => [d.id, d.status])).toEqual([['x/mrr', 'regressed'], ['x/p50', 'improved'], ['old', 'only-in-a'], ['new', 'only-in-b']]);
    expect(deltas[0]?.delta).toBeCloseTo(-0.05, 10);
    expect(deltas[1]?.relative).toBeCloseTo(-0.2, 10);
    expect(summarizeComparison(deltas)).toEqual({ regressions: 1, improvements: 1, compared: 2 });

    const text = formatComparisonText(deltas, { color: true });
    const regressionLine = text.split('\n').find((line) => line.includes('x/mrr')) ?? '';
    expect(regressionLine).toContain('REGRESSION');
    expect(regressionLine.startsWith('\u001b[31;1m')).toBe(true);
    expect(text).toContain('1 regression(s), 1 improvement(s)');
    expect(formatComparisonText(deltas, { color: false })).not.toContain('\u001b[');
    expect(formatComparisonMarkdown(deltas)).toContain('| **x/mrr** |');
  });
});
