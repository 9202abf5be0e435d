import fs from 'node:fs';
import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import * as ort from 'onnxruntime-node';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { buildService, type Service } from '../dependencies';
import { configureTransformers } from '../inference/configure-transformers';
import { transformers } from '../inference/transformers-runtime';
import { createLogger } from '../platform/logger';
import { BENCH_GENERATOR, BENCH_MESSAGES, directGenerate, tokensPerSecond as rate, workerGenerate, type GenerationSample, type Tokenizer } from './generation-paths';
import { interleave, type Measured } from './interleave';
import { SseDataParser, summarizeChunk } from './sse-client';
import { medianRatio, percentile } from './statistics';

/**
 * `npm run bench:generation`: the local inference path through our HTTP API (streaming
 * /v1/chat/completions, /v1/embeddings) against the raw engines it wraps (transformers.js
 * generate() in-process, a bare onnxruntime-node session), interleaved in the same run, then
 * /health latency while four generations stream. Uses the committed test models (fp32).
 * In a bench, calling onnxruntime-node directly is the point: it is the baseline.
 */

const REPO_ROOT = path.resolve(__dirname, '../..');
const MODELS_DIR = path.join(REPO_ROOT, 'models');
const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';
const GENERATOR = BENCH_GENERATOR;
const ENCODER = 'test-encoder';
const MESSAGES = BENCH_MESSAGES;
/** Session options for the threading diagnosis (section 5); the app itself uses onnxruntime's defaults. */
const THREADING: Array<{ name: string; options: ort.InferenceSession.SessionOptions }> = [
  { name: 'onnxruntime defaults (as the app)', options: {} },
  { name: 'intraOpNumThreads: 1', options: { intraOpNumThreads: 1 } },
  { name: 'session.intra_op.allow_spinning: 0', options: { extra: { session: { intra_op: { allow_spinning: '0' } } } } },
];

interface RunningApp {
  port: number;
  service: Service;
  close(): Promise<void>;
}

