import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATASET_NAMES, isDatasetName, type DatasetName, type Split } from '../eval/datasets';
import { MissingDataError, repoRoot, sharedDataDir } from '../eval/paths';
import { formatComparisons, formatMarkdownReport, formatTextTable } from '../eval/report';
import { evaluateDataset, type DatasetReport } from '../eval/retrieval-eval';
import { K, TEST_ENCODER, type Mode } from '../eval/run-system';
import { parseFusion } from '../eval/fusion';
import { parseVariant } from '../eval/variants';

const USAGE = `Usage: npm run eval -- retrieval [options]

Evaluates LLMoin's retrieval (retrieveChunks, k=${K}) on the German QA sets in ../shared/data/qa
side by side with the bm25s baseline of shared/BASELINES.md, on the same passages and queries.

Options:
  --dataset NAME      ${DATASET_NAMES.join(' | ')} | all (default all)
  --limit N           only the first N queries (in id order) of each set
  --modes LIST        lexical,hybrid (default lexical; hybrid needs models/${TEST_ENCODER})
  --split S           all | dev | test: all queries, or the first / second half in id order (default all)
  --variants LIST     ';'-separated lexical variants, e.g. "decompound=0;weights=1/1/1+title=none"
                      (keys: decompound, stopwords, weights=T/S/B, title=keep|none, chunk=SIZE/OVERLAP, perdoc=N,
                      docprior=λ, unit=chunk|document; see server/src/eval/variants.ts)
  --fusion LIST       ';'-separated fusion formulas compared on one hybrid index (needs models/${TEST_ENCODER}):
                      minmax@<w> (service: LLMOIN_FUSION=score), rrf<K>@<w> (LLMOIN_FUSION=rrf is rrf60), lexical, dense
  --no-baseline       skip the bm25s baseline
  --out DIR           results folder (default eval/results)
  --no-progress       no progress bars on stderr

Writes <out>/<timestamp>-retrieval.json (metrics, config, per-query failures) and .md (tables).
LLMOIN_SHARED_DATA_DIR overrides the location of the shared data.`;

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: repoRoot(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return null;
  }
}

async function run(argv: string[]): Promise<number> {
  const [task, ...rest] = argv;
  if (task === '--help' || task === '-h' || task === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return task === undefined ? 2 : 0;
  }
  if (task !== 'retrieval') {
    process.stderr.write(`Unknown evaluation "${task}".\n${USAGE}\n`);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      dataset: { type: 'string', default: 'all' },
      limit: { type: 'string' },
      modes: { type: 'string', default: 'lexical' },
      split: { type: 'string', default: 'all' },
      variants: { type: 'string', default: '' },
      fusion: { type: 'string', default: '' },
      'no-baseline': { type: 'boolean', default: false },
      'no-progress': { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const datasetArg = values.dataset ?? 'all';
  const datasets: DatasetName[] = datasetArg === 'all' ? [...DATASET_NAMES] : datasetArg.split(',').map((name) => {
    if (!isDatasetName(name)) throw new UsageError(`unknown dataset "${name}" (${DATASET_NAMES.join(', ')}, all)`);
    return name;
  });
  const modes = (values.modes ?? 'lexical').split(',').map((mode): Mode => {
    if (mode !== 'lexical' && mode !== 'hybrid') throw new UsageError(`unknown mode "${mode}" (lexical, hybrid)`);
    return mode;
  });
  const split = values.split as Split;
  if (!['all', 'dev', 'test'].includes(split)) throw new UsageError(`unknown split "${split}" (all, dev, test)`);
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit <= 0) throw new UsageError('--limit must be a positive integer');
  }
  const variants = (values.variants ?? '').split(';').map((spec) => spec.trim()).filter(Boolean).map(parseVariant);
  const fusions = (values.fusion ?? '').split(';').map((spec) => spec.trim()).filter(Boolean).map(parseFusion);

  const root = repoRoot();
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z');
  const outDir = path.resolve(values.out ?? path.join(root, 'eval', 'results'));
  const command = `npm run eval -- ${argv.join(' ')}`;
  process.stderr.write(`shared data: ${sharedDataDir()}\n`);

  const reports: DatasetReport[] = [];
  for (const name of datasets) {
    reports.push(await evaluateDataset(name, { datasets, modes, split, limit, variants, fusions, baseline: !values['no-baseline'], progress: !values['no-progress'] }));
  }

  const commit = git(['rev-parse', 'HEAD'])?.trim() ?? null;
  const dirty = (git(['status', '--porcelain', '--', 'server/src', 'eval/baselines']) ?? '').split('\n').filter(Boolean).map((line) => line.slice(3));
  // Other work may be in progress in the tree: this hash identifies the uncommitted source state measured.
  const diff = git(['diff', 'HEAD', '--', 'server/src']);
  const sourceDiffSha256 = diff === null ? null : createHash('sha256').update(diff).digest('hex');
  const meta = { command, commit, dirty, startedAt: startedAt.toISOString() };
  fs.mkdirSync(outDir, { recursive: true });
  const jsonFile = path.join(outDir, `${stamp}-retrieval.json`);
  const markdownFile = path.join(outDir, `${stamp}-retrieval.md`);
  fs.writeFileSync(jsonFile, `${JSON.stringify({
    ...meta, sourceDiffSha256, finishedAt: new Date().toISOString(), node: process.version, k: K, sharedDataDir: sharedDataDir(),
    options: { datasets, modes, split, limit: limit ?? null, variants, fusions, baseline: !values['no-baseline'] },
    models: { hybridEmbedding: modes.includes('hybrid') || fusions.length ? TEST_ENCODER : null },
    datasets: reports,
  }, null, 1)}\n`);
  fs.writeFileSync(markdownFile, formatMarkdownReport(reports, meta));

  process.stdout.write(`${formatTextTable(reports)}\n\n${formatComparisons(reports)}\n\n`);
  for (const report of reports) {
    for (const system of report.systems) {
      if (system.status === 'unavailable') {
        process.stdout.write(`${report.label}: ${system.system === 'bm25s' ? 'baseline' : system.system} unavailable: ${system.reason ?? '?'}\n`);
      }
    }
  }
  process.stdout.write(`Results: ${path.relative(process.cwd(), jsonFile)}\n         ${path.relative(process.cwd(), markdownFile)}\n`);
  return 0;
}

class UsageError extends Error {}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`eval: ${error.message}\n${USAGE}\n`);
      process.exit(2);
    }
    const message = error instanceof MissingDataError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`eval failed: ${message}\n`);
    process.exit(1);
  },
);
