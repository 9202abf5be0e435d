import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  formatIssuePath,
  MANIFEST_FILE_NAME,
  modelManifestSchema,
  type ModelEntry,
  type ModelManifest,
  type ModelTask,
} from './model-manifest-schema';

/** The manifest cannot be read or does not match the schema; lists every problem with its field. */
export class ModelManifestError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
    options?: { cause?: unknown },
  ) {
    super(`Model manifest ${file} is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`, options);
    this.name = 'ModelManifestError';
  }
}

/** A model was asked for by id (configuration, CLI) but the manifest does not list it. */
export class ModelNotRegisteredError extends Error {
  constructor(
    readonly modelId: string,
    readonly manifestFile: string,
  ) {
    super(
      `Model "${modelId}" is not registered in ${manifestFile}; only registered models with recorded checksums are loaded. ` +
        `Register it with: npm run models -- import <folder> --id ${modelId} --task <embedding|generation>`,
    );
    this.name = 'ModelNotRegisteredError';
  }
}

/**
 * The parsed manifest of one models directory. Read-only: changes go through
 * `writeModelManifest` so that the file is always replaced atomically.
 */
export class ModelRegistry {
  constructor(
    readonly modelsDir: string,
    readonly manifestFile: string,
    readonly manifest: ModelManifest,
    /** False when the models directory has no manifest yet (an empty registry). */
    readonly manifestExists: boolean,
  ) {}

  get entries(): readonly ModelEntry[] {
    return this.manifest.models;
  }

  find(id: string): ModelEntry | undefined {
    return this.manifest.models.find((entry) => entry.id === id);
  }

  /** Like find, but a missing id is an error that tells the administrator how to register it. */
  get(id: string): ModelEntry {
    const entry = this.find(id);
    if (!entry) throw new ModelNotRegisteredError(id, this.manifestFile);
    return entry;
  }

  byTask(task: ModelTask): ModelEntry[] {
    return this.manifest.models.filter((entry) => entry.task === task);
  }
}

/** An empty manifest, used when a models directory has none yet. */
export function emptyManifest(): ModelManifest {
  return { schemaVersion: 1, models: [] };
}

/**
 * Parses manifest text through the zod schema (never JSON.parse-and-trust). Issue paths name the
 * model id as well, e.g. `models[1] (test-generator).files[0].sha256: must be 64 …`.
 */
export function parseModelManifest(text: string, file: string): ModelManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ModelManifestError(file, [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`], { cause: error });
  }
  const parsed = modelManifestSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new ModelManifestError(
    file,
    parsed.error.issues.map((issue) => `${describePath(raw, issue.path)}: ${issue.message}`),
  );
}

function describePath(raw: unknown, issuePath: ReadonlyArray<PropertyKey>): string {
  const text = formatIssuePath(issuePath);
  const [first, index] = issuePath;
  if (first !== 'models' || typeof index !== 'number' || typeof raw !== 'object' || raw === null) return text;
  const models = (raw as { models?: unknown }).models;
  const model: unknown = Array.isArray(models) ? models[index] : undefined;
  const id = typeof model === 'object' && model !== null ? (model as { id?: unknown }).id : undefined;
  if (typeof id !== 'string') return text;
  const prefix = `models[${index}]`;
  return `${prefix} (${id})${text.slice(prefix.length)}`;
}

/** Path of the manifest in a models directory. */
export function manifestPath(modelsDir: string): string {
  return path.join(path.resolve(modelsDir), MANIFEST_FILE_NAME);
}

/**
 * Reads `<modelsDir>/models.json`. A missing file gives an empty registry (so that a configured
 * model is then reported as not registered); an unreadable or invalid file is an error.
 */
export async function loadModelRegistry(modelsDir: string): Promise<ModelRegistry> {
  const directory = path.resolve(modelsDir);
  const file = manifestPath(directory);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new ModelRegistry(directory, file, emptyManifest(), false);
    throw new ModelManifestError(file, [`cannot be read: ${error instanceof Error ? error.message : String(error)}`], { cause: error });
  }
  return new ModelRegistry(directory, file, parseModelManifest(text, file), true);
}

/**
 * Replaces the manifest atomically: the new content is validated, written to a temporary file
 * beside it, flushed to disk and renamed over the old one, so readers never see a half-written file.
 */
export async function writeModelManifest(modelsDir: string, manifest: ModelManifest): Promise<void> {
  const file = manifestPath(modelsDir);
  const checked = modelManifestSchema.safeParse(manifest);
  if (!checked.success) {
    throw new ModelManifestError(file, checked.error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`));
  }
  const temporary = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const handle = await fs.open(temporary, 'wx', 0o644);
  try {
    await handle.writeFile(`${JSON.stringify(checked.data, null, 2)}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(path.dirname(file));
}

/** Flushes a directory entry change (the rename) where the platform allows it. */
export async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await fs.open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported on every platform or file system; the rename itself is still atomic.
  }
}

/** Inserts or replaces (same id, same position) one entry, returning a new manifest. */
export function upsertManifestEntry(manifest: ModelManifest, entry: ModelEntry): ModelManifest {
  const index = manifest.models.findIndex((existing) => existing.id === entry.id);
  const models = [...manifest.models];
  if (index === -1) models.push(entry);
  else models[index] = entry;
  return { ...manifest, models };
}
