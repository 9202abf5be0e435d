import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config';
import {
  describeProblem, importModel, loadModelRegistry, MODEL_DTYPES, verifyRegistry, type ImportableTask, type ModelDtype, type ModelVerification,
} from '../inference/registry';

const USAGE = `Usage: npm run models -- <command> [options]

Commands:
  list [--quick]             Registered models: id, task, backend, size, test model, verified.
                             Verifies every checksum (--quick: presence and sizes only).
  verify [id ...]            Checks every file of all (or the named) models against models.json.
                             Exit code 1 when a file is missing or was modified.
  import <folder> --id ID --task embedding|generation
         [--licence TEXT] [--context-length N] [--description TEXT] [--dtype fp32|q8]
         [--test-model] [--force]
                             Copies a transformers.js model folder (config.json, tokenizer, onnx/)
                             from local disk into the models directory, checks that it loads,
                             records the checksums and registers it. --force replaces an existing id.

Options:
  --models-dir DIR           models directory (default: LLMOIN_MODELS_DIR, else ./models)
  -h, --help                 this text

Nothing is downloaded; the service loads only registered models whose files match models.json.`;

class UsageError extends Error {}

/** `npm run models -- list | verify | import`: the administrator's view of models/models.json. */
async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (command || values.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const modelsDir = values['models-dir'] ?? loadConfig().modelsDir;
  switch (command) {
    case 'list':
      return listModels(modelsDir, values.quick ?? false);
    case 'verify':
      return verifyModels(modelsDir, rest);
    case 'import': {
      const [sourceDir, ...extra] = rest;
      if (!sourceDir || extra.length > 0) throw new UsageError('import needs exactly one source folder');
      if (!values.id) throw new UsageError('import needs --id');
      return runImport({
        sourceDir, modelsDir, id: values.id, task: parseTask(values.task), licence: values.licence, description: values.description,
        contextLength: parseContextLength(values['context-length']), dtype: parseDtype(values.dtype),
        testModel: values['test-model'], force: values.force ?? false,
      });
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv, allowPositionals: true,
      options: {
        id: { type: 'string' }, task: { type: 'string' }, licence: { type: 'string' }, description: { type: 'string' },
        'context-length': { type: 'string' }, dtype: { type: 'string' }, 'test-model': { type: 'boolean' }, force: { type: 'boolean' },
        quick: { type: 'boolean' }, 'models-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function listModels(modelsDir: string, quick: boolean): Promise<number> {
  const registry = await loadModelRegistry(modelsDir);
  if (registry.entries.length === 0) {
    process.stdout.write(`No models registered in ${registry.manifestFile}${registry.manifestExists ? '' : ' (file does not exist)'}.\n`);
    return 0;
  }
  const results = await verifyRegistry(registry, { quick });
  const rows = results.map((result) => [
    result.entry.id, result.entry.task, result.entry.backend,
    result.checked ? formatBytes(result.bytes) : '-',
    result.entry.testModel ? 'yes' : 'no',
    verifiedLabel(result, quick),
  ]);
  process.stdout.write(`${formatTable(['ID', 'TASK', 'BACKEND', 'SIZE', 'TEST MODEL', 'VERIFIED'], rows)}\n`);
  process.stdout.write(`Manifest: ${registry.manifestFile}\n`);
  if (results.some((result) => result.problems.length > 0)) process.stdout.write('Run "npm run models -- verify" for the files concerned.\n');
  return 0;
}

function verifiedLabel(result: ModelVerification, quick: boolean): string {
  if (!result.checked) return 'remote';
  if (result.problems.length > 0) return `NO (${result.problems.length} file${result.problems.length === 1 ? '' : 's'})`;
  return quick ? 'sizes ok' : 'yes';
}

async function verifyModels(modelsDir: string, ids: string[]): Promise<number> {
  const registry = await loadModelRegistry(modelsDir);
  const started = performance.now();
  const results = await verifyRegistry(registry, { ids: ids.length > 0 ? ids : undefined });
  if (results.length === 0) {
    process.stdout.write(`No models registered in ${registry.manifestFile}.\n`);
    return 0;
  }
  for (const result of results) {
    const detail = result.checked ? `${result.files} files, ${formatBytes(result.bytes)}, ${result.milliseconds.toFixed(0)} ms` : 'remote model, no local files';
    process.stdout.write(`${result.entry.id.padEnd(24)} ${result.problems.length > 0 ? 'MODIFIED' : 'ok      '} ${detail}\n`);
    for (const problem of result.problems) process.stdout.write(`  - ${describeProblem(problem)}\n`);
  }
  const failed = results.filter((result) => result.problems.length > 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (failed.length === 0) {
    process.stdout.write(`All ${results.length} model${results.length === 1 ? '' : 's'} match ${registry.manifestFile} (${seconds} s).\n`);
    return 0;
  }
  process.stderr.write(
    `${failed.length} of ${results.length} models have missing or modified files; the service refuses to load them. ` +
      'Restore the original files, or re-import from a trusted copy with --force.\n',
  );
  return 1;
}

async function runImport(options: Parameters<typeof importModel>[0]): Promise<number> {
  const bar = new SingleBar({ format: 'Copy |{bar}| {percentage}% | {file}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  let copying = false;
  const phases: Record<string, string> = {
    hash: 'Hashing files in place …', 'verify-copy': 'Verifying the copy …', 'load-check': 'Checking that the model loads …', register: 'Registering …',
  };
  try {
    const result = await importModel({
      ...options,
      onProgress: (event) => {
        if (event.phase === 'copy') {
          if (!copying) bar.start(Math.max(event.totalBytes, 1), 0, { file: '' });
          copying = true;
          bar.update(event.doneBytes, { file: event.file });
          return;
        }
        if (copying) bar.stop();
        copying = false;
        process.stderr.write(`${phases[event.phase] ?? event.phase}\n`);
      },
    });
    const { entry, check } = result;
    const lines = [
      `${result.replaced ? 'Replaced' : 'Imported'} model "${entry.id}" (${entry.task}, ${entry.dtype}) ${result.inPlace ? 'in place' : `into ${entry.path}/`}`,
      `Files:    ${entry.files.length} recorded, ${formatBytes(result.bytes)}`,
      ...(check.dimensions !== undefined ? [`Check:    embedded a test sentence (${check.dimensions} dimensions)`] : []),
      ...(check.sample !== undefined ? [`Check:    generated 2 greedy tokens: ${JSON.stringify(check.sample)}`] : []),
      `Context:  ${entry.contextLength} tokens   Licence: ${entry.licence}`,
      ...result.warnings.map((warning) => `Warning:  ${warning}`),
      `Time:     ${(result.milliseconds / 1000).toFixed(1)} s`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    if (copying) bar.stop();
  }
}

function parseTask(value: string | undefined): ImportableTask {
  if (value === 'embedding' || value === 'generation') return value;
  throw new UsageError(value ? `--task must be embedding or generation, not "${value}"` : 'import needs --task embedding|generation');
}

function parseDtype(value: string | undefined): ModelDtype | undefined {
  if (value === undefined) return undefined;
  const dtype = MODEL_DTYPES.find((candidate) => candidate === value);
  if (!dtype) throw new UsageError(`--dtype must be ${MODEL_DTYPES.join(' or ')}, not "${value}"`);
  return dtype;
}

function parseContextLength(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new UsageError(`--context-length must be a positive integer, not "${value}"`);
  return number;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit] ?? 'TiB'}`;
}

function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      process.exit(2);
    }
    process.stderr.write(`models failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
