import { percentile } from './statistics';

/** One finished request of the load test: HTTP status, or the network error code when none came. */
export interface RequestOutcome {
  status: number | string;
  ms: number;
  /** The problem's `reason` of a refusal (e.g. overloaded, rate-limit-user). */
  reason?: string;
}

export interface PhaseSummary {
  name: string;
  clients: number;
  seconds: number;
  requests: number;
  /** Successful (2xx) responses per second over the phase. */
  throughput: number;
  /** Latency percentiles of the 2xx responses, ms (NaN without any). */
  p50: number;
  p95: number;
  p99: number;
  /** Latency p50 of the 429 answers (how fast overload is refused). */
  rejectedP50: number;
  byStatus: Record<string, number>;
  /** Outcomes other than 2xx and 429: what the goal says must not happen. */
  errors: number;
}

const ok = (status: number | string) => typeof status === 'number' && status >= 200 && status < 300;

export function summarizePhase(name: string, clients: number, seconds: number, outcomes: readonly RequestOutcome[]): PhaseSummary {
  const success = outcomes.filter((outcome) => ok(outcome.status)).map((outcome) => outcome.ms);
  const rejected = outcomes.filter((outcome) => outcome.status === 429).map((outcome) => outcome.ms);
  const byStatus: Record<string, number> = {};
  for (const outcome of outcomes) {
    const key = outcome.reason ? `${outcome.status} ${outcome.reason}` : String(outcome.status);
    byStatus[key] = (byStatus[key] ?? 0) + 1;
  }
  return {
    name, clients, seconds, requests: outcomes.length,
    throughput: seconds > 0 ? success.length / seconds : 0,
    p50: percentile(success, 50), p95: percentile(success, 95), p99: percentile(success, 99), rejectedP50: percentile(rejected, 50),
    byStatus,
    errors: outcomes.filter((outcome) => !ok(outcome.status) && outcome.status !== 429).length,
  };
}

const fixed = (value: number, digits = 1) => (Number.isNaN(value) ? '–' : value.toFixed(digits));

export function formatPhaseTable(phases: readonly PhaseSummary[]): string {
  const lines = [
    '| phase | clients | seconds | requests | 2xx/s | p50 ms | p95 ms | p99 ms | 429 p50 ms | responses by status | errors (not 2xx/429) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|',
    ...phases.map((phase) => `| ${phase.name} | ${phase.clients} | ${fixed(phase.seconds)} | ${phase.requests} | ${fixed(phase.throughput)} | ${fixed(phase.p50)} | ` +
      `${fixed(phase.p95)} | ${fixed(phase.p99)} | ${fixed(phase.rejectedP50)} | ${Object.entries(phase.byStatus).sort().map(([status, count]) => `${status}: ${count}`).join(', ')} | ${phase.errors} |`),
  ];
  return lines.join('\n');
}

/**
 * Replaces the Markdown section that starts with `heading` (up to the next heading of the same
 * level, or the end) by `section`; appends it when the document has none.
 */
export function replaceSection(document: string, heading: string, section: string): string {
  const level = /^#+/.exec(heading)?.[0] ?? '##';
  const lines = document.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading.trim());
  const body = section.trimEnd().split('\n');
  if (start === -1) return `${document.trimEnd()}\n\n${body.join('\n')}\n`;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i += 1) {
    const match = /^#+(?=\s)/.exec(lines[i] ?? '');
    if (match && match[0].length <= level.length) {
      end = i;
      break;
    }
  }
  const after = lines.slice(end);
  return [...lines.slice(0, start), ...body, ...(after.length ? ['', ...after] : [])].join('\n').replace(/\n*$/, '\n');
}