interface HealthWindow {
  latencies: number[];
  loopDelayMs: { p50: number; p99: number; max: number };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

let BATCH = 16;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '12' },
      warmups: { type: 'string', default: '2' },
      tokens: { type: 'string', default: '128' },
      'embed-rounds': { type: 'string', default: '60' },
      /** `sentences`: short sentences (queries); `passages`: corpus paragraphs as ingest embeds them. */
      'embed-texts': { type: 'string', default: 'sentences' },
      'embed-batch': { type: 'string', default: '16' },
      'stream-tokens': { type: 'string', default: '256' },
      'idle-ms': { type: 'string', default: '3000' },
      'threading-runs': { type: 'string', default: '6' },
      pause: { type: 'string', default: '30' },
    },
  });
  BATCH = Number(values['embed-batch']);
  const runs = Number(values.runs);
  const warmups = Number(values.warmups);
  const tokens = Number(values.tokens);
  const embedRounds = Number(values['embed-rounds']);
  const streamTokens = Number(values['stream-tokens']);
  const idleMs = Number(values['idle-ms']);
  const threadingRuns = Number(values['threading-runs']);
  const pauseMs = Number(values.pause);
  const started = Date.now();
  const loadAtStart = os.loadavg();
  const progress = (message: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
  const fmt = (value: number, digits = 1) => value.toFixed(digits);

  // ---- 1 + 2: streaming generation: raw transformers.js, LocalGenerationModel, HTTP API ----
  progress('starting the app (1 generation worker) and loading the direct baseline');
  const app = await startApp({ LLMOIN_GENERATION_CONCURRENCY: '1' });
  configureTransformers(MODELS_DIR);
  const tokenizer = await transformers.AutoTokenizer.from_pretrained(GENERATOR);
  const model = await transformers.AutoModelForCausalLM.from_pretrained(GENERATOR, { dtype: 'fp32' });
  const served = app.service.deps.models.generation(GENERATOR);
  if (!served) throw new Error('generation model not loaded');
  const directPrepMs: number[] = [];
  const [direct = [], worker = [], api = []] = await interleave<GenerationSample>(
    [
      { name: 'direct', run: () => directGenerate(tokenizer, model, tokens, (ms) => directPrepMs.push(ms)) },
      { name: 'worker', run: () => workerGenerate(served, tokens) },
      { name: 'api', run: () => apiGenerate(app.port, { min_tokens: tokens, max_tokens: tokens }) },
    ],
    {
      rounds: runs, warmups, pauseMs,
      onRound: (round, measured) => progress(
        `generation ${round + 1}/${runs}, tokens/s direct / worker / API: ${measured.map((m) => fmt(rate(m.value), 0)).join(' / ')}`,
      ),
    },
  );
  directPrepMs.splice(0, warmups);
  const everyGeneration = [...direct, ...worker, ...api].map((measured) => measured.value);
  const sameText = everyGeneration.every((sample) => sample.text === everyGeneration[0]?.text);
  const allTokens = everyGeneration.every((sample) => sample.tokens === tokens);
  await model.dispose();

  // ---- 3: embeddings: bare onnxruntime-node session, TransformersEmbeddingModel, HTTP API ----
  progress('embeddings');
  const encoderTokenizer = await transformers.AutoTokenizer.from_pretrained(ENCODER);
  const session = await ort.InferenceSession.create(path.join(MODELS_DIR, ENCODER, 'onnx', 'model.onnx'), { executionProviders: ['cpu'] });
  const embedder = app.service.deps.models.embedding(ENCODER);
  if (!embedder) throw new Error('embedding model not loaded');
  const batches = values['embed-texts'] === 'passages' ? passageBatches(BATCH, 10) : sentenceBatches(BATCH, 10);
  let embedCall = 0;
  let maxAbsDiff = 0;
  const timed = async (work: (batch: string[]) => Promise<number[][]>) => {
    const batch = batches[Math.floor(embedCall++ / 3) % batches.length] as string[];
    const start = performance.now();
    const vectors = await work(batch);
    return { ms: performance.now() - start, vectors };
  };
  const [raw = [], inProcess = [], apiEmbed = []] = await interleave(
    [
      { name: 'raw', run: () => timed((batch) => rawEmbed(session, encoderTokenizer, batch)) },
      { name: 'in-process', run: () => timed((batch) => embedder.embedDocuments(batch)) },
      {
        name: 'api',
        run: () => timed(async (batch) => (await postJson<{ data: Array<{ embedding: number[] }> }>(app.port, '/v1/embeddings', {
          model: ENCODER, input: batch, encoding_format: 'float',
        })).data.map((item) => item.embedding)),
      },
    ],
    { rounds: embedRounds, warmups: 3, pauseMs: 0 },
  );
  // Same round → same batch for every arm: compare the API's vectors with the raw engine's.
  raw.forEach((measured, round) => measured.value.vectors.forEach((vector, row) => vector.forEach((value, column) => {
    const other = apiEmbed[round]?.value.vectors[row]?.[column] ?? Number.NaN;
    maxAbsDiff = Math.max(maxAbsDiff, Math.abs(value - other));
  })));
  const overhead = await embeddingOverhead(app.port, batches, (batch) => embedder.embedDocuments(batch));
  await session.release();
  await app.close();

  // ---- 4: event-loop freedom while four generations stream ----
  progress('event loop: starting the app with 4 generation workers');
  const busyApp = await startApp({ LLMOIN_GENERATION_CONCURRENCY: '4' });
  await Promise.all(Array.from({ length: 4 }, () => apiGenerate(busyApp.port, { max_tokens: 16, min_tokens: 16 })));
  const idle = await pollHealthWhile(busyApp.port, sleep(idleMs));
  progress('event loop: 4 concurrent streams');
  const streamsStarted = performance.now();
  const streams = Promise.all(Array.from({ length: 4 }, () => apiGenerate(busyApp.port, { max_tokens: streamTokens, min_tokens: streamTokens })));
  const busy = await pollHealthWhile(busyApp.port, streams);
  const streamed = await streams;
  const streamsMs = performance.now() - streamsStarted;
  progress('event loop: embedding requests back to back');
  const embedLoop = (async () => {
    let count = 0;
    const until = performance.now() + idleMs;
    while (performance.now() < until) {
      await postJson(busyApp.port, '/v1/embeddings', { model: ENCODER, input: batches[count % batches.length], encoding_format: 'float' });
      count += 1;
    }
    return count;
  })();
  const duringEmbeddings = await pollHealthWhile(busyApp.port, embedLoop);
  const embedRequests = await embedLoop;
  await busyApp.close();
  agent.destroy();

  // ---- 5: why the raw and served figures move with the machine's load: onnxruntime's threads ----
  progress('onnxruntime threading (direct generation only)');
  const threadModels = await Promise.all(THREADING.map(({ options }) =>
    transformers.AutoModelForCausalLM.from_pretrained(GENERATOR, { dtype: 'fp32', session_options: options })));
  const threading = await interleave(
    threadModels.map((threadModel, index) => ({ name: THREADING[index]?.name ?? '', run: () => directGenerate(tokenizer, threadModel, tokens) })),
    { rounds: threadingRuns, warmups: 1, pauseMs },
  );
  for (const threadModel of threadModels) await threadModel.dispose();
  const loadAtEnd = os.loadavg();

  // ---- report ----
  const values50 = (sample: Array<Measured<GenerationSample>>, pick: (s: GenerationSample) => number, p = 50) => percentile(sample.map((m) => pick(m.value)), p);
  const ttft = (s: GenerationSample) => s.ttftMs;
  const rates = (sample: Array<Measured<GenerationSample>>) => sample.map((m) => rate(m.value));
  const busyShare = (sample: Array<Measured<unknown>>) => `${fmt(percentile(sample.map((m) => m.mainThreadBusy * 100), 50), 0)} %`;
  const embedMs = (sample: Array<Measured<{ ms: number }>>) => sample.map((m) => m.value.ms);
  const perSecond = (sample: Array<Measured<{ ms: number }>>) => (BATCH * 1000) / percentile(embedMs(sample), 50);
  const embedP = (sample: Array<Measured<{ ms: number }>>) => `${fmt(percentile(embedMs(sample), 50), 2)} / ${fmt(percentile(embedMs(sample), 95), 2)}`;
  const [directRate, workerRate, apiRate] = [direct, worker, api].map((sample) => percentile(rates(sample), 50)) as [number, number, number];
  const ttftDiff = (p: number) => signed(values50(api, ttft, p) - values50(direct, ttft, p));
  const streamedTokens = streamed.reduce((sum, sample) => sum + sample.tokens, 0);
  const threadingRates = threading.map((sample) => percentile(sample.map((m) => rate(m.value)), 50));
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `Machine: ${os.cpus().length} CPUs (${cpu}), ${os.platform()} ${os.release()}, Node ${process.version}, onnxruntime-node ${ort.env.versions.node ?? '?'}; ` +
      `load average at start ${loadAtStart.map((l) => fmt(l, 2)).join(' / ')}, at end ${loadAtEnd.map((l) => fmt(l, 2)).join(' / ')} (1 / 5 / 15 min); ` +
      `run took ${fmt((Date.now() - started) / 1000, 0)} s`,
    `Models: ${GENERATOR} (fp32, greedy, ${tokens} new tokens forced with min = max), ${ENCODER} (fp32, batches of ${BATCH} ${values['embed-texts']}). ` +
      `${runs} generation rounds after ${warmups} warm-ups and ${embedRounds} embedding rounds after 3, arms interleaved with the order rotated every round; ` +
      'client and server in one process over loopback HTTP (keep-alive).',
    `Checks: same generated text on every path: ${sameText ? 'yes' : 'NO'}; every run produced exactly ${tokens} tokens: ${allTokens ? 'yes' : 'NO'}; ` +
      `embeddings max |API − raw| = ${maxAbsDiff.toExponential(2)}.`,
    '',
    '| measurement | raw engine (baseline) | LLMoin in-process, no HTTP | LLMoin API | API vs raw | goal |',
    '|---|---:|---:|---:|---:|---|',
    `| streaming generation, tokens/s (median) | ${fmt(directRate)} | ${fmt(workerRate)} | ${fmt(apiRate)} | ` +
      `${fmt(apiRate / directRate, 2)}× (paired ${fmt(medianRatio(rates(direct), rates(api)), 2)}×) | ≥ 0.95× |`,
    `| time to first token p50, ms | ${fmt(values50(direct, ttft))} | ${fmt(values50(worker, ttft))} | ${fmt(values50(api, ttft))} | ${ttftDiff(50)} ms | ≤ +20 ms |`,
    `| time to first token p95, ms | ${fmt(values50(direct, ttft, 95))} | ${fmt(values50(worker, ttft, 95))} | ${fmt(values50(api, ttft, 95))} | ${ttftDiff(95)} ms | |`,
    `| main thread busy during one generation (median) | ${busyShare(direct)} | ${busyShare(worker)} | ${busyShare(api)} | | |`,
    `| text pieces per answer (streamer callbacks / worker messages / SSE content chunks) | ${values50(direct, (s) => s.pieces)} | ` +
      `${values50(worker, (s) => s.pieces)} | ${values50(api, (s) => s.pieces)} | | |`,
    `| embeddings/s, batch of ${BATCH} (median batch) | ${fmt(perSecond(raw), 0)} | ${fmt(perSecond(inProcess), 0)} | ${fmt(perSecond(apiEmbed), 0)} | ` +
      `${fmt(perSecond(apiEmbed) / perSecond(raw), 2)}× (paired ${fmt(1 / medianRatio(embedMs(raw), embedMs(apiEmbed)), 2)}×) | ≥ 0.9× |`,
    `| embedding batch p50 / p95, ms | ${embedP(raw)} | ${embedP(inProcess)} | ${embedP(apiEmbed)} | | |`,
    '',
    'Generation: raw = transformers.js AutoModelForCausalLM.generate() with a TextStreamer on the main thread, same chat template and settings; TTFT from the ' +
      `generate() call (template + tokenisation before it took p50 ${fmt(percentile(directPrepMs, 50), 2)} ms; the other columns include that work), ` +
      'tokens/s over template → last token. In-process = LocalGenerationModel.generate() (worker thread, one postMessage per text piece), call → finish event. ' +
      'API = streaming POST /v1/chat/completions, TTFT from request sent to the first content delta parsed on the client, tokens/s over request → [DONE]. ' +
      '"Paired" = median of the per-round ratios.',
    'Embeddings: raw = onnxruntime-node InferenceSession on models/test-encoder/onnx/model.onnx with the transformers.js tokenizer (padding, truncation), ' +
      'mean pooling and L2 normalisation in JS; in-process = TransformersEmbeddingModel.embedDocuments (feature-extraction pipeline); API = POST /v1/embeddings, ' +
      `encoding_format float. Fixed costs of the API path (p50 over ${overhead.stringify.length} batches, ms): an authenticated POST answered 404 (loopback HTTP + ` +
      `middleware) ${fmt(percentile(overhead.emptyRoundTrip, 50), 2)}, JSON.stringify of the response ${fmt(percentile(overhead.stringify, 50), 2)}, ` +
      `client JSON.parse ${fmt(percentile(overhead.parse, 50), 2)}.`,
    '',
    `/health (polled every 5 ms) with LLMOIN_GENERATION_CONCURRENCY=4; the 4 streams (min_tokens = max_tokens = ${streamTokens}) took ${fmt(streamsMs / 1000, 2)} s ` +
      `for ${streamedTokens} tokens (${fmt(streamedTokens / (streamsMs / 1000), 0)} tokens/s together); ${embedRequests} embedding requests in the last window:`,
    '',
    '| window | /health requests | p50 ms | p99 ms | max ms | main-thread event-loop delay p50 / p99 / max, ms |',
    '|---|---:|---:|---:|---:|---:|',
    healthRow(`idle (${fmt(idleMs / 1000, 1)} s)`, idle),
    healthRow('4 generations streaming', busy),
    healthRow(`/v1/embeddings back to back (${fmt(idleMs / 1000, 1)} s)`, duringEmbeddings),
    '',
    `onnxruntime threading, direct generation only (${threadingRuns} interleaved rounds, median tokens/s): ` +
      THREADING.map(({ name }, index) => `${name} ${fmt(threadingRates[index] ?? Number.NaN, 0)}`).join(', ') + '.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  progress('done');
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)}`;
}

function healthRow(name: string, window: HealthWindow): string {
  const { latencies: l, loopDelayMs: d } = window;
  return `| ${name} | ${l.length} | ${percentile(l, 50).toFixed(2)} | ${percentile(l, 99).toFixed(2)} | ${Math.max(...l).toFixed(2)} | ` +
    `${d.p50.toFixed(2)} / ${d.p99.toFixed(2)} / ${d.max.toFixed(2)} |`;
}

async function startApp(environment: Record<string, string>): Promise<RunningApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-genbench-'));
  const config = loadConfig(
    {
      LLMOIN_DATA_DIR: dataDir,
      LLMOIN_MODELS_DIR: MODELS_DIR,
      LLMOIN_CORPUS_DIR: path.join(REPO_ROOT, 'corpus'),
      LLMOIN_PROMPTS_DIR: path.join(REPO_ROOT, 'prompts'),
      LLMOIN_GENERATION_MODEL: GENERATOR,
      LLMOIN_EMBEDDING_MODEL: ENCODER,
      LLMOIN_INGEST_CORPUS_ON_START: 'false',
      LLMOIN_LOG_LEVEL: 'silent',
      LLMOIN_ADMIN_TOKEN: ADMIN_TOKEN,
      ...environment,
    },
    REPO_ROOT,
  );
  const service = await buildService(config, createLogger('silent'));
  const server = createApp(service.deps).listen(0, '127.0.0.1');
  await new Promise((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    service,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await service.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Streaming chat completion over loopback HTTP, parsed as it arrives. */
function apiGenerate(port: number, limits: { max_tokens: number; min_tokens: number }): Promise<GenerationSample> {
  const body = JSON.stringify({
    model: GENERATOR, messages: MESSAGES, temperature: 0, stream: true, stream_options: { include_usage: true }, ...limits,
  });
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const request = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: '/v1/chat/completions', agent, headers: jsonHeaders(body) },
      (response) => {
        if (response.statusCode !== 200) return void failWith(response, reject);
        response.setEncoding('utf8');
        const parser = new SseDataParser();
        let first: number | null = null;
        let done: number | null = null;
        let text = '';
        let tokens = 0;
        let pieces = 0;
        response.on('data', (chunk: string) => {
          for (const data of parser.push(chunk)) {
            if (data === '[DONE]') {
              done = performance.now();
              continue;
            }
            const { content, completionTokens } = summarizeChunk(data);
            if (content) {
              if (first === null) first = performance.now();
              pieces += 1;
              text += content;
            }
            if (completionTokens !== null) tokens = completionTokens;
          }
        });
        response.on('end', () => {
          const end = done ?? performance.now();
          resolve({ ttftMs: (first ?? end) - start, totalMs: end - start, tokens, text, pieces });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function postJson<T>(port: number, urlPath: string, payload: unknown): Promise<T> {
  return postRaw(port, urlPath, JSON.stringify(payload)).then(({ status, text }) => {
    if (status !== 200) throw new Error(`POST ${urlPath} → ${status}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  });
}

