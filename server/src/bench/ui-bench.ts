import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { buildService, type Service } from '../dependencies';
import { createLogger } from '../platform/logger';
import { interleave } from './interleave';
import { medianRatio, percentile } from './statistics';

/**
 * `npm run bench:ui`: the web UI in Debian's Chromium (headless) against the real service with
 * the committed test generator. (1) First load of the UI in a fresh browser context: time to the
 * rendered login form and bytes on the wire; (2) time from submit to the first streamed token
 * painted in the page versus the API's own time to first token, interleaved in the same run.
 */

const REPO_ROOT = path.resolve(__dirname, '../..');
const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';

interface LoadSample {
  /** navigation start → login form rendered by the app (ms). */
  renderedMs: number;
  /** navigation start → load event end (ms). */
  loadMs: number;
  requests: number;
  /** Response headers + bodies as transferred (Resource Timing transferSize). */
  transferBytes: number;
  bodyBytes: number;
}

async function startService(tokens: number): Promise<{ service: Service; baseUrl: string; close(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-uibench-'));
  const config = loadConfig({
    LLMOIN_DATA_DIR: dataDir, LLMOIN_MODELS_DIR: path.join(REPO_ROOT, 'models'), LLMOIN_CORPUS_DIR: path.join(REPO_ROOT, 'corpus'),
    LLMOIN_PROMPTS_DIR: path.join(REPO_ROOT, 'prompts'), LLMOIN_RULES_DIR: path.join(REPO_ROOT, 'rules'), LLMOIN_WEB_DIR: path.join(REPO_ROOT, 'dist/web'),
    LLMOIN_GENERATION_MODEL: 'test-generator', LLMOIN_DEFAULT_GENERATION_TOKENS: String(tokens), LLMOIN_INGEST_CORPUS_ON_START: 'false',
    LLMOIN_LOG_LEVEL: 'silent', LLMOIN_ADMIN_TOKEN: ADMIN_TOKEN, LLMOIN_RATE_LIMIT_GENERATION_PER_MINUTE: '0',
  }, REPO_ROOT);
  const service = await buildService(config, createLogger('silent'));
  await service.ingestCorpus();
  const server = createApp(service.deps).listen(0, '127.0.0.1');
  await new Promise((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const { port } = server.address() as AddressInfo;
  return {
    service,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await service.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Page-side timing (a string: the bench compiles without DOM types). */
const PAGE_TIMING = `(() => {
  const navigation = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const entries = [navigation, ...resources];
  return {
    loadMs: navigation.loadEventEnd,
    requests: entries.length,
    transferBytes: entries.reduce((sum, entry) => sum + entry.transferSize, 0),
    bodyBytes: entries.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
  };
})()`;

/** Injected before any page script: notes when the app has rendered its login form. */
const RENDER_WATCH = `new MutationObserver((_, observer) => {
  if (document.getElementById('login-token')) { window.__rendered = performance.now(); observer.disconnect(); }
}).observe(document, { childList: true, subtree: true });`;

async function measureLoad(browser: Browser, baseUrl: string): Promise<{ cold: LoadSample; warm: LoadSample }> {
  const context = await browser.newContext();
  await context.addInitScript(RENDER_WATCH);
  const page = await context.newPage();
  const once = async (): Promise<LoadSample> => {
    await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
    await page.waitForSelector('#login-token');
    const rendered = (await page.evaluate('window.__rendered')) as number;
    const timing = (await page.evaluate(PAGE_TIMING)) as Omit<LoadSample, 'renderedMs'>;
    return { renderedMs: rendered, ...timing };
  };
  const cold = await once();
  // Same context: the hashed assets come from the HTTP cache (immutable), only index.html is fetched again.
  const warm = await once();
  await context.close();
  return { cold, warm };
}

/**
 * Clicks submit inside the page, notes the first animation frame after the first streamed text
 * appeared, and returns once the run is finished ("Fertig."), so the next arm finds the model idle.
 */
const SUBMIT_TO_FIRST_TOKEN = `(async ({ sectionId, button }) => {
  const output = document.getElementById(sectionId + '-output');
  const status = document.querySelector('#' + sectionId + ' .run-status');
  const submit = [...document.querySelectorAll('button[type="submit"]')].find((candidate) => candidate.textContent === button);
  const watch = (target, done) => new Promise((resolve) => {
    const check = () => { if (done()) { observer.disconnect(); resolve(); } };
    const observer = new MutationObserver(check);
    observer.observe(target, { childList: true, subtree: true, characterData: true });
  });
  let painted = 0;
  const firstToken = watch(output, () => output.textContent.trim() !== '')
    .then(() => new Promise((resolve) => requestAnimationFrame(() => { painted = performance.now(); resolve(); })));
  const started = performance.now();
  submit.click();
  await firstToken;
  if (status.textContent !== 'Fertig.') await watch(status, () => status.textContent === 'Fertig.' || status.textContent === 'Fehlgeschlagen.');
  if (status.textContent !== 'Fertig.') throw new Error('run failed: ' + document.body.innerText.slice(0, 500));
  return painted - started;
})`;

interface UseCase {
  name: string;
  route: string;
  path: string;
  /** The RunOutput section id (its output is `<id>-output`). */
  sectionId: string;
  button: string;
  field: string;
  input: string;
  body: Record<string, unknown>;
}

async function uiFirstToken(page: Page, useCase: UseCase): Promise<number> {
  // Each function has its own tab; a background tab gets no animation frames, so bring it to the front.
  await page.bringToFront();
  return (await page.evaluate(`${SUBMIT_TO_FIRST_TOKEN}(${JSON.stringify({ sectionId: useCase.sectionId, button: useCase.button })})`)) as number;
}

async function apiFirstToken(baseUrl: string, token: string, useCase: UseCase): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${useCase.path}`, {
    method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify({ ...useCase.body, stream: true }),
  });
  if (!response.body) throw new Error('no body');
  const decoder = new TextDecoder();
  let text = '';
  let first = Number.NaN;
  for await (const chunk of response.body) {
    text += decoder.decode(chunk as Uint8Array, { stream: true });
    // The first delta event is complete once its data line has ended.
    if (Number.isNaN(first) && /event: delta\ndata: [^\n]*\n/.test(text)) first = performance.now() - started;
  }
  if (!text.includes('event: done')) throw new Error(`${useCase.name}: stream ended without done: ${text.slice(-400)}`);
  return first;
}

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function assetSizes(): { raw: number; gzip: number; files: string[] } {
  const dir = path.join(REPO_ROOT, 'dist/web');
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const files = ['index.html', ...[...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] as string)];
  const buffers = files.map((file) => fs.readFileSync(path.join(dir, file)));
  return { raw: buffers.reduce((sum, buffer) => sum + buffer.length, 0), gzip: buffers.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 6 }).length, 0), files };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '12' }, warmups: { type: 'string', default: '2' }, loads: { type: 'string', default: '10' },
      tokens: { type: 'string', default: '32' }, chromium: { type: 'string', default: '/usr/bin/chromium' },
    },
  });
  const rounds = Number(values.rounds);
  const warmups = Number(values.warmups);
  const loads = Number(values.loads);
  const tokens = Number(values.tokens);
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist/web/index.html'))) throw new Error('dist/web is missing: run "npm run build" (bench:ui does).');
  if (!fs.existsSync(values.chromium)) throw new Error(`No Chromium at ${values.chromium}: "apt-get install -y chromium" or --chromium <path>.`);
  const started = Date.now();
  const loadAtStart = os.loadavg();
  const app = await startService(tokens);
  const token = app.service.deps.tokens.create({ subject: 'bench-ui', role: 'clerk', name: 'bench', expiresAt: null }).token;
  const browser = await chromium.launch({ executablePath: values.chromium, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  try {
    const samples: Array<{ cold: LoadSample; warm: LoadSample }> = [];
    for (let index = 0; index < loads + 1; index += 1) {
      const sample = await measureLoad(browser, app.baseUrl);
      if (index > 0) samples.push(sample);
    }

    const summaryText = fs.readFileSync(path.join(REPO_ROOT, 'corpus/dienstleistung-hund-anmelden-hundesteuer.md'), 'utf8').slice(0, 700);
    const question = 'Welche Unterlagen brauche ich für die Anmeldung eines Wohnsitzes?';
    const useCases: UseCase[] = [
      { name: 'Zusammenfassen', route: 'zusammenfassen', path: '/api/v1/summarize', sectionId: 'summary', button: 'Zusammenfassen', field: '#summary-text', input: summaryText, body: { text: summaryText } },
      { name: 'Recherche', route: 'recherche', path: '/api/v1/research', sectionId: 'research', button: 'Recherche starten', field: '#research-question', input: question, body: { question } },
    ];
    const context = await browser.newContext();
    const pages = new Map<string, Page>();
    for (const useCase of useCases) {
      const page = await context.newPage();
      await page.goto(`${app.baseUrl}/`);
      await page.fill('#login-token', token);
      await page.click('button[type="submit"]');
      await page.waitForSelector('nav');
      await page.goto(`${app.baseUrl}/#/${useCase.route}`);
      await page.fill(useCase.field, useCase.input);
      pages.set(useCase.name, page);
    }
    const arms = useCases.flatMap((useCase) => [
      { name: `${useCase.name} UI`, run: () => uiFirstToken(pages.get(useCase.name) as Page, useCase) },
      { name: `${useCase.name} API`, run: () => apiFirstToken(app.baseUrl, token, useCase) },
    ]);
    const results = await interleave(arms, { rounds, warmups, pauseMs: 100, onRound: (round) => process.stderr.write(`round ${round + 1}/${rounds}\n`) });
    const ms = (index: number) => (results[index] ?? []).map((measured) => measured.value);

    const sizes = assetSizes();
    const median = (pick: (sample: { cold: LoadSample; warm: LoadSample }) => number) => percentile(samples.map(pick), 50);
    const lines = [
      `Machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}, ${browser.version()} headless; ` +
        `load average ${loadAtStart.map((value) => fmt(value, 2)).join(' / ')} at start, ${os.loadavg().map((value) => fmt(value, 2)).join(' / ')} at end; run took ${fmt((Date.now() - started) / 1000, 0)} s.`,
      '',
      `First load of the UI (${loads} fresh browser contexts, median; loopback, no compression in the service):`,
      '',
      '| load | requests | transferred (headers + bodies) | bodies | load event, ms | login form rendered, ms |',
      '|---|---:|---:|---:|---:|---:|',
      `| cold (empty cache) | ${median((s) => s.cold.requests)} | ${kib(median((s) => s.cold.transferBytes))} | ${kib(median((s) => s.cold.bodyBytes))} | ${fmt(median((s) => s.cold.loadMs))} | ${fmt(median((s) => s.cold.renderedMs))} |`,
      `| repeat (cached assets) | ${median((s) => s.warm.requests)} | ${kib(median((s) => s.warm.transferBytes))} | ${kib(median((s) => s.warm.bodyBytes))} | ${fmt(median((s) => s.warm.loadMs))} | ${fmt(median((s) => s.warm.renderedMs))} |`,
      '',
      `Files of the first load (${sizes.files.join(', ')}): ${kib(sizes.raw)} raw, ${kib(sizes.gzip)} if a reverse proxy gzips them.`,
      '',
      `Time to first token, ${rounds} interleaved rounds after ${warmups} warm-ups (test-generator, ${tokens} tokens; UI = click on submit → first streamed text painted, measured in the page; API = request sent → first delta event parsed, measured in Node):`,
      '',
      '| function | UI p50 ms | UI p90 ms | API p50 ms | API p90 ms | UI − API p50 ms | UI / API (paired median) |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...useCases.map((useCase, index) => {
        const ui = ms(index * 2);
        const api = ms(index * 2 + 1);
        return `| ${useCase.name} | ${fmt(percentile(ui, 50))} | ${fmt(percentile(ui, 90))} | ${fmt(percentile(api, 50))} | ${fmt(percentile(api, 90))} | ` +
          `${fmt(percentile(ui, 50) - percentile(api, 50))} | ${fmt(medianRatio(api, ui), 2)}× |`;
      }),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
