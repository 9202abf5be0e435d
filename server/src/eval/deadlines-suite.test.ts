import { deadlineMetrics, evaluateDeadlineCases, type DeadlineCase } from './deadlines-suite';

const entry = (id: string, expected: DeadlineCase['expected'], input: Partial<DeadlineCase['input']> = {}): DeadlineCase => ({
  id, why: 'hand-derived for this test',
  input: { event: '2025-03-03', eventType: 'posted', period: 'P1M', land: 'HH', ...input }, expected,
});

describe('deadline case evaluation', () => {
  it('reports each case: a match, a wrong expectation, and an input the computation rejects', () => {
    // Posted Mon 3 Mar 2025: + 4 days = Fri 7 Mar (§ 41 Abs. 2 VwVfG); one month later Mon 7 Apr 2025 (§ 188 Abs. 2 BGB).
    const results = evaluateDeadlineCases([
      entry('right', { bekanntgabe: '2025-03-07', end: '2025-04-07' }),
      entry('wrong-end', { bekanntgabe: '2025-03-07', end: '2025-04-08' }),
      entry('bad-input', { bekanntgabe: '2025-03-07', end: '2025-04-07' }, { land: 'XX' }),
    ]);
    expect(results.map((result) => [result.id, result.mismatches])).toEqual([['right', []], ['wrong-end', ['end']], ['bad-input', ['error']]]);
    expect(results[1]?.actual?.end).toBe('2025-04-07');
    expect(results[2]?.error).toMatch(/land/i);
    const metrics = Object.fromEntries(deadlineMetrics(results).map((metric) => [metric.id, metric.value]));
    expect(metrics).toEqual({ 'deadlines/cases': 3, 'deadlines/matched': 1, 'deadlines/mismatches': 2, 'deadlines/matchRate': 1 / 3 });
  });
});
