import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { repoRoot } from '../eval/paths';
import { formatPhaseTable, replaceSection, summarizePhase, type PhaseSummary, type RequestOutcome } from './load-test-report';

/**
 * `npm run bench:load`: starts the built service (node dist/main.js) as its own process on
 * loopback with the bundled corpus and the test models, then drives it over HTTP: 50 concurrent
 * clerk clients on search, then generation at and beyond the queue limit
 * (LLMOIN_GENERATION_CONCURRENCY + LLMOIN_GENERATION_QUEUE). Goal: no errors other than 429.
 */

const ADMIN_TOKEN = 'load-test-admin-token-0123456789abcdef';
const GENERATOR = 'test-generator';
const RESULTS_HEADING = '## Load test';
/** Per-minute rate limits high enough never to refuse during the test. */
const UNLIMITED = 1_000_000;

/** Clerk-style questions about the bundled Musterhaven corpus (written for this test). */
const SEARCH_QUERIES = [
  'Wo melde ich meinen Wohnsitz nach einem Umzug an?', 'Welche Unterlagen brauche ich für den Personalausweis?', 'Was kostet ein Reisepass?',
  'Frist für den Widerspruch gegen einen Bescheid', 'Bewohnerparkausweis beantragen Kosten', 'Hundesteuer anmelden Musterhaven',
  'Wohngeld beantragen welche Nachweise', 'Gewerbe anmelden online', 'Führungszeugnis beantragen Gebühr', 'Geburtsurkunde Antrag Standesamt',
  'Eheschließung anmelden Unterlagen', 'Baugenehmigung beantragen Bauvorlagen', 'Sondernutzungserlaubnis Straßenland Café Tische',
  'Öffnungszeiten Kundenzentrum Termin online', 'Gebührenordnung Kundenzentren Beglaubigung', 'bürgernahe Verwaltungssprache Leitfaden',
  'Widerspruch Dienstanweisung Abhilfe prüfen', 'Wie lange dauert die Ausstellung eines Personalausweises?', 'Umzug innerhalb der Stadt ummelden', 'Hund abmelden Steuer',
];

interface Options {
  duration: number;
  clients: number;
  generationDuration: number;
  concurrency: number;
  queue: number;
  maxTokens: number;
  embeddingModel: string;
  /** Keep the service's rate limits (default: off, so the test measures capacity and the generation queue). */
  rateLimits: boolean;
  write: boolean;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '60' },
      clients: { type: 'string', default: '50' },
      'generation-duration': { type: 'string', default: '20' },
      concurrency: { type: 'string', default: '1' },
      queue: { type: 'string', default: '8' },
      'max-tokens': { type: 'string', default: '32' },
      'embedding-model': { type: 'string', default: 'test-encoder' },
      'rate-limits': { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
    },
  });
  const number = (name: string, value: string | undefined, min: number) => {
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < min) throw new Error(`--${name} must be a number ≥ ${min}`);
    return parsed;
  };
  return {
    duration: number('duration', values.duration, 1), clients: number('clients', values.clients, 1),
    generationDuration: number('generation-duration', values['generation-duration'], 0), concurrency: number('concurrency', values.concurrency, 1),
    queue: number('queue', values.queue, 0), maxTokens: number('max-tokens', values['max-tokens'], 1),
    embeddingModel: values['embedding-model'] ?? '', rateLimits: values['rate-limits'] === true, write: values.write === true,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface RunningService {
  port: number;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** The built service as a separate process, so the load generator does not share its event loop. */
async function startService(options: Options): Promise<RunningService> {
  const root = repoRoot();
  const main = path.join(__dirname, '..', 'main.js');
  if (!fs.existsSync(main)) throw new Error(`${main} missing: run through npm run bench:load, which builds first`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-load-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--enable-source-maps', main], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      LLMOIN_DATA_DIR: dataDir, LLMOIN_PORT: String(port), LLMOIN_HOST: '127.0.0.1', LLMOIN_ADMIN_TOKEN: ADMIN_TOKEN,
      LLMOIN_MODELS_DIR: path.join(root, 'models'), LLMOIN_CORPUS_DIR: path.join(root, 'corpus'), LLMOIN_PROMPTS_DIR: path.join(root, 'prompts'),
      LLMOIN_RULES_DIR: path.join(root, 'rules'), LLMOIN_INGEST_CORPUS_ON_START: 'true', LLMOIN_LOG_LEVEL: 'warn',
      LLMOIN_GENERATION_MODEL: GENERATOR, LLMOIN_EMBEDDING_MODEL: options.embeddingModel,
      LLMOIN_GENERATION_CONCURRENCY: String(options.concurrency), LLMOIN_GENERATION_QUEUE: String(options.queue),
      // Raised rather than 0: the limiters stay in the request path (their cost is part of the service).
      ...(options.rateLimits ? {} : { LLMOIN_RATE_LIMIT_PER_MINUTE: String(UNLIMITED), LLMOIN_RATE_LIMIT_IP_PER_MINUTE: String(UNLIMITED), LLMOIN_RATE_LIMIT_GENERATION_PER_MINUTE: String(UNLIMITED) }),
    },
  });
  let output = '';
  const keep = (chunk: Buffer) => { output = `${output}${chunk.toString('utf8')}`.slice(-8000); };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    port, child, output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function request(port: number, method: string, urlPath: string, token: string | null, body?: unknown): Promise<{ status: number; text: string }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const call = http.request({
      host: '127.0.0.1', port, method, path: urlPath, agent,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } : {}) },
    }, (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(parts).toString('utf8') }));
      response.on('error', reject);
    });
    call.on('error', reject);
    call.end(payload);
  });
}

