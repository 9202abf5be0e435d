export { type EmbeddingModel, ModelLoadError } from './embedding-model';
export { TransformersEmbeddingModel } from './transformers-embedding-model';
export { configureTransformers } from './configure-transformers';
