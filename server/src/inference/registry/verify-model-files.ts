import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ModelEntry, ModelFile } from './model-manifest-schema';
import { loadModelRegistry, type ModelRegistry } from './model-registry';

/** Read size for hashing: large reads keep SHA-256 near memory speed (~0.8 GB/s measured). */
const HASH_CHUNK_BYTES = 4 * 1024 * 1024;

export type ModelFileProblemKind = 'missing' | 'not-a-file' | 'unreadable' | 'size-mismatch' | 'sha256-mismatch';

/** One file of a registered model that is not exactly as recorded in the manifest. */
export interface ModelFileProblem {
  modelId: string;
  kind: ModelFileProblemKind;
  /** Absolute path of the file. */
  file: string;
  /** Path inside the model folder, as in the manifest. */
  relativePath: string;
  expected?: string;
  actual?: string;
}

/** Result of checking one model. Remote (openai-compatible) models have no files: `checked` is false. */
export interface ModelVerification {
  entry: ModelEntry;
  checked: boolean;
  problems: ModelFileProblem[];
  files: number;
  bytes: number;
  milliseconds: number;
}

/**
 * Registered model files differ from their recorded checksums. The service refuses to load
 * such a model: a modified weight file can change every answer without anyone noticing.
 */
export class ModelIntegrityError extends Error {
  constructor(readonly problems: ModelFileProblem[]) {
    const models = [...new Set(problems.map((problem) => problem.modelId))].join(', ');
    super(
      `Model files were modified or are missing (${models}); the service refuses to load them:\n` +
        `${problems.map((problem) => `  - ${describeProblem(problem)}`).join('\n')}\n` +
        'Restore the original files, or re-import the model from a trusted copy with: npm run models -- import <folder> --id <id> --task <task> --force',
    );
    this.name = 'ModelIntegrityError';
  }
}

/** One line per problem, always naming the absolute file path. */
export function describeProblem(problem: ModelFileProblem): string {
  switch (problem.kind) {
    case 'missing':
      return `${problem.file}: missing`;
    case 'not-a-file':
      return `${problem.file}: not a regular file`;
    case 'unreadable':
      return `${problem.file}: cannot be read (${problem.actual ?? 'unknown error'})`;
    case 'size-mismatch':
      return `${problem.file}: modified (size ${problem.actual ?? '?'} bytes, recorded ${problem.expected ?? '?'} bytes)`;
    case 'sha256-mismatch':
      return `${problem.file}: modified (sha256 ${problem.actual ?? '?'}, recorded ${problem.expected ?? '?'})`;
  }
}

/** Streams a file through SHA-256; memory use stays at one read buffer whatever the file size. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: HASH_CHUNK_BYTES })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Absolute folder of a transformers model inside the models directory. */
export function modelFolder(modelsDir: string, entry: Extract<ModelEntry, { backend: 'transformers' }>): string {
  return path.join(path.resolve(modelsDir), ...entry.path.split('/'));
}

/**
 * Checks every file of one model: present, a regular file, the recorded size and (unless `quick`)
 * the recorded SHA-256. Sizes are checked first so a truncated file is reported without hashing.
 * Returns the problems; an empty list means the files are exactly as recorded.
 */
export async function verifyModelFiles(
  entry: ModelEntry,
  modelsDir: string,
  options: { quick?: boolean } = {},
): Promise<ModelFileProblem[]> {
  if (entry.backend !== 'transformers') return [];
  const folder = modelFolder(modelsDir, entry);
  const problems: ModelFileProblem[] = [];
  for (const file of entry.files) {
    const problem = await verifyOneFile(entry.id, folder, file, options.quick ?? false);
    if (problem) problems.push(problem);
  }
  return problems;
}

async function verifyOneFile(modelId: string, folder: string, file: ModelFile, quick: boolean): Promise<ModelFileProblem | null> {
  const absolute = path.join(folder, ...file.path.split('/'));
  const base = { modelId, file: absolute, relativePath: file.path };
  let stat;
  try {
    stat = await fs.stat(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ...base, kind: 'missing' };
    return { ...base, kind: 'unreadable', actual: errorMessage(error) };
  }
  if (!stat.isFile()) return { ...base, kind: 'not-a-file' };
  if (stat.size !== file.bytes) return { ...base, kind: 'size-mismatch', expected: String(file.bytes), actual: String(stat.size) };
  if (quick) return null;
  let actual: string;
  try {
    actual = await sha256File(absolute);
  } catch (error) {
    return { ...base, kind: 'unreadable', actual: errorMessage(error) };
  }
  return actual === file.sha256 ? null : { ...base, kind: 'sha256-mismatch', expected: file.sha256, actual };
}

/** Verifies the given models of a registry (default: all), one after the other. */
export async function verifyRegistry(
  registry: ModelRegistry,
  options: { ids?: string[]; quick?: boolean } = {},
): Promise<ModelVerification[]> {
  const entries = options.ids ? options.ids.map((id) => registry.get(id)) : [...registry.entries];
  const results: ModelVerification[] = [];
  for (const entry of entries) {
    const started = performance.now();
    const problems = await verifyModelFiles(entry, registry.modelsDir, options);
    const files = entry.backend === 'transformers' ? entry.files : [];
    results.push({
      entry,
      checked: entry.backend === 'transformers',
      problems,
      files: files.length,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      milliseconds: performance.now() - started,
    });
  }
  return results;
}

/**
 * The start-up gate: loads the registry, requires every given id to be registered and its files
 * to match their checksums. Throws ModelNotRegisteredError, ModelManifestError or
 * ModelIntegrityError (all problems of all models at once); returns the entries otherwise.
 */
export async function assertModelsIntact(modelsDir: string, ids: string[]): Promise<ModelEntry[]> {
  const registry = await loadModelRegistry(modelsDir);
  const entries = ids.map((id) => registry.get(id));
  const results = await verifyRegistry(registry, { ids });
  const problems = results.flatMap((result) => result.problems);
  if (problems.length > 0) throw new ModelIntegrityError(problems);
  return entries;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
