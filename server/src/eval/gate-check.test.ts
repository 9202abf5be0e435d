import { checkGates, createGateReference, gateFailed, judgeGate, type GateReference } from './gate-check';
import type { Metric } from './suite';

const metric = (id: string, value: number): Metric => ({ id, label: id, value, better: 'higher', kind: 'quality' });

describe('gate logic', () => {
  it('fails only beyond the tolerance, in the stated direction', () => {
    expect(judgeGate({ value: 0.9, better: 'higher', tolerance: 0.02 }, 0.881)).toBe('pass');
    expect(judgeGate({ value: 0.9, better: 'higher', tolerance: 0.02 }, 0.879)).toBe('fail');
    expect(judgeGate({ value: 0.9, better: 'higher', tolerance: 0.02 }, 0.93)).toBe('improved');
    expect(judgeGate({ value: 0, better: 'lower', tolerance: 0 }, 0)).toBe('pass');
    expect(judgeGate({ value: 0, better: 'lower', tolerance: 0 }, 1)).toBe('fail');
    expect(judgeGate({ value: 30.2, better: 'equal', tolerance: 0.01 }, 30.205)).toBe('pass');
    expect(judgeGate({ value: 30.2, better: 'equal', tolerance: 0.01 }, 30.1)).toBe('fail');
    expect(judgeGate({ value: 1, better: 'higher', tolerance: 0 }, Number.NaN)).toBe('fail');
  });

  it('reports missing and unreferenced figures as failures', () => {
    const reference: GateReference = {
      refreshCommand: 'x', measuredAt: '2026-01-01', commit: null,
      metrics: {
        'gate/a': { label: 'a', value: 0.5, better: 'higher', tolerance: 0.01 },
        'gate/b': { label: 'b', value: 2, better: 'lower', tolerance: 0 },
      },
    };
    const results = checkGates(reference, [metric('gate/a', 0.48), metric('gate/c', 1)]);
    expect(results.map((result) => [result.id, result.status])).toEqual([['gate/a', 'fail'], ['gate/b', 'missing'], ['gate/c', 'unreferenced']]);
    expect(results.every(gateFailed)).toBe(true);
    expect(results[0]?.message).toContain('must not be below 0.5 by more than 0.01');
    expect(checkGates(reference, [metric('gate/a', 0.5), metric('gate/b', 1)]).map((result) => result.status)).toEqual(['pass', 'improved']);
  });

  it('records a reference from measured values with the defined directions and tolerances', () => {
    const reference = createGateReference(
      [{ id: 'gate/a', better: 'higher', tolerance: 0.02 }],
      [metric('gate/a', 0.123456789), metric('gate/unused', 3)],
      { measuredAt: '2026-11-30T00:00:00Z', commit: 'abc' },
    );
    expect(reference.metrics).toEqual({ 'gate/a': { label: 'gate/a', value: 0.123457, better: 'higher', tolerance: 0.02 } });
    expect(reference.refreshCommand).toBe('npm run eval -- gates --write-reference');
    expect(() => createGateReference([{ id: 'gate/missing', better: 'higher', tolerance: 0 }], [], { measuredAt: '', commit: null })).toThrow(/not measured/);
  });
});
