import { performance } from 'node:perf_hooks';

export interface Arm<T> {
  name: string;
  run: () => Promise<T>;
}

export interface Measured<T> {
  value: T;
  /** Share of the wall time the main thread's event loop was busy during the call (0..1). */
  mainThreadBusy: number;
}

/** The arm order of round `round`: the list rotated by the round number, so every arm goes first equally often. */
export function rotation(armCount: number, round: number): number[] {
  return Array.from({ length: armCount }, (_, i) => (i + round) % armCount);
}

/**
 * Runs the arms round by round (A B C, B C A, C A B, …) with a short pause between calls, so that
 * slow drift in the machine's other load hits every arm alike and no arm always follows the same
 * one (onnxruntime's spinning threads of the previous session can still hold a core). Returns,
 * per arm, the measured rounds after the warm-ups, index-aligned across arms.
 */
export async function interleave<T>(
  arms: Array<Arm<T>>,
  options: { rounds: number; warmups: number; pauseMs: number; onRound?: (round: number, values: Array<Measured<T>>) => void },
): Promise<Array<Array<Measured<T>>>> {
  const results: Array<Array<Measured<T>>> = arms.map(() => []);
  for (let round = 0; round < options.warmups + options.rounds; round += 1) {
    const values: Array<Measured<T> | undefined> = arms.map(() => undefined);
    for (const index of rotation(arms.length, round)) {
      const arm = arms[index] as Arm<T>;
      if (options.pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
      const before = performance.eventLoopUtilization();
      const value = await arm.run();
      values[index] = { value, mainThreadBusy: performance.eventLoopUtilization(before).utilization };
    }
    if (round < options.warmups) continue;
    const complete = values.filter((value): value is Measured<T> => value !== undefined);
    complete.forEach((value, index) => results[index]?.push(value));
    options.onRound?.(round - options.warmups, complete);
  }
  return results;
}
