import fs from 'node:fs';
import path from 'node:path';
import { configureTransformers } from './configure-transformers';
import { ModelLoadError, type EmbeddingModel } from './embedding-model';
import { meanPoolNormalised } from './mean-pool';
import { transformers } from './transformers-runtime';

const BATCH_SIZE = 16;

type Tokenizer = Awaited<ReturnType<typeof transformers.AutoTokenizer.from_pretrained>>;
type EncoderModel = Awaited<ReturnType<typeof transformers.AutoModel.from_pretrained>>;
interface EncoderOutput {
  last_hidden_state: { data: ArrayLike<number>; dims: number[] };
}

/**
 * Sentence embeddings (mean pooling, normalised) from a transformers.js model folder on disk.
 * Tokenizer and model are called directly, with our own pooling: the feature-extraction
 * pipeline gave identical vectors 30 % slower.
 */
export class TransformersEmbeddingModel implements EmbeddingModel {
  private constructor(
    readonly modelId: string,
    readonly dimensions: number,
    private readonly tokenizer: Tokenizer,
    private readonly model: EncoderModel,
  ) {}

  static async load(options: { modelsDir: string; modelId: string; quantized?: boolean }): Promise<TransformersEmbeddingModel> {
    const { modelsDir, modelId } = options;
    const folder = path.join(modelsDir, modelId);
    if (!fs.existsSync(path.join(folder, 'config.json'))) {
      throw new ModelLoadError(modelId, `no model folder with config.json at ${folder}`);
    }
    configureTransformers(modelsDir);
    try {
      const tokenizer = await transformers.AutoTokenizer.from_pretrained(modelId);
      const model = await transformers.AutoModel.from_pretrained(modelId, { dtype: options.quantized ? 'q8' : 'fp32' });
      const probe = new TransformersEmbeddingModel(modelId, 0, tokenizer, model);
      const [vector] = await probe.embedDocuments(['Probe']);
      return new TransformersEmbeddingModel(modelId, vector?.length ?? 0, tokenizer, model);
    } catch (error) {
      throw new ModelLoadError(modelId, error instanceof Error ? error.message : String(error), { cause: error });
    }
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const vectors: number[][] = [];
    for (let i = 0; i < texts.length; i += BATCH_SIZE) {
      const inputs = this.tokenizer(texts.slice(i, i + BATCH_SIZE), { padding: true, truncation: true });
      const output = (await this.model(inputs)) as EncoderOutput;
      const hidden = output.last_hidden_state;
      vectors.push(...meanPoolNormalised(hidden.data, hidden.dims, inputs.attention_mask.data as ArrayLike<number | bigint>));
    }
    return vectors;
  }

  async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.embedDocuments([text]);
    if (!vector) throw new Error('Embedding model returned no vector');
    return vector;
  }
}
