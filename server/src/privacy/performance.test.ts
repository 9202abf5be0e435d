import { performance } from 'node:perf_hooks';
import { DETECTION_CASES } from './test-cases';
import { createStreamingRestorer, pseudonymize, restore } from './index';

const plain = (annotated: string) => annotated.replace(/⟦[a-z-]+\|([^⟧]*)⟧/g, '$1');

/** The median of five runs: single runs on a shared machine mostly measure the neighbours. */
function timed<T>(run: () => T): { result: T; milliseconds: number } {
  const durations: number[] = [];
  let result = run();
  for (let round = 0; round < 5; round += 1) {
    const start = performance.now();
    result = run();
    durations.push(performance.now() - start);
  }
  return { result, milliseconds: durations.sort((a, b) => a - b)[2] as number };
}

function repeatTo(length: number, unit: string): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

// Timing is reported, not asserted: it depends on the machine. Correctness is asserted.
describe('performance on 10,000 characters', () => {
  const letters = repeatTo(10_000, DETECTION_CASES.map((testCase) => plain(testCase.text)).join('\n\n'));
  const adversarial: Record<string, string> = {
    letters,
    'capitalised words': repeatTo(10_000, 'Herr Frau Max Mustermann Straße '),
    'digit groups': repeatTo(10_000, '0 12 345 '),
    'brackets and uppercase': repeatTo(10_000, '[PERSON_ DE89 HH-AB '),
    'one long word': 'A'.repeat(10_000),
  };

  it('pseudonymises, restores and stream-restores each text', () => {
    const report: string[] = [];
    for (const [name, text] of Object.entries(adversarial)) {
      const { result, milliseconds } = timed(() => pseudonymize(text));
      const restored = timed(() => restore(result.text, result.mapping));
      const streamed = timed(() => {
        const restorer = createStreamingRestorer(result.mapping);
        let output = '';
        for (let index = 0; index < result.text.length; index += 7) output += restorer.push(result.text.slice(index, index + 7));
        return output + restorer.flush();
      });
      expect(restored.result).toBe(text);
      expect(streamed.result).toBe(text);
      report.push(`${name.padEnd(24)} ${String(text.length).padStart(6)} chars  ${String(result.findings.length).padStart(4)} findings  pseudonymize ${milliseconds.toFixed(1).padStart(7)} ms  restore ${restored.milliseconds.toFixed(2)} ms  stream ${streamed.milliseconds.toFixed(2)} ms`);
    }
    console.info(report.join('\n'));
  });
});
