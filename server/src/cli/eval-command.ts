import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { compareRuns, DEFAULT_TOLERANCES, formatComparisonMarkdown, formatComparisonText, summarizeComparison } from '../eval/compare-runs';
import { MissingDataError, repoRoot, sharedDataDir } from '../eval/paths';
import { formatMetricValue, formatRunHtml, formatRunMarkdown } from '../eval/report-writer';
import { createRunRecord, readRun, writeRun } from '../eval/run-store';
import type { EvalSuite, OptionValue } from '../eval/suite';
import { findSuite, SUITES } from '../eval/suites';

export const DEFAULT_SEED = 42;

const COMMON_OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  dataset: { type: 'string' },
  limit: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

function usage(suite?: EvalSuite): string {
  const suites = SUITES.map((entry) => `  ${entry.name.padEnd(15)} ${entry.description}`).join('\n');
  const own = suite ? `\nOptions of "${suite.name}":\n${suite.usage ?? '  (none)'}\n` : '\nSuite options: npm run eval -- <suite> --help\n';
  return `Usage: npm run eval -- <suite> [--dataset NAME] [--limit N] [--seed S] [suite options]
       npm run eval -- compare <runA.json> <runB.json> [--tolerance X] [--speed-tolerance Y] [--markdown] [--fail-on-regression]
       npm run eval -- report <run.json>        rewrite the .md and .html of a stored run

Suites:
${suites}

Common options:
  --dataset NAME         the suite's dataset(s); see the suite's help
  --limit N              at most N queries / pairs / cases per dataset
  --seed S               seed of every random sample (default ${DEFAULT_SEED})
  --out DIR              results folder (default eval/results, git-ignored)
  --no-progress          no progress bars on stderr
${own}
Every run writes <out>/<timestamp>-<suite>.json (git commit, uncommitted files, options, seed, models,
prompt versions, datasets, timings, metrics, details), .md and a self-contained .html page.
LLMOIN_SHARED_DATA_DIR overrides the location of the shared data (default ../shared/data).`;
}

class UsageError extends Error {}

function positiveInteger(value: OptionValue, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new UsageError(`--${name} must be a positive integer`);
  return parsed;
}

async function runSuite(suite: EvalSuite, argv: string[], command: string): Promise<number> {
  let values: Record<string, OptionValue>;
  try {
    ({ values } = parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...(suite.options ?? {}) }, strict: true, allowPositionals: false }) as { values: Record<string, OptionValue> });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values['help']) {
    process.stdout.write(`${usage(suite)}\n`);
    return 0;
  }
  const seedValue = values['seed'] === undefined ? DEFAULT_SEED : Number(values['seed']);
  if (!Number.isInteger(seedValue) || seedValue < 0) throw new UsageError('--seed must be a non-negative integer');
  const limit = positiveInteger(values['limit'], 'limit');
  const own = Object.fromEntries(Object.keys(suite.options ?? {}).map((key) => [key, values[key]]));
  const outDir = path.resolve(typeof values['out'] === 'string' ? values['out'] : path.join(repoRoot(), 'eval', 'results'));
  process.stderr.write(`eval ${suite.name}: shared data ${sharedDataDir()}, seed ${seedValue}\n`);
  const startedAt = new Date();
  const result = await suite.run({
    ...(typeof values['dataset'] === 'string' ? { dataset: values['dataset'] } : {}),
    ...(limit !== undefined ? { limit } : {}),
    seed: seedValue, progress: values['no-progress'] !== true, values: own,
  });
  const record = createRunRecord({
    suite: suite.name, command, startedAt, finishedAt: new Date(), seed: seedValue, sharedDataDir: sharedDataDir(), result,
    options: { dataset: values['dataset'] ?? null, limit: limit ?? null, ...own },
  });
  const files = writeRun(record, outDir, { markdown: formatRunMarkdown, html: formatRunHtml });
  const width = Math.max(...record.metrics.map((metric) => metric.label.length), 10);
  const lines = record.metrics.map((metric) => `${metric.label.padEnd(width)}  ${formatMetricValue(metric)}`);
  const relative = (file: string) => path.relative(process.cwd(), file);
  process.stdout.write(`${result.summaryText ?? lines.join('\n')}\n\n${record.passed === null ? '' : `${record.passed ? 'PASSED' : 'FAILED'}\n`}` +
    `Results: ${relative(files.json)}\n         ${relative(files.markdown)}\n         ${relative(files.html)}\n`);
  if (record.passed === false) {
    const failing = record.sections.flatMap((section) => section.text ?? []).filter((text) => /fail|do not match/i.test(text));
    if (failing.length) process.stderr.write(`${failing.join('\n')}\n`);
  }
  return record.passed === false ? 1 : 0;
}

