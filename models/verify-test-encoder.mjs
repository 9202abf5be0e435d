#!/usr/bin/env node
// Verifies the LLMoin TEST encoder (models/test-encoder) with the real inference stack:
// @huggingface/transformers feature-extraction pipeline, offline, against the PyTorch
// reference recorded at build time in reference.json.
//
// Usage: node models/verify-test-encoder.mjs [modelsRoot] [modelId]
//   defaults: modelsRoot = the folder of this script, modelId = 'test-encoder'
// Exit code 0 when every check passes, 1 otherwise.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AutoTokenizer, env, pipeline } from '@huggingface/transformers';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(process.argv[2] ?? here);
const modelId = process.argv[3] ?? 'test-encoder';

env.allowRemoteModels = false;
env.allowLocalModels = true;
env.localModelPath = root;

const ref = JSON.parse(readFileSync(path.join(root, modelId, 'reference.json'), 'utf8'));
const texts = ref.sentences.map((s) => s.text);
let ok = true;
const fail = (msg) => {
  ok = false;
  console.log(`FAIL ${msg}`);
};

// 1. tokenizer: ids identical to the Python tokenizer (umlauts and ß must survive)
const tokenizer = await AutoTokenizer.from_pretrained(modelId);
for (const s of ref.sentences) {
  const ids = tokenizer.encode(s.text);
  const same = ids.length === s.input_ids.length && ids.every((v, i) => v === s.input_ids[i]);
  if (!same) fail(`tokenizer ids differ for "${s.text}": ${JSON.stringify(ids)} vs ${JSON.stringify(s.input_ids)}`);
}
const pieces = tokenizer.tokenize('Straße Größe Übergabe Gebühr');
console.log(`tokenizer ok; tokenize('Straße Größe Übergabe Gebühr') = ${JSON.stringify(pieces)}`);
if (!pieces.join(' ').match(/[ßöüä]/)) fail('umlauts/ß were stripped by the tokenizer');

function cosine(a, b) {
  let d = 0;
  for (let i = 0; i < a.length; i++) d += a[i] * b[i];
  return d;
}

// 2. embeddings: fp32 must match PyTorch within the tolerance; q8 is reported (looser)
for (const [dtype, tol] of [['fp32', ref.tolerance], ['q8', 2e-2]]) {
  const t0 = performance.now();
  const extractor = await pipeline('feature-extraction', modelId, { dtype });
  const loadMs = performance.now() - t0;
  // one at a time and batched (padding must not change the result)
  const single = [];
  for (const t of texts) single.push((await extractor(t, { pooling: 'mean', normalize: true })).tolist()[0]);
  const t1 = performance.now();
  const batched = (await extractor(texts, { pooling: 'mean', normalize: true })).tolist();
  const batchMs = performance.now() - t1;
  let maxDiff = 0;
  let maxBatchDiff = 0;
  let minCos = 1;
  ref.sentences.forEach((s, i) => {
    const v = single[i];
    if (v.length !== ref.dimension) fail(`${dtype}: dimension ${v.length} != ${ref.dimension}`);
    for (let k = 0; k < v.length; k++) {
      maxDiff = Math.max(maxDiff, Math.abs(v[k] - s.embedding[k]));
      maxBatchDiff = Math.max(maxBatchDiff, Math.abs(v[k] - batched[i][k]));
    }
    minCos = Math.min(minCos, cosine(v, s.embedding));
  });
  const norm0 = Math.sqrt(cosine(single[0], single[0]));
  console.log(
    `${dtype}: load ${loadMs.toFixed(0)} ms, dim ${single[0].length}, norm ${norm0.toFixed(6)}, ` +
      `max |diff| vs PyTorch ${maxDiff.toExponential(3)} (tol ${tol}), min cosine ${minCos.toFixed(7)}, ` +
      `max |single-batched| ${maxBatchDiff.toExponential(3)}, batch of ${texts.length} in ${batchMs.toFixed(1)} ms`,
  );
  console.log(`${dtype}: first8[0] = ${single[0].slice(0, 8).map((x) => x.toFixed(6)).join(', ')}`);
  console.log(`${dtype}: ref  [0] = ${ref.sentences[0].first8.map((x) => x.toFixed(6)).join(', ')}`);
  if (maxDiff > tol) fail(`${dtype}: max diff ${maxDiff} > ${tol}`);
  if (maxBatchDiff > (dtype === 'q8' ? 5e-3 : 1e-4)) fail(`${dtype}: batched differs from single by ${maxBatchDiff}`);
  if (Math.abs(norm0 - 1) > 1e-4) fail(`${dtype}: not normalised (${norm0})`);
  await extractor.dispose();
}

console.log(ok ? 'verify-test-encoder: OK' : 'verify-test-encoder: FAILED');
process.exit(ok ? 0 : 1);