function postRaw(port: number, urlPath: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method: 'POST', path: urlPath, agent, headers: jsonHeaders(body) }, (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(parts).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

function getStatus(port: number, urlPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: urlPath, agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    }).on('error', reject);
  });
}

function jsonHeaders(body: string): http.OutgoingHttpHeaders {
  return { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) };
}

function failWith(response: IncomingMessage, reject: (error: Error) => void): void {
  const parts: Buffer[] = [];
  response.on('data', (part: Buffer) => parts.push(part));
  response.on('end', () => reject(new Error(`HTTP ${response.statusCode}: ${Buffer.concat(parts).toString('utf8').slice(0, 300)}`)));
}

/** The embedding baseline: tokenizer → bare ONNX session → mean pooling over the mask → L2 normalisation. */
async function rawEmbed(session: ort.InferenceSession, tokenizer: Tokenizer, texts: string[]): Promise<number[][]> {
  const encoded = tokenizer(texts, { padding: true, truncation: true });
  const mask = encoded.attention_mask;
  const feeds: Record<string, ort.Tensor> = {};
  for (const name of session.inputNames) {
    const tensor = name === 'input_ids' ? encoded.input_ids : name === 'attention_mask' ? mask : name === 'token_type_ids' ? encoded.token_type_ids : undefined;
    if (tensor) {
      if (!(tensor.data instanceof BigInt64Array)) throw new Error(`${name} is not int64`);
      feeds[name] = new ort.Tensor('int64', tensor.data, tensor.dims);
    } else if (name === 'token_type_ids') {
      feeds[name] = new ort.Tensor('int64', new BigInt64Array(mask.data.length), mask.dims);
    } else throw new Error(`the encoder needs an input the tokenizer does not give: ${name}`);
  }
  const outputs = await session.run(feeds);
  const hidden = outputs[session.outputNames[0] ?? 'last_hidden_state'];
  if (!hidden || !(hidden.data instanceof Float32Array) || !(mask.data instanceof BigInt64Array)) throw new Error('unexpected encoder tensors');
  const [batch = 0, length = 0, width = 0] = hidden.dims;
  const vectors: number[][] = [];
  for (let b = 0; b < batch; b += 1) {
    const sum = new Float64Array(width);
    let count = 0;
    for (let t = 0; t < length; t += 1) {
      if (mask.data[b * length + t] === 0n) continue;
      count += 1;
      const offset = (b * length + t) * width;
      for (let d = 0; d < width; d += 1) sum[d] = (sum[d] as number) + (hidden.data[offset + d] as number);
    }
    let norm = 0;
    for (let d = 0; d < width; d += 1) {
      sum[d] = (sum[d] as number) / Math.max(1, count);
      norm += (sum[d] as number) ** 2;
    }
    norm = Math.sqrt(norm) || 1;
    vectors.push(Array.from(sum, (value) => value / norm));
  }
  return vectors;
}

