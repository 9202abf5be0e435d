import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { textPdf } from './pdf-fixtures';
import { requireSharedData } from './shared-data';
import { REPO_ROOT } from './test-service';
import { minimalDocx } from './zip-fixtures';

/**
 * The server, the ingest CLI and the evaluation CLI run as real processes (the built dist/, as
 * deployed) under a preload guard that records — and fails — every attempt to reach beyond
 * loopback, in every thread and Node child process. They are exercised (health, generative
 * research, search, embeddings, chat completion, PDF and DOCX uploads; ingest of three formats;
 * two evaluation suites), then the guard's report must hold no network attempt at all.
 */
const GUARD = path.join(REPO_ROOT, 'server', 'test', 'outbound-guard.js');
const ADMIN_TOKEN = 'no-outbound-admin-token-0123456789abcdef';

interface GuardRecord {
  kind: string;
  target: string | null;
  pid: number;
  main: boolean;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  records: GuardRecord[];
}

let workDir: string;

const dist = (relative: string) => {
  const file = path.join(REPO_ROOT, 'dist', relative);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first (npm test does)`);
  return file;
};

function guardedEnvironment(report: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT'];
  return {
    ...Object.fromEntries(keep.flatMap((key) => (process.env[key] === undefined ? [] : [[key, process.env[key]]]))),
    NODE_OPTIONS: `--require ${GUARD}`,
    LLMOIN_NETWORK_GUARD_REPORT: report,
    ...extra,
  };
}

function readReport(report: string): GuardRecord[] {
  if (!fs.existsSync(report)) return [];
  return fs.readFileSync(report, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as GuardRecord);
}

/** Starts a guarded Node process; `running` resolves with its output and the guard's records once it exits. */
function startGuarded(name: string, args: string[], environment: Record<string, string>) {
  const report = path.join(workDir, `${name}.guard.jsonl`);
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: guardedEnvironment(report, environment), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const running = new Promise<Run>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr, records: readReport(report) })));
  return { child, running, output: () => stdout };
}

const runGuarded = (name: string, args: string[], environment: Record<string, string> = {}) => startGuarded(name, args, environment).running;

const violations = (records: GuardRecord[], allowedSpawns: string[] = []) =>
  records.filter((record) => record.kind !== 'armed' && !(record.kind === 'spawn' && allowedSpawns.includes(record.target ?? '')));

function serviceEnvironment(dataDir: string): Record<string, string> {
  return {
    LLMOIN_DATA_DIR: dataDir,
    LLMOIN_MODELS_DIR: path.join(REPO_ROOT, 'models'),
    LLMOIN_CORPUS_DIR: path.join(REPO_ROOT, 'corpus'),
    LLMOIN_PROMPTS_DIR: path.join(REPO_ROOT, 'prompts'),
    LLMOIN_RULES_DIR: path.join(REPO_ROOT, 'rules'),
    LLMOIN_EMBEDDING_MODEL: 'test-encoder',
    LLMOIN_GENERATION_MODEL: 'test-generator',
    LLMOIN_DEFAULT_GENERATION_TOKENS: '8',
    LLMOIN_ADMIN_TOKEN: ADMIN_TOKEN,
    LLMOIN_LOG_LEVEL: 'warn',
  };
}

beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-no-outbound-'));
});
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

describe('the outbound guard itself', () => {
  it('records and refuses connects, DNS, http, fetch and UDP — also in worker threads — and records child processes', async () => {
    const script = path.join(workDir, 'attempts.js');
    fs.writeFileSync(script, `
      const net = require('node:net'); const dns = require('node:dns'); const http = require('node:http'); const dgram = require('node:dgram');
      const { Worker } = require('node:worker_threads');
      const refused = [];
      const attempt = (name, fn) => { try { fn(); } catch (error) { refused.push(name); } };
      attempt('connect', () => net.connect(80, '192.0.2.1'));
      attempt('http', () => http.get('http://example.org/'));
      attempt('udp', () => dgram.createSocket('udp4').send('x', 53, '192.0.2.53'));
      attempt('loopback', () => net.connect(9, '127.0.0.1').on('error', () => {}));
      require('node:child_process').execFileSync(process.execPath, ['-e', '1']);
      (async () => {
        await new Promise((resolve) => dns.lookup('example.org', (error) => { if (error) refused.push('dns'); resolve(); }));
        await fetch('http://192.0.2.1/').catch(() => refused.push('fetch'));
        await new Promise((resolve) => new Worker("try { require('node:net').connect(443, '198.51.100.7'); } catch {}", { eval: true }).on('exit', resolve));
        process.stdout.write(JSON.stringify(refused.sort()));
      })();
    `);
    const run = await runGuarded('attempts', [script]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(['connect', 'dns', 'fetch', 'http', 'udp']);
    const attempts = run.records.filter((record) => record.kind !== 'armed').map((record) => `${record.kind} ${record.target}${record.main ? '' : ' (worker)'}`);
    expect(attempts).toEqual(expect.arrayContaining([
      'connect 192.0.2.1:80', 'http example.org', 'udp 192.0.2.53', 'dns example.org', 'fetch 192.0.2.1', 'connect 198.51.100.7:443 (worker)', `spawn ${process.execPath}`,
    ]));
    expect(attempts.some((attempt) => attempt.includes('127.0.0.1'))).toBe(false);
    // The guard loaded in the main thread, the worker and the Node child process.
    const armed = run.records.filter((record) => record.kind === 'armed');
    expect(armed.some((record) => !record.main)).toBe(true);
    expect(new Set(armed.map((record) => record.pid)).size).toBe(2);
  }, 60_000);
});

describe('no connection beyond loopback', () => {
  it('the server: start with corpus ingest and both test models, health, research, search, embeddings, completion, uploads, stop', async () => {
    const dataDir = path.join(workDir, 'server-data');
    const server = startGuarded('server', ['--enable-source-maps', dist('main.js')], {
      ...serviceEnvironment(dataDir), LLMOIN_PORT: '0', LLMOIN_HOST: '127.0.0.1', LLMOIN_INGEST_CORPUS_ON_START: 'true',
    });
    const base = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /LLMoin läuft: (http:\/\/127\.0\.0\.1:\d+)/.exec(server.output());
        if (match?.[1]) {
          clearInterval(timer);
          resolve(match[1]);
        }
      }, 100);
      void server.running.then((run) => {
        clearInterval(timer);
        reject(new Error(`the server exited early (${run.code}): ${run.stderr.slice(-2000)}`));
      });
    });
    const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };
    const json = { ...admin, 'Content-Type': 'application/json' };
    try {
      expect((await fetch(`${base}/health`)).status).toBe(200);
      const research = await fetch(`${base}/api/v1/research`, { method: 'POST', headers: json, body: JSON.stringify({ question: 'Wie melde ich meinen Wohnsitz an?', k: 3 }) });
      expect(research.status).toBe(200);
      expect(await research.json()).toMatchObject({ mode: 'generative', model: 'test-generator' });
      const search = await fetch(`${base}/api/v1/search`, { method: 'POST', headers: json, body: JSON.stringify({ query: 'Hundesteuer', k: 3 }) });
      expect(await search.json()).toMatchObject({ mode: 'hybrid' });
      expect((await fetch(`${base}/v1/embeddings`, { method: 'POST', headers: json, body: JSON.stringify({ model: 'test-encoder', input: 'Umzug' }) })).status).toBe(200);
      const completion = await fetch(`${base}/v1/chat/completions`, {
        method: 'POST', headers: json, body: JSON.stringify({ model: 'test-generator', messages: [{ role: 'user', content: 'Hallo' }], max_tokens: 4 }),
      });
      expect(completion.status).toBe(200);
      const sentence = 'Die Sondernutzungserlaubnis fuer Strassenland wird fuer hoechstens ein Jahr erteilt und kann verlaengert werden.';
      for (const [name, bytes] of [['erlaubnis.pdf', textPdf([sentence, sentence])], ['vermerk.docx', minimalDocx(['Vermerk', sentence])]] as const) {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(bytes)]), name);
        const uploaded = await fetch(`${base}/api/v1/documents`, { method: 'POST', headers: admin, body: form });
        expect(uploaded.status).toBe(201);
      }
    } finally {
      server.child.kill('SIGTERM');
    }
    const run = await server.running;
    expect(run.code).toBe(0);
    expect(violations(run.records)).toEqual([]);
    // Evidence the guard watched the worker threads too (PDF extraction, embeddings, generation).
    expect(run.records.filter((record) => record.kind === 'armed' && !record.main).length).toBeGreaterThanOrEqual(3);
  }, 180_000);

  it('ingest: PDF, DOCX and Markdown into a fresh data folder with the test encoder', async () => {
    const folder = path.join(workDir, 'to-ingest');
    fs.mkdirSync(folder);
    const sentence = 'Die Hundesteuer wird jaehrlich erhoben und ist zum ersten Juli eines Jahres faellig.';
    fs.writeFileSync(path.join(folder, 'steuer.pdf'), textPdf([sentence]));
    fs.writeFileSync(path.join(folder, 'vermerk.docx'), minimalDocx(['Vermerk zur Hundesteuer', sentence]));
    fs.copyFileSync(path.join(REPO_ROOT, 'corpus', 'dienstleistung-hund-anmelden-hundesteuer.md'), path.join(folder, 'hund.md'));
    const run = await runGuarded('ingest', ['--enable-source-maps', dist('cli/ingest-command.js'), folder], {
      ...serviceEnvironment(path.join(workDir, 'ingest-data')), LLMOIN_INGEST_CORPUS_ON_START: 'false',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Ingested:\s+3 new/);
    expect(violations(run.records)).toEqual([]);
    expect(run.records.some((record) => record.kind === 'armed' && !record.main)).toBe(true);
  }, 120_000);

  it('evaluation: the deadline suite and the research suite on XQuAD-de (git is the only child process)', async () => {
    requireSharedData('qa/xquad_de');
    const out = path.join(workDir, 'eval-results');
    const environment = { LLMOIN_DATA_DIR: path.join(workDir, 'eval-data') };
    for (const args of [['deadlines'], ['research', '--dataset', 'xquad', '--limit', '3', '--unanswerable', '1']]) {
      const run = await runGuarded(`eval-${args[0]}`, ['--enable-source-maps', dist('cli/eval-command.js'), ...args, '--out', out, '--no-progress'], environment);
      expect({ suite: args[0], code: run.code, stderr: run.code === 0 ? '' : run.stderr.slice(-1000) }).toEqual({ suite: args[0], code: 0, stderr: '' });
      expect(violations(run.records, ['git'])).toEqual([]);
    }
    expect(fs.readdirSync(out).filter((file) => file.endsWith('.json'))).toHaveLength(2);
  }, 120_000);
});
