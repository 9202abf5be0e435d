import { z } from 'zod';

/** What a registered model is used for; the service picks models per task. */
export const MODEL_TASKS = ['embedding', 'generation', 'reranking'] as const;
export type ModelTask = (typeof MODEL_TASKS)[number];

/** The ONNX weight variants transformers.js loads (`onnx/model.onnx` or `onnx/model_quantized.onnx`). */
export const MODEL_DTYPES = ['fp32', 'q8'] as const;
export type ModelDtype = (typeof MODEL_DTYPES)[number];

/** File name of the manifest inside the models directory (`LLMOIN_MODELS_DIR`). */
export const MANIFEST_FILE_NAME = 'models.json';

const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

/**
 * Model ids double as folder names under the models directory, so they are restricted to
 * characters that are safe in paths and in environment variables.
 */
export const modelIdSchema = z
  .string()
  .regex(MODEL_ID, 'must be 1–100 letters, digits, ".", "_" or "-", starting with a letter or digit');

/** True when `value` is a relative, forward-slash path that stays inside its base folder. */
export function isContainedRelativePath(value: string): boolean {
  if (value === '' || value.startsWith('/') || value.includes('\\') || /^[A-Za-z]:/.test(value)) return false;
  return value.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

const relativePathSchema = z
  .string()
  .refine(isContainedRelativePath, 'must be a relative path with "/" separators and no "." or ".." segments');

const modelFileSchema = z.strictObject({
  path: relativePathSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hexadecimal digits'),
  bytes: z.number().int().min(0),
});

/** Decoding defaults of a generation model; requests may override them within limits. */
const generationDefaultsSchema = z.strictObject({
  maxTokens: z.number().int().positive(),
  temperature: z.number().min(0).max(2),
  topP: z.number().gt(0).max(1),
  stop: z.array(z.string().min(1)).default([]),
});

const identityFields = {
  id: modelIdSchema,
  task: z.enum(MODEL_TASKS),
};

const descriptiveFields = {
  contextLength: z.number().int().positive(),
  licence: z.string().trim().min(1),
  description: z.string().default(''),
  testModel: z.boolean(),
  defaults: generationDefaultsSchema.optional(),
};

// Key order here is the order in which writeModelManifest writes the file (files last: long).
const transformersEntrySchema = z.strictObject({
  ...identityFields,
  backend: z.literal('transformers'),
  path: relativePathSchema,
  dtype: z.enum(MODEL_DTYPES),
  ...descriptiveFields,
  files: z.array(modelFileSchema).min(1, 'must list at least config.json and one .onnx file'),
});

const openAiCompatibleEntrySchema = z.strictObject({
  ...identityFields,
  backend: z.literal('openai-compatible'),
  baseUrl: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .refine((value) => !/^[a-z]+:\/\/[^/]*@/i.test(value), 'must not contain credentials; name an environment variable in apiKeyEnv'),
  remoteModel: z.string().trim().min(1),
  apiKeyEnv: z.string().regex(ENV_NAME, 'must be the NAME of an environment variable (A–Z, 0–9, _), never the key itself').optional(),
  ...descriptiveFields,
});

const modelEntrySchema = z
  .discriminatedUnion('backend', [transformersEntrySchema, openAiCompatibleEntrySchema])
  .superRefine((entry, context) => {
    if (entry.task === 'generation' && !entry.defaults) {
      context.addIssue({ code: 'custom', path: ['defaults'], message: 'generation models need defaults {maxTokens, temperature, topP, stop}' });
    }
    if (entry.task !== 'generation' && entry.defaults) {
      context.addIssue({ code: 'custom', path: ['defaults'], message: 'only generation models take defaults' });
    }
    if (entry.backend !== 'transformers') return;
    const seen = new Set<string>();
    entry.files.forEach((file, index) => {
      if (seen.has(file.path)) context.addIssue({ code: 'custom', path: ['files', index, 'path'], message: `"${file.path}" is listed twice` });
      seen.add(file.path);
    });
    if (!seen.has('config.json')) context.addIssue({ code: 'custom', path: ['files'], message: 'must list config.json' });
    if (![...seen].some((file) => file.endsWith('.onnx'))) context.addIssue({ code: 'custom', path: ['files'], message: 'must list at least one .onnx file' });
  });

/**
 * `models/models.json`: every model the service may load, with the checksum of every file.
 * Strict objects, so a misspelt key is reported instead of silently ignored.
 */
export const modelManifestSchema = z
  .strictObject({
    $comment: z.string().optional(),
    schemaVersion: z.literal(1),
    models: z.array(modelEntrySchema),
  })
  .superRefine((manifest, context) => {
    const seen = new Set<string>();
    manifest.models.forEach((entry, index) => {
      if (seen.has(entry.id)) context.addIssue({ code: 'custom', path: ['models', index, 'id'], message: `duplicate model id "${entry.id}"` });
      seen.add(entry.id);
    });
  });

export type ModelManifest = z.infer<typeof modelManifestSchema>;
export type ModelEntry = ModelManifest['models'][number];
export type TransformersModelEntry = Extract<ModelEntry, { backend: 'transformers' }>;
export type OpenAiCompatibleModelEntry = Extract<ModelEntry, { backend: 'openai-compatible' }>;
export type ModelFile = TransformersModelEntry['files'][number];
export type GenerationDefaults = z.infer<typeof generationDefaultsSchema>;

/** Formats a zod issue path like `models[1].files[0].sha256`, the way an administrator reads the file. */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text ? `.${String(segment)}` : String(segment);
  }
  return text || '(root)';
}