async function waitUntilReady(service: RunningService, timeoutMs = 300_000): Promise<{ documents: number; chunks: number; mode: string }> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (service.child.exitCode !== null) throw new Error(`the service exited with ${service.child.exitCode}:\n${service.output()}`);
    try {
      const health = await request(service.port, 'GET', '/health', null);
      if (health.status === 200 || health.status === 503) {
        const status = JSON.parse(health.text) as { corpus?: { state?: string }; counts?: { documents?: number; chunks?: number }; retrieval?: { mode?: string } };
        if (status.corpus?.state === 'failed') throw new Error('the bundled corpus failed to ingest');
        if (status.corpus?.state === 'done') return { documents: status.counts?.documents ?? 0, chunks: status.counts?.chunks ?? 0, mode: status.retrieval?.mode ?? '?' };
      }
    } catch (error) {
      if (error instanceof Error && /corpus failed/.test(error.message)) throw error;
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the service was not ready within ${timeoutMs / 1000} s:\n${service.output()}`);
}

/** The `reason` of a problem+json body (overloaded, rate-limit-user, …), if any. */
function problemReason(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { reason?: unknown };
    return typeof body.reason === 'string' ? body.reason : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `clients` closed-loop clients for `seconds`: each sends its next request as soon as the last one
 * is answered (after `backoffMs` when it was refused with 429).
 */
async function closedLoop(
  clients: number, seconds: number, send: (client: number, iteration: number) => Promise<{ status: number; text: string }>, backoffMs = 0,
): Promise<RequestOutcome[]> {
  const outcomes: RequestOutcome[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: clients }, async (_, client) => {
    for (let iteration = 0; performance.now() < until; iteration += 1) {
      const started = performance.now();
      let status: number | string;
      let reason: string | undefined;
      try {
        const response = await send(client, iteration);
        status = response.status;
        if (status >= 400) reason = problemReason(response.text);
      } catch (error) {
        status = (error as NodeJS.ErrnoException).code ?? 'network-error';
      }
      outcomes.push({ status, ms: performance.now() - started, ...(reason ? { reason } : {}) });
      if (status === 429 && backoffMs > 0) await new Promise((resolve) => setTimeout(resolve, backoffMs));
    }
  }));
  return outcomes;
}

async function main(): Promise<void> {
  const options = parseOptions();
  const progress = (message: string) => process.stderr.write(`[load] ${message}\n`);
  const loadAtStart = os.loadavg();
  progress('starting the service (node dist/main.js, bundled corpus, test models)');
  const service = await startService(options);
  const phases: PhaseSummary[] = [];
  let corpus = { documents: 0, chunks: 0, mode: '?' };
  try {
    corpus = await waitUntilReady(service);
    // One clerk per client, as in an office: per-user limits and audit records see distinct users.
    const clerks: string[] = [];
    for (let i = 0; i < Math.max(options.clients, 2 * (options.concurrency + options.queue)); i += 1) {
      const created = await request(service.port, 'POST', '/api/v1/tokens', ADMIN_TOKEN, { name: 'load test', subject: `load-clerk-${i}`, role: 'clerk' });
      if (created.status !== 201) throw new Error(`could not create a clerk token: ${created.status} ${created.text.slice(0, 200)}`);
      clerks.push((JSON.parse(created.text) as { token: string }).token);
    }
    const clerk = (client: number) => clerks[client % clerks.length] ?? '';

    progress(`search: ${options.clients} clients for ${options.duration} s`);
    const searchStarted = performance.now();
    const search = await closedLoop(options.clients, options.duration, (client, iteration) => request(service.port, 'POST', '/api/v1/search', clerk(client), {
      query: SEARCH_QUERIES[(client + iteration) % SEARCH_QUERIES.length], k: 10,
    }));
    phases.push(summarizePhase('search', options.clients, (performance.now() - searchStarted) / 1000, search));

    const capacity = options.concurrency + options.queue;
    const chat = (client: number) => request(service.port, 'POST', '/v1/chat/completions', clerk(client), {
      model: GENERATOR, messages: [{ role: 'user', content: 'Wo melde ich mein Gewerbe an?' }], max_tokens: options.maxTokens, min_tokens: options.maxTokens, temperature: 0,
    });
    for (const [name, clients] of [['generation at the limit', capacity], ['generation beyond the limit (2×)', 2 * capacity]] as const) {
      if (options.generationDuration === 0) break;
      progress(`${name}: ${clients} clients for ${options.generationDuration} s`);
      const started = performance.now();
      const outcomes = await closedLoop(clients, options.generationDuration, chat, 200);
      phases.push(summarizePhase(name, clients, (performance.now() - started) / 1000, outcomes));
    }
  } finally {
    await service.stop();
    agent.destroy();
  }

  const errors = phases.reduce((sum, phase) => sum + phase.errors, 0);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const argv = process.argv.slice(2);
  const section = [
    RESULTS_HEADING,
    '',
    `Command: \`npm run bench:load${argv.length ? ` -- ${argv.join(' ')}` : ''}\` (source: \`server/src/bench/load-test.ts\`), ${new Date().toISOString().slice(0, 10)}.`,
    `The built service runs as its own process (\`node dist/main.js\`) on 127.0.0.1 with the bundled corpus (${corpus.documents} documents, ${corpus.chunks} chunks, ` +
      `${corpus.mode} retrieval${options.embeddingModel ? ` with ${options.embeddingModel}` : ''}) and ${GENERATOR}; LLMOIN_GENERATION_CONCURRENCY=${options.concurrency}, ` +
      `LLMOIN_GENERATION_QUEUE=${options.queue}, rate limits ${options.rateLimits ? 'as configured by default' : `raised to ${UNLIMITED.toLocaleString('en')} per minute (LLMOIN_RATE_LIMIT_*: the test measures capacity and the generation queue; --rate-limits keeps the defaults)`}. The clients run in the bench process on the same machine: ${os.cpus().length} × ${cpu}, ` +
      `load average ${loadAtStart.map((load) => load.toFixed(2)).join(' / ')} at the start.`,
    `Closed-loop clients (next request when the last one is answered), each with its own clerk token: search \`POST /api/v1/search\` (k = 10, 20 clerk questions in rotation); ` +
      `generation \`POST /v1/chat/completions\` (${options.maxTokens} tokens forced, greedy) with as many clients as the service holds ` +
      `(concurrency + queue = ${options.concurrency + options.queue}) and then twice as many; a client refused with 429 waits 200 ms before trying again.`,
    '',
    formatPhaseTable(phases),
    '',
    errors === 0 ? 'Errors other than 429: none (goal met).' : `Errors other than 429: ${errors} (goal: none) — see the status column.`,
  ].join('\n');
  process.stdout.write(`${section}\n`);
  if (options.write) {
    const file = path.join(repoRoot(), 'bench', 'RESULTS.md');
    fs.writeFileSync(file, replaceSection(fs.readFileSync(file, 'utf8'), RESULTS_HEADING, section));
    progress(`wrote the "${RESULTS_HEADING.slice(3)}" section of ${path.relative(process.cwd(), file)}`);
  }
  process.exitCode = errors === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`load test failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
