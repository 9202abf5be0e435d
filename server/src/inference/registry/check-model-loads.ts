import { configureTransformers } from '../configure-transformers';
import { TransformersEmbeddingModel } from '../transformers-embedding-model';
import { transformers } from '../transformers-runtime';
import type { ModelDtype } from './model-manifest-schema';

const PROBE_SENTENCE = 'Die Anmeldung nach einem Umzug ist innerhalb von zwei Wochen bei der Meldebehörde vorzunehmen.';
const PROBE_QUESTION = 'Wo melde ich mein Gewerbe an?';

/** What a successful load check found out about the model. */
export interface LoadCheck {
  /** Embedding width (embedding models). */
  dimensions?: number;
  /** The greedy tokens generated from the probe prompt (generation models). */
  sample?: string;
  warnings: string[];
}

/**
 * Loads an embedding model folder exactly as the service does (TransformersEmbeddingModel,
 * local files only) and embeds one German sentence; the vector must be finite and unit length.
 * `folder` is the folder name under `modelsDir`.
 */
export async function checkEmbeddingModelLoads(modelsDir: string, folder: string, dtype: ModelDtype): Promise<LoadCheck> {
  const model = await TransformersEmbeddingModel.load({ modelsDir, modelId: folder, quantized: dtype === 'q8' });
  const vector = await model.embedQuery(PROBE_SENTENCE);
  if (vector.length === 0 || vector.length !== model.dimensions) {
    throw new Error(`embedding has ${vector.length} dimensions, expected ${model.dimensions}`);
  }
  if (!vector.every(Number.isFinite)) throw new Error('embedding contains NaN or infinite values');
  const norm = Math.hypot(...vector);
  if (Math.abs(norm - 1) > 1e-3) throw new Error(`embedding is not normalised (length ${norm.toFixed(4)})`);
  return { dimensions: model.dimensions, warnings: [] };
}

/**
 * Loads tokenizer and causal LM through the one transformers.js configuration and generates two
 * greedy tokens. The prompt goes through the chat template when the model has one (the service
 * sends chat messages); a model without one loads but is reported with a warning.
 */
export async function checkGenerationModelLoads(modelsDir: string, folder: string, dtype: ModelDtype): Promise<LoadCheck> {
  configureTransformers(modelsDir);
  const warnings: string[] = [];
  const tokenizer = await transformers.AutoTokenizer.from_pretrained(folder);
  const model = await transformers.AutoModelForCausalLM.from_pretrained(folder, { dtype });
  try {
    let prompt: string;
    try {
      prompt = tokenizer.apply_chat_template([{ role: 'user', content: PROBE_QUESTION }], { add_generation_prompt: true, tokenize: false }) as string;
    } catch (error) {
      warnings.push(`no usable chat template (${error instanceof Error ? error.message : String(error)}); chat requests will fail`);
      prompt = PROBE_QUESTION;
    }
    const inputs = tokenizer(prompt, { add_special_tokens: false });
    const promptTokens = Number(inputs.input_ids.dims.at(-1) ?? 0);
    const output = await model.generate({ ...inputs, max_new_tokens: 2, do_sample: false });
    if (!(output instanceof transformers.Tensor)) throw new Error('generate() returned no token ids');
    const [ids] = output.tolist() as Array<Array<number | bigint>>;
    if (!ids || ids.length < promptTokens) throw new Error('generate() returned fewer ids than the prompt');
    const generated = ids.slice(promptTokens).map(Number);
    if (generated.length === 0) warnings.push('the model stopped at once (end-of-sequence as first token)');
    return { sample: tokenizer.decode(generated, { skip_special_tokens: true }), warnings };
  } finally {
    await model.dispose();
  }
}
