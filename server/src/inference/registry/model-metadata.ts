import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { SourceFile } from './copy-model-folder';
import type { GenerationDefaults, ModelDtype } from './model-manifest-schema';

/** The fields of config.json that the import reads; everything else is left to transformers.js. */
const configJsonSchema = z.looseObject({
  max_position_embeddings: z.number().int().positive().optional(),
  n_positions: z.number().int().positive().optional(),
  max_seq_len: z.number().int().positive().optional(),
  'transformers.js_config': z.looseObject({ dtype: z.unknown().optional() }).optional(),
});

/** The decoding fields of generation_config.json (Hugging Face names). */
const generationConfigSchema = z.looseObject({
  max_new_tokens: z.number().int().positive().optional(),
  do_sample: z.boolean().optional(),
  temperature: z.number().min(0).max(2).optional(),
  top_p: z.number().gt(0).max(1).optional(),
});

const DEFAULT_MAX_TOKENS = 512;

export interface ModelMetadata {
  task: 'embedding' | 'generation';
  dtype: ModelDtype;
  contextLength: number;
  licence: string;
  description: string;
  defaults?: GenerationDefaults;
  warnings: string[];
}

/** Options the administrator gave; anything missing is read from the folder's own files. */
export interface MetadataOptions {
  task: 'embedding' | 'generation';
  licence?: string;
  description?: string;
  contextLength?: number;
  dtype?: ModelDtype;
}

/**
 * Fills in the manifest fields of an imported model: dtype (option, config.json's
 * transformers.js_config, or the weight files present), context length (option or config.json),
 * licence (option or the model card's `license:` front matter), generation defaults from
 * generation_config.json. Files are parsed through zod, never trusted as they are.
 */
export async function readModelMetadata(source: string, files: SourceFile[], options: MetadataOptions): Promise<ModelMetadata> {
  const warnings: string[] = [];
  const config = await readJson(source, 'config.json', configJsonSchema);
  if (!config) throw new Error(`${path.join(source, 'config.json')} is not a valid JSON object`);
  const names = new Set(files.map((file) => file.path));
  const dtype = options.dtype ?? defaultDtype(config['transformers.js_config']?.dtype, names);
  const weights = dtype === 'q8' ? ['onnx/model_quantized.onnx', 'onnx/decoder_model_merged_quantized.onnx'] : ['onnx/model.onnx', 'onnx/decoder_model_merged.onnx'];
  if (!weights.some((file) => names.has(file))) {
    throw new Error(`dtype ${dtype} needs ${weights.join(' or ')}, which the folder does not contain; pass --dtype`);
  }
  const contextLength = options.contextLength ?? config.max_position_embeddings ?? config.n_positions ?? config.max_seq_len;
  if (!contextLength) throw new Error('config.json names no context length (max_position_embeddings); pass --context-length');
  let licence = options.licence?.trim() || (names.has('README.md') ? await licenceFromModelCard(path.join(source, 'README.md')) : null);
  if (!licence) {
    licence = 'unknown';
    warnings.push('no licence given or found in README.md; recorded as "unknown" (pass --licence)');
  }
  const description = options.description?.trim() || `Imported from ${path.basename(source)} on ${new Date().toISOString().slice(0, 10)}`;
  if (options.task !== 'generation') return { task: options.task, dtype, contextLength, licence, description, warnings };
  const generation = names.has('generation_config.json') ? await readJson(source, 'generation_config.json', generationConfigSchema) : null;
  const sampling = generation?.do_sample === true;
  const defaults: GenerationDefaults = {
    maxTokens: Math.min(generation?.max_new_tokens ?? DEFAULT_MAX_TOKENS, contextLength),
    temperature: sampling ? (generation?.temperature ?? 1) : 0,
    topP: sampling ? (generation?.top_p ?? 1) : 1,
    stop: [],
  };
  return { task: options.task, dtype, contextLength, licence, description, defaults, warnings };
}

function defaultDtype(configured: unknown, names: Set<string>): ModelDtype {
  if (configured === 'fp32' || configured === 'q8') return configured;
  if (names.has('onnx/model.onnx') || names.has('onnx/decoder_model_merged.onnx')) return 'fp32';
  return 'q8';
}

async function readJson<T extends z.ZodType>(folder: string, name: string, schema: T): Promise<z.infer<T> | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(path.join(folder, name), 'utf8'));
  } catch {
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path.join(folder, name)}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  return parsed.data;
}

/** Hugging Face model cards start with YAML front matter such as `license: apache-2.0`. */
async function licenceFromModelCard(file: string): Promise<string | null> {
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  const match = frontMatter ? /^license:\s*["']?([^"'\r\n]+?)["']?\s*$/m.exec(frontMatter) : null;
  return match?.[1]?.trim() || null;
}
