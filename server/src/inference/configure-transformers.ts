import { transformers, type TransformersEnvironment } from './transformers-runtime';

/**
 * The one place transformers.js is configured: models come from the local models directory
 * only; remote loading is off so nothing is ever fetched from a hub.
 */
export function configureTransformers(modelsDir: string): TransformersEnvironment {
  const { env } = transformers;
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = modelsDir.endsWith('/') ? modelsDir : `${modelsDir}/`;
  env.useBrowserCache = false;
  env.useFSCache = false;
  return env;
}
