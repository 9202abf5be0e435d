import fs from 'node:fs';
import path from 'node:path';
import { configureTransformers } from './configure-transformers';
import { ModelLoadError, type EmbeddingModel } from './embedding-model';
import { transformers, type FeatureExtractionPipeline } from './transformers-runtime';

const BATCH_SIZE = 16;

/** Sentence embeddings (mean pooling, normalised) from a transformers.js model folder on disk. */
export class TransformersEmbeddingModel implements EmbeddingModel {
  private constructor(
    readonly modelId: string,
    readonly dimensions: number,
    private readonly extractor: FeatureExtractionPipeline,
  ) {}

  static async load(options: { modelsDir: string; modelId: string; quantized?: boolean }): Promise<TransformersEmbeddingModel> {
    const { modelsDir, modelId } = options;
    const folder = path.join(modelsDir, modelId);
    if (!fs.existsSync(path.join(folder, 'config.json'))) {
      throw new ModelLoadError(modelId, `no model folder with config.json at ${folder}`);
    }
    configureTransformers(modelsDir);
    try {
      const extractor = await transformers.pipeline('feature-extraction', modelId, { dtype: options.quantized ? 'q8' : 'fp32' });
      const probe = await extractor('Probe', { pooling: 'mean', normalize: true });
      return new TransformersEmbeddingModel(modelId, probe.dims.at(-1) ?? 0, extractor);
    } catch (error) {
      throw new ModelLoadError(modelId, error instanceof Error ? error.message : String(error), { cause: error });
    }
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const vectors: number[][] = [];
    for (let i = 0; i < texts.length; i += BATCH_SIZE) {
      const output = await this.extractor(texts.slice(i, i + BATCH_SIZE), { pooling: 'mean', normalize: true });
      vectors.push(...(output.tolist() as number[][]));
    }
    return vectors;
  }

  async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.embedDocuments([text]);
    if (!vector) throw new Error('Embedding model returned no vector');
    return vector;
  }
}
