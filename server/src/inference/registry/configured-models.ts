import type { ModelEntry, ModelTask } from './model-manifest-schema';
import { loadModelRegistry } from './model-registry';
import { ModelIntegrityError, verifyModelFiles } from './verify-model-files';

/** A configured model id after the start-up check: either a verified entry or why it cannot be used. */
export type ResolvedModel =
  | { id: string; task: ModelTask; entry: ModelEntry; error: null }
  | { id: string; task: ModelTask; entry: null; error: string };

export interface ConfiguredModelIds {
  embedding: string | null;
  generation: string | null;
}

export interface ConfiguredModels {
  /** null when no model is configured for the task. */
  embedding: ResolvedModel | null;
  generation: ResolvedModel | null;
}

/**
 * The start-up gate for the models named in the configuration. A model that is not registered
 * or registered for another task is reported per model (the service then runs degraded, as for
 * any model that fails to load). A registered model whose files differ from the manifest stops
 * the start: ModelIntegrityError lists every modified or missing file of every configured model.
 * An invalid manifest throws ModelManifestError. Unconfigured models are neither read nor hashed.
 */
export async function verifyConfiguredModels(modelsDir: string, ids: ConfiguredModelIds): Promise<ConfiguredModels> {
  if (!ids.embedding && !ids.generation) return { embedding: null, generation: null };
  const registry = await loadModelRegistry(modelsDir);
  const resolve = (id: string | null, task: ModelTask): ResolvedModel | null => {
    if (!id) return null;
    const entry = registry.find(id);
    if (!entry) {
      return { id, task, entry: null, error: `Model "${id}" is not registered in ${registry.manifestFile}; register it with: npm run models -- import <folder> --id ${id} --task ${task}` };
    }
    if (entry.task !== task) {
      return { id, task, entry: null, error: `Model "${id}" is registered as a ${entry.task} model, not as ${task === 'embedding' ? 'an' : 'a'} ${task} model (${registry.manifestFile})` };
    }
    return { id, task, entry, error: null };
  };
  const resolved: ConfiguredModels = { embedding: resolve(ids.embedding, 'embedding'), generation: resolve(ids.generation, 'generation') };
  const problems = [];
  for (const model of [resolved.embedding, resolved.generation]) {
    if (model?.entry) problems.push(...(await verifyModelFiles(model.entry, registry.modelsDir)));
  }
  if (problems.length > 0) throw new ModelIntegrityError(problems);
  return resolved;
}