/** The parts of an embedding request that do not depend on the model, to explain a gap between API and raw. */
async function embeddingOverhead(port: number, batches: string[][], embed: (batch: string[]) => Promise<number[][]>) {
  const result = { stringify: [] as number[], parse: [] as number[], emptyRoundTrip: [] as number[] };
  for (let round = 0; round < 3; round += 1) {
    for (const batch of batches) {
      const vectors = await embed(batch);
      let start = performance.now();
      const json = JSON.stringify({ object: 'list', data: vectors.map((embedding, index) => ({ object: 'embedding', index, embedding })) });
      result.stringify.push(performance.now() - start);
      start = performance.now();
      JSON.parse(json);
      result.parse.push(performance.now() - start);
      start = performance.now();
      await postRaw(port, '/v1/no-such-route', '{}');
      result.emptyRoundTrip.push(performance.now() - start);
    }
  }
  return result;
}

/** GET /health every 5 ms (start to start; back to back when slower) until `until` settles. */
async function pollHealthWhile(port: number, until: Promise<unknown>): Promise<HealthWindow> {
  let settled = false;
  void until.then(() => (settled = true), () => (settled = true));
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const latencies: number[] = [];
  while (!settled) {
    const start = performance.now();
    const status = await getStatus(port, '/health');
    if (status !== 200) throw new Error(`/health answered ${status}`);
    latencies.push(performance.now() - start);
    const wait = 5 - (performance.now() - start);
    if (wait > 0) await sleep(wait);
  }
  histogram.disable();
  return { latencies, loopDelayMs: { p50: histogram.percentile(50) / 1e6, p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 } };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Short German sentences from the project's own training text, `count` batches of `size`. */
/** Paragraphs of the bundled corpus (project-owned text), 300–1200 characters, like ingested chunks. */
function passageBatches(size: number, count: number): string[][] {
  const folder = path.resolve(MODELS_DIR, '..', 'corpus');
  const paragraphs = fs.readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md').sort()
    .flatMap((name) => fs.readFileSync(path.join(folder, name), 'utf8').split(/\n\s*\n/))
    .map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph.length >= 300 && paragraph.length <= 1200);
  if (paragraphs.length < size) throw new Error(`need ${size} paragraphs in ${folder}, found ${paragraphs.length}`);
  return Array.from({ length: count }, (_, i) => Array.from({ length: size }, (_, j) => paragraphs[(i * size + j) % paragraphs.length] as string));
}

function sentenceBatches(size: number, count: number): string[][] {
  const file = path.join(MODELS_DIR, 'training-data', 'de-admin-sentences.txt');
  const sentences = fs.readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  if (sentences.length < size * count) throw new Error(`need ${size * count} sentences in ${file}`);
  return Array.from({ length: count }, (_, i) => sentences.slice(i * size, (i + 1) * size));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
