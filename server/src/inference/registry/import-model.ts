import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { checkEmbeddingModelLoads, checkGenerationModelLoads, type LoadCheck } from './check-model-loads';
import { copyModelFolder, hashModelFolder, listModelFolder, type SourceFile } from './copy-model-folder';
import { readModelMetadata, type ModelMetadata } from './model-metadata';
import { modelIdSchema, type ModelDtype, type ModelEntry, type ModelFile, type TransformersModelEntry } from './model-manifest-schema';
import { loadModelRegistry, upsertManifestEntry, writeModelManifest } from './model-registry';
import { describeProblem, verifyModelFiles } from './verify-model-files';

/** Tasks whose load check importModel knows (reranking models are registered by hand for now). */
export type ImportableTask = 'embedding' | 'generation';

export interface ImportModelOptions {
  /** A transformers.js-layout folder on local disk, USB stick or file share (config.json, tokenizer, onnx/). */
  sourceDir: string;
  modelsDir: string;
  id: string;
  task: ImportableTask;
  licence?: string;
  description?: string;
  contextLength?: number;
  /** Which ONNX weights the service loads; default from config.json or the files present. */
  dtype?: ModelDtype;
  /** Marks a project-built fixture; default false (or the replaced entry's value). */
  testModel?: boolean;
  /** Replace an existing model with this id (folder and manifest entry). */
  force?: boolean;
  onProgress?: (event: ImportProgress) => void;
}

export type ImportProgress =
  | { phase: 'copy'; file: string; doneBytes: number; totalBytes: number }
  | { phase: 'hash' | 'verify-copy' | 'load-check' | 'register' };

export interface ImportModelResult {
  entry: TransformersModelEntry;
  /** An existing model with this id was replaced (--force). */
  replaced: boolean;
  /** The source already was the model folder; files were hashed where they lie, not copied. */
  inPlace: boolean;
  bytes: number;
  check: LoadCheck;
  warnings: string[];
  milliseconds: number;
}

/** The import was refused or failed; nothing in the models directory was changed. */
export class ModelImportError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ModelImportError';
  }
}

/**
 * Copies a model folder from local disk into `<modelsDir>/<id>`, proves that it loads (embedding:
 * one sentence; generation: two greedy tokens), records the SHA-256 of every file and then adds
 * or replaces the manifest entry atomically. The copy goes to a staging folder first, so a failed
 * import leaves the models directory as it was. Never touches the network.
 */
export async function importModel(options: ImportModelOptions): Promise<ImportModelResult> {
  const started = performance.now();
  const plan = await planImport(options);
  const files = await listModelFolder(plan.source);
  requireModelFiles(plan.source, files);
  // A replaced model keeps what the administrator recorded before unless the options say otherwise.
  const { previous } = plan;
  const metadata = await readModelMetadata(plan.source, files, {
    task: options.task,
    licence: options.licence ?? previous?.licence,
    description: options.description ?? previous?.description,
    contextLength: options.contextLength ?? previous?.contextLength,
    dtype: options.dtype ?? previous?.dtype,
  }).catch((error: unknown) => {
    throw new ModelImportError(`Cannot import ${plan.source}: ${messageOf(error)}`, { cause: error });
  });
  const parent = path.dirname(plan.destination);
  const staging = plan.inPlace ? null : path.join(parent, `_importing-${plan.id}-${randomBytes(4).toString('hex')}`);
  let replacedFolder: string | null = null;
  try {
    const recorded = staging ? await stageCopy(plan, staging, files, metadata, options) : await hashInPlace(plan.source, files, options);
    options.onProgress?.({ phase: 'load-check' });
    const check = await runLoadCheck(options.task, parent, staging ? path.basename(staging) : plan.id, metadata.dtype).catch((error: unknown) => {
      const article = options.task === 'embedding' ? 'an' : 'a';
      throw new ModelImportError(`The model in ${plan.source} does not load as ${article} ${options.task} model: ${messageOf(error)}`, { cause: error });
    });
    const testModel = options.testModel ?? previous?.testModel ?? false;
    const entry = buildEntry(plan.id, plan.id, recorded, { ...metadata, defaults: previous?.defaults ?? metadata.defaults }, testModel);

    options.onProgress?.({ phase: 'register' });
    if (staging) {
      if (plan.destinationExists) {
        replacedFolder = path.join(parent, `_replaced-${plan.id}-${randomBytes(4).toString('hex')}`);
        await fs.rename(plan.destination, replacedFolder);
      }
      await fs.rename(staging, plan.destination);
    }
    try {
      const latest = await loadModelRegistry(plan.modelsDir);
      await writeModelManifest(plan.modelsDir, upsertManifestEntry(latest.manifest, entry));
    } catch (error) {
      if (staging) await restoreAfterFailedRegister(plan.destination, staging, replacedFolder);
      replacedFolder = null;
      throw error;
    }
    const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
    const replaced = plan.existing !== undefined || (plan.destinationExists && !plan.inPlace);
    const warnings = [...metadata.warnings, ...check.warnings];
    return { entry, replaced, inPlace: plan.inPlace, bytes, check, warnings, milliseconds: performance.now() - started };
  } finally {
    if (staging) await fs.rm(staging, { recursive: true, force: true });
    if (replacedFolder) await fs.rm(replacedFolder, { recursive: true, force: true });
  }
}

