import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createTestService, REPO_ROOT, type TestService } from '../../server/test/test-service';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-output', 'web');
const AXE_SOURCE = path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

/**
 * Debian's Chromium (`apt-get install chromium`), or CHROMIUM_PATH. Never downloads a browser;
 * a missing binary fails the suite with the command that installs it.
 */
export function chromiumPath(): string {
  const configured = process.env['CHROMIUM_PATH'];
  const candidates = configured ? [configured] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(`No Chromium found at ${candidates.join(' or ')}. Install Debian's package ("apt-get install -y chromium") or set CHROMIUM_PATH; the browser tests never download a browser.`);
  }
  return found;
}

/** One headless browser per test file; extra host names map to loopback (for a second origin). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--host-resolver-rules=MAP addin.test 127.0.0.1, MAP other.test 127.0.0.1'],
  });
}

/** Builds web/ into a temporary directory: the tests serve exactly the current sources. */
export function buildWebInto(): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-web-e2e-'));
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'web/build.mjs'), '--out', outDir], { cwd: REPO_ROOT, stdio: 'pipe' });
  return outDir;
}

export interface RunningService {
  test: TestService;
  baseUrl: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The real service on 127.0.0.1 with a port known before the configuration is built (so
 * LLMOIN_PUBLIC_URL and LLMOIN_CORS_ORIGINS can name it): listen first, then route to the app.
 */
export async function startService(environment: (port: number) => Record<string, string>, options: { corpus?: boolean } = {}): Promise<RunningService> {
  let handler: http.RequestListener = (_request, response) => {
    response.statusCode = 503;
    response.end();
  };
  const server = http.createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const webDir = buildWebInto();
  // A suite sends more generations per minute and user than the default rate limit allows: off here.
  const test = await createTestService({ LLMOIN_WEB_DIR: webDir, LLMOIN_LOG_LEVEL: 'silent', LLMOIN_RATE_LIMIT_GENERATION_PER_MINUTE: '0', ...environment(port) });
  // The sample corpus of Musterhaven (as main.ts ingests it at start), for research over shared documents.
  if (options.corpus) await test.service.ingestCorpus();
  handler = test.app;
  return {
    test,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await test.close();
      fs.rmSync(webDir, { recursive: true, force: true });
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) in the page; returns serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // Evaluated over the DevTools protocol: our CSP forbids inline scripts, and the tests keep CSP on.
  if (!hasAxe) await page.evaluate(fs.readFileSync(AXE_SOURCE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id, impact: violation.impact, help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target, ...(node.failureSummary ? { failureSummary: node.failureSummary } : {}) })),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Fails with the violations listed, so a report names rule and element. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length > 0) {
    const lines = violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    throw new Error(`axe found serious/critical violations in state "${state}":\n${lines.join('\n')}`);
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Logs in through the form with a bearer token ("Bearer x" or just "x"). */
export async function login(page: Page, baseUrl: string, token: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Persönliches API-Token').fill(token.replace(/^Bearer /, ''));
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
}

/** Records console errors and CSP violations, which every test expects to stay empty. */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of (4\d\d|503)/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}