function runCompare(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: { tolerance: { type: 'string' }, 'speed-tolerance': { type: 'string' }, markdown: { type: 'boolean' }, 'fail-on-regression': { type: 'boolean' } },
  });
  if (positionals.length !== 2) throw new UsageError('compare needs two run files: npm run eval -- compare <runA.json> <runB.json>');
  const [fileA = '', fileB = ''] = positionals;
  const tolerance = (value: string | undefined, fallback: number, name: string) => {
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < 0) throw new UsageError(`--${name} must be a non-negative number`);
    return parsed;
  };
  const tolerances = { quality: tolerance(values.tolerance, DEFAULT_TOLERANCES.quality, 'tolerance'), speed: tolerance(values['speed-tolerance'], DEFAULT_TOLERANCES.speed, 'speed-tolerance') };
  const a = readRun(fileA);
  const b = readRun(fileB);
  const deltas = compareRuns(a, b, tolerances);
  const header = [
    `A: ${fileA} (${a.suite}, ${a.startedAt}, commit ${a.git.commit?.slice(0, 10) ?? '?'}${a.git.dirty.length ? ' + changes' : ''})`,
    `B: ${fileB} (${b.suite}, ${b.startedAt}, commit ${b.git.commit?.slice(0, 10) ?? '?'}${b.git.dirty.length ? ' + changes' : ''})`,
    ...(a.suite !== b.suite ? [`note: different suites (${a.suite} vs ${b.suite}); only metrics with the same id are compared`] : []),
    ...(JSON.stringify(a.datasets) !== JSON.stringify(b.datasets) ? [`note: different data — A: ${a.datasets.join('; ')} | B: ${b.datasets.join('; ')}`] : []),
    '',
  ];
  process.stdout.write(values.markdown
    ? `${header.join('  \n')}\n${formatComparisonMarkdown(deltas)}\n`
    : `${formatComparisonText(deltas, { color: process.stdout.isTTY === true, tolerances, header })}\n`);
  return values['fail-on-regression'] && summarizeComparison(deltas).regressions > 0 ? 1 : 0;
}

function rewriteReport(argv: string[]): number {
  const [file] = argv;
  if (!file) throw new UsageError('report needs a run file: npm run eval -- report <run.json>');
  const record = readRun(file);
  const base = file.replace(/\.json$/, '');
  fs.writeFileSync(`${base}.md`, formatRunMarkdown(record));
  fs.writeFileSync(`${base}.html`, formatRunHtml(record));
  process.stdout.write(`Wrote ${base}.md and ${base}.html\n`);
  return 0;
}

export async function runEvalCommand(argv: string[]): Promise<number> {
  const [task, ...rest] = argv;
  if (task === undefined) {
    process.stdout.write(`${usage()}\n`);
    return 2;
  }
  if (task === '--help' || task === '-h' || task === 'help') {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  if (task === 'compare') return runCompare(rest);
  if (task === 'report') return rewriteReport(rest);
  const suite = findSuite(task);
  if (!suite) throw new UsageError(`unknown suite "${task}" (${SUITES.map((entry) => entry.name).join(', ')}, compare, report)`);
  return runSuite(suite, rest, `npm run eval -- ${argv.join(' ')}`);
}

runEvalCommand(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`eval: ${error.message}\n\n${usage()}\n`);
      process.exit(2);
    }
    const message = error instanceof MissingDataError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`eval failed: ${message}\n`);
    process.exit(1);
  },
);
