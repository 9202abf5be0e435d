export {
  MANIFEST_FILE_NAME, MODEL_DTYPES, MODEL_TASKS, modelManifestSchema, type GenerationDefaults, type ModelDtype, type ModelEntry,
  type ModelFile, type ModelManifest, type ModelTask, type OpenAiCompatibleModelEntry, type TransformersModelEntry,
} from './model-manifest-schema';
export {
  loadModelRegistry, manifestPath, ModelManifestError, ModelNotRegisteredError, ModelRegistry, parseModelManifest, writeModelManifest,
} from './model-registry';
export {
  assertModelsIntact, describeProblem, ModelIntegrityError, modelFolder, sha256File, verifyModelFiles, verifyRegistry,
  type ModelFileProblem, type ModelFileProblemKind, type ModelVerification,
} from './verify-model-files';
export { importModel, ModelImportError, type ImportableTask, type ImportModelOptions, type ImportModelResult, type ImportProgress } from './import-model';
export { ModelFolderError } from './copy-model-folder';
export { verifyConfiguredModels, type ConfiguredModelIds, type ConfiguredModels, type ResolvedModel } from './configured-models';
