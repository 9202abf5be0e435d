import type { ParseArgsConfig } from 'node:util';

/**
 * The contract every evaluation suite fulfils. Adding a suite = one file exporting an
 * {@link EvalSuite} and one line in `suites.ts`; the runner (`npm run eval -- <suite>`) parses the
 * common options, stores the run and writes the Markdown and HTML reports.
 */
export interface EvalSuite {
  name: string;
  description: string;
  /** Suite-specific command-line options (node:util parseArgs format), listed in `--help`. */
  options?: NonNullable<ParseArgsConfig['options']>;
  /** Extra help lines for the suite's own options. */
  usage?: string;
  run(options: SuiteOptions): Promise<SuiteResult>;
}

export type OptionValue = string | boolean | undefined;

export interface SuiteOptions {
  /** `--dataset`: a suite-specific name or comma list; undefined = the suite's default. */
  dataset?: string;
  /** `--limit N`: at most N items (queries, pairs, cases) per dataset. */
  limit?: number;
  /** `--seed S`: every sampling in the suite draws from a PRNG seeded with this. */
  seed: number;
  /** Progress bars on stderr. */
  progress: boolean;
  /** The suite's own options as parsed (see {@link EvalSuite.options}). */
  values: Record<string, OptionValue>;
}

/** Which direction is an improvement; `equal` pins a value (an implementation check, not a quality). */
export type Better = 'higher' | 'lower' | 'equal' | null;

/** `quality`: deterministic on the data; `speed`: timings and throughput (noisy); `info`: counts. */
export type MetricKind = 'quality' | 'speed' | 'info';

export interface Metric {
  /** Stable key across runs, e.g. `xquad/llmoin-lexical/mrrAt10`; compare and gates match on it. */
  id: string;
  label: string;
  value: number;
  unit?: string;
  better: Better;
  kind: MetricKind;
}

export interface ReportTable {
  caption?: string;
  columns: string[];
  /** Columns (by index) that hold numbers: right-aligned. */
  numeric?: number[];
  rows: string[][];
}

export interface ChartSeries {
  name: string;
  /** Line charts: [x, y] points. */
  points?: Array<[number, number]>;
  /** Histograms: raw samples. */
  samples?: number[];
}

export interface Chart {
  kind: 'line' | 'histogram';
  title: string;
  xLabel: string;
  yLabel: string;
  series: ChartSeries[];
  /** Line charts: fixed y range (e.g. [0, 1] for recall). */
  yRange?: [number, number];
}

export interface ReportSection {
  title: string;
  /** Paragraphs of plain text (Markdown inline syntax is kept as is in the .md file). */
  text?: string[];
  tables?: ReportTable[];
  charts?: Chart[];
  /** Ready-made Markdown from an existing module; shown in a preformatted block in the HTML page. */
  markdown?: string;
}

export interface ModelUse {
  role: string;
  id: string | null;
}

export interface SuiteResult {
  /** The datasets actually used, with sizes, e.g. `XQuAD-de (50 of 1190 questions)`. */
  datasets: string[];
  models: ModelUse[];
  /** Prompt ids the suite's answers were generated with (versions are looked up in the library). */
  prompts: string[];
  /** Resolved configuration of the run (defaults filled in). */
  config: Record<string, unknown>;
  metrics: Metric[];
  sections: ReportSection[];
  /** Seconds per phase. */
  timings: Record<string, number>;
  /** The suite's full report (per-query results, failure listings, …) for the JSON file. */
  details: unknown;
  /** What the command prints to stdout instead of the metric list (e.g. the retrieval table). */
  summaryText?: string;
  /** Set by suites that check something (gates, deadlines): false makes the command exit with 1. */
  passed?: boolean;
}

/** `xquad/llmoin-lexical/mrrAt10`-style ids: parts joined with `/`, spaces and slashes inside a part become `-`. */
export function metricId(...parts: string[]): string {
  return parts.map((part) => part.trim().replace(/[\s/]+/g, '-')).join('/');
}
