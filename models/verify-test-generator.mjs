#!/usr/bin/env node
// Verifies the LLMoin TEST generator (models/test-generator) with the real inference stack:
// @huggingface/transformers AutoTokenizer + AutoModelForCausalLM.generate (greedy, KV cache)
// and the text-generation pipeline, offline, against the PyTorch greedy reference in
// reference.json (token-for-token identity).
//
// Usage: node models/verify-test-generator.mjs [modelsRoot] [modelId]
//   defaults: modelsRoot = the folder of this script, modelId = 'test-generator'
// Exit code 0 when every fp32 check passes, 1 otherwise (q8 differences are reported only).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AutoModelForCausalLM, AutoTokenizer, env, pipeline } from '@huggingface/transformers';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(process.argv[2] ?? here);
const modelId = process.argv[3] ?? 'test-generator';

env.allowRemoteModels = false;
env.allowLocalModels = true;
env.localModelPath = root;

const ref = JSON.parse(readFileSync(path.join(root, modelId, 'reference.json'), 'utf8'));
let ok = true;
const fail = (msg) => {
  ok = false;
  console.log(`FAIL ${msg}`);
};
const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);

const tokenizer = await AutoTokenizer.from_pretrained(modelId);

// prompt text (chat template) and prompt ids must match the Python side
const prompts = ref.prompts.map((p) => {
  const text =
    p.kind === 'chat'
      ? tokenizer.apply_chat_template(p.messages, { add_generation_prompt: true, tokenize: false })
      : p.text;
  if (text !== p.prompt_text) fail(`prompt text differs: ${JSON.stringify(text)} vs ${JSON.stringify(p.prompt_text)}`);
  const ids = tokenizer.encode(text, { add_special_tokens: false });
  if (!same(ids, p.prompt_ids)) fail(`prompt ids differ for ${JSON.stringify(text)}: ${ids} vs ${p.prompt_ids}`);
  return { ...p, text };
});
console.log(`tokenizer ok: ${prompts.length} prompts, chat template and ids identical to Python`);

for (const dtype of ['fp32', 'q8']) {
  const t0 = performance.now();
  const model = await AutoModelForCausalLM.from_pretrained(modelId, { dtype });
  const loadMs = performance.now() - t0;
  let identical = 0;
  const t1 = performance.now();
  for (const p of prompts) {
    const inputs = tokenizer(p.text, { add_special_tokens: false });
    const out = await model.generate({ ...inputs, max_new_tokens: ref.max_new_tokens, do_sample: false });
    const all = out.tolist()[0].map(Number);
    const newIds = all.slice(p.prompt_ids.length);
    const expected = dtype === 'fp32' ? p.new_ids : p.onnx_q8_new_ids;
    const hit = same(newIds, expected);
    identical += hit ? 1 : 0;
    console.log(
      `${dtype}: ${JSON.stringify(p.text.slice(-40))} -> ${JSON.stringify(tokenizer.decode(newIds))} ` +
        `[${newIds.length} ids] ${hit ? 'identical' : `DIFFERENT expected ${JSON.stringify(expected)} got ${JSON.stringify(newIds)}`}`,
    );
    if (!hit) {
      if (dtype === 'fp32') fail(`fp32 greedy ids differ from PyTorch for ${JSON.stringify(p.text)}`);
      else console.log(`WARN q8 greedy ids differ from the Python ONNX Runtime q8 run`);
    }
  }
  const genMs = performance.now() - t1;
  console.log(
    `${dtype}: load ${loadMs.toFixed(0)} ms; ${identical}/${prompts.length} prompts token-for-token identical ` +
      `(${dtype === 'fp32' ? 'vs PyTorch generate' : 'vs Python ONNX Runtime q8'}); generation ${genMs.toFixed(0)} ms total`,
  );
  await model.dispose();
}

// the text-generation pipeline on the same model (fp32): decoded text must match
const t2 = performance.now();
const generator = await pipeline('text-generation', modelId, { dtype: 'fp32' });
console.log(`pipeline: load ${(performance.now() - t2).toFixed(0)} ms`);
for (const p of prompts) {
  const [res] = await generator(p.text, {
    max_new_tokens: ref.max_new_tokens,
    do_sample: false,
    return_full_text: false,
    add_special_tokens: false,
  });
  const expected = tokenizer.decode(p.new_ids, { skip_special_tokens: true });
  if (res.generated_text !== expected) {
    fail(`pipeline text differs: ${JSON.stringify(res.generated_text)} vs ${JSON.stringify(expected)}`);
  }
}
// chat messages straight into the pipeline (uses the chat_template)
const chat = ref.prompts.find((p) => p.kind === 'chat');
if (chat) {
  const [res] = await generator(chat.messages, { max_new_tokens: ref.max_new_tokens, do_sample: false });
  const reply = res.generated_text.at(-1);
  const expected = tokenizer.decode(chat.new_ids, { skip_special_tokens: true });
  console.log(`pipeline chat reply: ${JSON.stringify(reply)}`);
  if (reply?.role !== 'assistant' || reply.content !== expected) {
    fail(`pipeline chat reply differs: ${JSON.stringify(reply)} vs ${JSON.stringify(expected)}`);
  }
}
await generator.dispose();

console.log(ok ? 'verify-test-generator: OK' : 'verify-test-generator: FAILED');
process.exit(ok ? 0 : 1);
