import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from './paths';
import type { Metric } from './suite';

/**
 * Regression gates: measured figures against committed reference figures, each with a stated
 * tolerance and direction. A figure worse than its reference by more than the tolerance fails; a
 * figure better by more than the tolerance passes but asks for a deliberate refresh of the reference.
 */
export const GATE_REFERENCE_FILE = 'eval/gates/reference.json';
export const GATE_REFRESH_COMMAND = 'npm run eval -- gates --write-reference';

export interface GateDefinition {
  /** Id of the measured metric (see gates.ts). */
  id: string;
  better: 'higher' | 'lower' | 'equal';
  /** Absolute tolerance in the metric's unit. */
  tolerance: number;
}

const referenceMetricSchema = z.object({
  label: z.string(),
  value: z.number(),
  better: z.enum(['higher', 'lower', 'equal']),
  tolerance: z.number().min(0),
});

export const gateReferenceSchema = z.object({
  $comment: z.string().optional(),
  refreshCommand: z.string(),
  measuredAt: z.string(),
  commit: z.string().nullable(),
  metrics: z.record(z.string(), referenceMetricSchema),
});

export type GateReference = z.infer<typeof gateReferenceSchema>;

export type GateStatus = 'pass' | 'improved' | 'fail' | 'missing' | 'unreferenced';

export interface GateResult {
  id: string;
  label: string;
  reference: number | null;
  measured: number | null;
  tolerance: number;
  better: GateDefinition['better'];
  status: GateStatus;
  /** Why it failed or what to do; empty for a plain pass. */
  message: string;
}

/** Judges one measured value against its reference. */
export function judgeGate(reference: { value: number; better: GateDefinition['better']; tolerance: number }, measured: number): Exclude<GateStatus, 'missing' | 'unreferenced'> {
  const delta = measured - reference.value;
  const slack = reference.tolerance + 1e-9;
  if (!Number.isFinite(measured)) return 'fail';
  if (reference.better === 'equal') return Math.abs(delta) > slack ? 'fail' : 'pass';
  const worse = reference.better === 'higher' ? -delta : delta;
  if (worse > slack) return 'fail';
  if (-worse > slack) return 'improved';
  return 'pass';
}

/**
 * Every reference figure must be measured and within tolerance; every measured gate figure must
 * have a reference (a new gate needs a deliberate refresh).
 */
export function checkGates(reference: GateReference, measured: readonly Metric[]): GateResult[] {
  const byId = new Map(measured.map((metric) => [metric.id, metric]));
  const results: GateResult[] = Object.entries(reference.metrics).map(([id, entry]): GateResult => {
    const metric = byId.get(id);
    const base = { id, label: entry.label, reference: entry.value, tolerance: entry.tolerance, better: entry.better };
    if (!metric) return { ...base, measured: null, status: 'missing', message: `not measured; remove it from ${GATE_REFERENCE_FILE} with ${GATE_REFRESH_COMMAND} if the gate was dropped` };
    const status = judgeGate(entry, metric.value);
    const direction = entry.better === 'equal' ? `must stay within ±${entry.tolerance} of` : `must not be ${entry.better === 'higher' ? 'below' : 'above'}`;
    const message = status === 'fail'
      ? `${metric.value} ${direction} ${entry.value}${entry.better === 'equal' ? '' : ` by more than ${entry.tolerance}`}`
      : status === 'improved' ? `better than the reference by more than ${entry.tolerance}: refresh with ${GATE_REFRESH_COMMAND}` : '';
    return { ...base, measured: metric.value, status, message };
  });
  for (const metric of measured) {
    if (reference.metrics[metric.id]) continue;
    results.push({
      id: metric.id, label: metric.label, reference: null, measured: metric.value, tolerance: 0, better: 'equal', status: 'unreferenced',
      message: `no reference figure; record one deliberately with ${GATE_REFRESH_COMMAND}`,
    });
  }
  return results;
}

export const gateFailed = (result: GateResult) => result.status === 'fail' || result.status === 'missing' || result.status === 'unreferenced';

export function gateReferencePath(): string {
  return path.join(repoRoot(), GATE_REFERENCE_FILE);
}

export function readGateReference(file = gateReferencePath()): GateReference {
  if (!fs.existsSync(file)) throw new Error(`Gate reference figures missing at ${file}; record them with ${GATE_REFRESH_COMMAND}`);
  return gateReferenceSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** The reference file for the measured figures: values from this run, directions and tolerances from the definitions. */
export function createGateReference(definitions: readonly GateDefinition[], measured: readonly Metric[], meta: { measuredAt: string; commit: string | null }): GateReference {
  const metrics: GateReference['metrics'] = {};
  for (const definition of definitions) {
    const metric = measured.find((candidate) => candidate.id === definition.id);
    if (!metric) throw new Error(`gate ${definition.id} was not measured; cannot record a reference for it`);
    metrics[definition.id] = { label: metric.label, value: Number(metric.value.toPrecision(6)), better: definition.better, tolerance: definition.tolerance };
  }
  return {
    $comment: 'Reference figures of the CI evaluation gates (server/src/eval/gates.test.ts). A gate fails when its figure is worse than `value` by more than `tolerance`. ' +
      `Refresh deliberately, after checking that a change is intended, with: ${GATE_REFRESH_COMMAND}`,
    refreshCommand: GATE_REFRESH_COMMAND, measuredAt: meta.measuredAt, commit: meta.commit, metrics,
  };
}

export function writeGateReference(reference: GateReference, file = gateReferencePath()): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(reference, null, 2)}\n`);
}