interface ImportPlan {
  id: string;
  modelsDir: string;
  source: string;
  destination: string;
  destinationExists: boolean;
  /** The source is the destination folder itself: hash and register, do not copy. */
  inPlace: boolean;
  existing: ModelEntry | undefined;
  /** The existing entry when it is a local model of the same task (its fields are kept). */
  previous: TransformersModelEntry | undefined;
}

/** Checks id, source and destination before anything is written; refuses existing ids without force. */
async function planImport(options: ImportModelOptions): Promise<ImportPlan> {
  const id = modelIdSchema.safeParse(options.id);
  if (!id.success) throw new ModelImportError(`Invalid model id "${options.id}": ${id.error.issues[0]?.message ?? 'invalid'}`);
  const modelsDir = path.resolve(options.modelsDir);
  await fs.mkdir(modelsDir, { recursive: true });
  const registry = await loadModelRegistry(modelsDir);
  const source = await realFolder(options.sourceDir);
  const destination = path.join(await fs.realpath(modelsDir), id.data);
  const destinationExists = await exists(destination);
  const inPlace = destinationExists && (await fs.realpath(destination)) === source;
  if (!inPlace && (isInside(source, destination) || isInside(destination, source))) {
    throw new ModelImportError(`The source folder ${source} overlaps the destination ${destination}; import from a separate folder`);
  }
  const existing = registry.find(id.data);
  if (!options.force && existing) {
    throw new ModelImportError(`Model "${id.data}" is already registered in ${registry.manifestFile}; use --force to replace it`);
  }
  if (!options.force && destinationExists && !inPlace) {
    throw new ModelImportError(`The folder ${destination} already exists; use --force to replace it, or choose another --id`);
  }
  const previous = existing?.backend === 'transformers' && existing.task === options.task ? existing : undefined;
  return { id: id.data, modelsDir, source, destination, destinationExists, inPlace, existing, previous };
}

/** Copies into the staging folder (hashing on the way) and re-reads the copy against those hashes. */
async function stageCopy(
  plan: ImportPlan,
  staging: string,
  files: SourceFile[],
  metadata: ModelMetadata,
  options: ImportModelOptions,
): Promise<ModelFile[]> {
  const recorded = await copyModelFolder(plan.source, staging, files, (progress) => options.onProgress?.({ phase: 'copy', ...progress }));
  options.onProgress?.({ phase: 'verify-copy' });
  const problems = await verifyModelFiles(buildEntry(plan.id, path.basename(staging), recorded, metadata, false), path.dirname(staging));
  if (problems.length > 0) {
    const list = problems.map((problem) => `  - ${describeProblem(problem)}`).join('\n');
    throw new ModelImportError(`The copy differs from what was read (disk or medium error?):\n${list}`);
  }
  return recorded;
}

async function hashInPlace(folder: string, files: SourceFile[], options: ImportModelOptions): Promise<ModelFile[]> {
  options.onProgress?.({ phase: 'hash' });
  return hashModelFolder(folder, files);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function buildEntry(
  id: string,
  folder: string,
  files: TransformersModelEntry['files'],
  metadata: ModelMetadata,
  testModel: boolean,
): TransformersModelEntry {
  return {
    id,
    task: metadata.task,
    backend: 'transformers',
    path: folder,
    dtype: metadata.dtype,
    files,
    contextLength: metadata.contextLength,
    licence: metadata.licence,
    description: metadata.description,
    testModel,
    ...(metadata.defaults ? { defaults: metadata.defaults } : {}),
  };
}

function requireModelFiles(source: string, files: SourceFile[]): void {
  if (!files.some((file) => file.path === 'config.json')) {
    throw new ModelImportError(`${source} is not a transformers.js model folder: config.json is missing`);
  }
  if (!files.some((file) => file.path.startsWith('onnx/') && file.path.endsWith('.onnx'))) {
    throw new ModelImportError(`${source} has no ONNX weights (onnx/*.onnx); export the model to ONNX first`);
  }
}

async function runLoadCheck(task: ImportableTask, modelsDir: string, folder: string, dtype: ModelDtype): Promise<LoadCheck> {
  if (task === 'embedding') return checkEmbeddingModelLoads(modelsDir, folder, dtype);
  return checkGenerationModelLoads(modelsDir, folder, dtype);
}

/** Puts the folders back as they were when the manifest could not be written. */
async function restoreAfterFailedRegister(destination: string, staging: string, replacedFolder: string | null): Promise<void> {
  await fs.rename(destination, staging).catch(() => undefined);
  if (replacedFolder) await fs.rename(replacedFolder, destination).catch(() => undefined);
}

async function realFolder(folder: string): Promise<string> {
  const resolved = path.resolve(folder);
  let stat;
  try {
    stat = await fs.stat(resolved);
  } catch {
    throw new ModelImportError(`The source folder ${resolved} does not exist`);
  }
  if (!stat.isDirectory()) throw new ModelImportError(`${resolved} is not a folder`);
  return fs.realpath(resolved);
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
