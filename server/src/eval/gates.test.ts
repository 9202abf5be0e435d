import { checkGates, GATE_REFRESH_COMMAND, readGateReference, type GateResult } from './gate-check';
import { GATE_DEFINITIONS, measureGates } from './gates';

/**
 * The CI evaluation gates: a small, deterministic subset of the suites against the committed
 * figures in eval/gates/reference.json. Needs ../shared/data (fails, naming the folder, without it).
 * A deliberate change of a figure is recorded with `npm run eval -- gates --write-reference`.
 */
const reference = readGateReference();

describe('evaluation gates (eval/gates/reference.json)', () => {
  let results: GateResult[] = [];
  let seconds = 0;
  beforeAll(async () => {
    const started = Date.now();
    const measured = await measureGates({ progress: false });
    seconds = (Date.now() - started) / 1000;
    results = checkGates(reference, measured.metrics);
  }, 180_000);

  it('has a reference figure for every defined gate and no stale ones', () => {
    expect(Object.keys(reference.metrics).sort()).toEqual(GATE_DEFINITIONS.map((definition) => definition.id).sort());
    for (const definition of GATE_DEFINITIONS) {
      expect({ id: definition.id, better: reference.metrics[definition.id]?.better, tolerance: reference.metrics[definition.id]?.tolerance })
        .toEqual({ id: definition.id, better: definition.better, tolerance: definition.tolerance });
    }
  });

  it.each(Object.keys(reference.metrics))('%s stays within its tolerance', (id) => {
    const result = results.find((entry) => entry.id === id);
    expect(result).toBeDefined();
    const problem = result && (result.status === 'fail' || result.status === 'missing') ? `${id}: ${result.message}` : null;
    expect(problem).toBeNull();
  });

  it('measures nothing without a reference, within the time budget', () => {
    expect(results.filter((result) => result.status === 'unreferenced').map((result) => `${result.id}: ${result.message}`)).toEqual([]);
    // The subset is meant for CI: well under a minute on two cores (generous here for a loaded machine).
    expect(seconds).toBeLessThan(120);
    expect(GATE_REFRESH_COMMAND).toContain('--write-reference');
  });
});
