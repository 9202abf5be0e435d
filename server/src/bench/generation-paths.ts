import { performance } from 'node:perf_hooks';
import type { ChatMessage, TextGenerationModel } from '../inference';
import { configureTransformers } from '../inference/configure-transformers';
import { transformers } from '../inference/transformers-runtime';

/**
 * The two local generation paths timed by `npm run bench:generation` and the evaluation's
 * performance suite: raw transformers.js generate() on the calling thread (the baseline) and
 * LocalGenerationModel (worker thread), with the same chat, greedy, a forced token count.
 */

export const BENCH_GENERATOR = 'test-generator';
export const BENCH_MESSAGES: ChatMessage[] = [
  { role: 'system', content: 'Du bist ein Testmodell der Stadtverwaltung.' },
  { role: 'user', content: 'Wo melde ich mein Gewerbe an?' },
];

export type Tokenizer = Awaited<ReturnType<typeof transformers.AutoTokenizer.from_pretrained>>;
export type CausalModel = Awaited<ReturnType<typeof transformers.AutoModelForCausalLM.from_pretrained>>;

export interface GenerationSample {
  /** Start → first non-empty text (API: request sent → first content delta parsed on the client). */
  ttftMs: number;
  /** Start → last token (API: request sent → `[DONE]` parsed). */
  totalMs: number;
  tokens: number;
  text: string;
  /** Text pieces delivered (SSE content chunks, worker deltas, streamer callbacks). */
  pieces: number;
}

export function tokensPerSecond(sample: GenerationSample): number {
  return sample.tokens / (sample.totalMs / 1000);
}

/** The raw baseline's tokenizer and model, loaded from the models folder (fp32, as registered). */
export async function loadDirectGenerator(modelsDir: string, modelId = BENCH_GENERATOR): Promise<{ tokenizer: Tokenizer; model: CausalModel }> {
  configureTransformers(modelsDir);
  const tokenizer = await transformers.AutoTokenizer.from_pretrained(modelId);
  const model = await transformers.AutoModelForCausalLM.from_pretrained(modelId, { dtype: 'fp32' });
  return { tokenizer, model };
}

/** What the generation worker does, minus the worker: chat template, tokenise, generate with a TextStreamer. */
export async function directGenerate(tokenizer: Tokenizer, model: CausalModel, tokens: number, onPrep?: (ms: number) => void): Promise<GenerationSample> {
  const start = performance.now();
  const prompt = tokenizer.apply_chat_template(BENCH_MESSAGES, { add_generation_prompt: true, tokenize: false }) as string;
  const inputs = tokenizer(prompt, { add_special_tokens: false });
  const generateCalled = performance.now();
  onPrep?.(generateCalled - start);
  let first: number | null = null;
  let text = '';
  let count = 0;
  let pieces = 0;
  const streamer = new transformers.TextStreamer(tokenizer, {
    skip_prompt: true,
    skip_special_tokens: true,
    token_callback_function: () => {
      count += 1;
    },
    callback_function: (delta: string) => {
      if (!delta) return;
      if (first === null) first = performance.now();
      pieces += 1;
      text += delta;
    },
  });
  await model.generate({
    ...inputs, max_new_tokens: tokens, min_new_tokens: tokens, do_sample: false, streamer,
    stopping_criteria: [new transformers.InterruptableStoppingCriteria()],
  });
  const end = performance.now();
  return { ttftMs: (first ?? end) - generateCalled, totalMs: end - start, tokens: count, text, pieces };
}

/** The same generation through LocalGenerationModel (worker thread, postMessage per text piece), without HTTP. */
export async function workerGenerate(model: TextGenerationModel, tokens: number): Promise<GenerationSample> {
  const start = performance.now();
  let first: number | null = null;
  let text = '';
  let count = 0;
  let pieces = 0;
  const settings = { maxTokens: tokens, minTokens: tokens, temperature: 0, topP: 1, stop: [] };
  for await (const event of model.generate({ messages: BENCH_MESSAGES, settings })) {
    if (event.type === 'finish') count = event.usage.completionTokens;
    else if (event.text) {
      if (first === null) first = performance.now();
      pieces += 1;
      text += event.text;
    }
  }
  const end = performance.now();
  return { ttftMs: (first ?? end) - start, totalMs: end - start, tokens: count, text, pieces };
}
