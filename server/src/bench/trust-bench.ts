import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { buildService, type Service } from '../dependencies';
import { createLogger } from '../platform/logger';
import { medianRatio, percentile, timeMs } from './statistics';

const REPO = path.resolve(__dirname, '../..');
/** A clerk's letter with the personal data pseudonymisation has to find (name, address, IBAN, phone, e-mail, Steuer-ID). */
const LETTER = [
  'Sehr geehrte Frau Dr. Aylin Yılmaz-Schmidt,',
  'wir bestätigen den Eingang Ihres Antrags auf Wohngeld vom 12.10.2026. Sie wohnen in der Musterstraße 12a, 20095 Hamburg.',
  'Die Erstattung überweisen wir auf das Konto IBAN DE89 3704 0044 0532 0130 00. Ihre Steuer-ID 86095742719 haben wir vermerkt.',
  'Für Rückfragen erreichen Sie Herrn Jonas Beispiel unter 040 42828-1234 oder per E-Mail an jonas.beispiel@musterhaven.de.',
  'Bitte reichen Sie die Mietbescheinigung bis zum 15.12.2026 nach. Ohne diese Unterlage können wir nicht entscheiden.',
  'Mit freundlichen Grüßen',
  'Im Auftrag',
  'Petra Kaya',
].join('\n\n');

async function start(environment: Record<string, string>, dataDir: string) {
  const config = loadConfig({
    LLMOIN_DATA_DIR: dataDir, LLMOIN_MODELS_DIR: path.join(REPO, 'models'), LLMOIN_CORPUS_DIR: path.join(REPO, 'corpus'),
    LLMOIN_PROMPTS_DIR: path.join(REPO, 'prompts'), LLMOIN_RULES_DIR: path.join(REPO, 'rules'), LLMOIN_LOG_LEVEL: 'silent',
    LLMOIN_ADMIN_TOKEN: 'bench-admin-token-0123456789abcdef', LLMOIN_INGEST_CORPUS_ON_START: 'false', LLMOIN_GENERATION_MODEL: 'test-generator',
    LLMOIN_DEFAULT_GENERATION_TOKENS: '8', LLMOIN_RATE_LIMIT_PER_MINUTE: '100000', LLMOIN_RATE_LIMIT_IP_PER_MINUTE: '100000', LLMOIN_RATE_LIMIT_GENERATION_PER_MINUTE: '100000',
    ...environment,
  }, REPO);
  const service: Service = await buildService(config, createLogger('silent'));
  await service.ingestCorpus();
  const token = service.deps.tokens.create({ subject: 'bench', role: 'clerk', name: 'bench', expiresAt: null }).token;
  const server = createApp(service.deps).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    call: async (route: string, body: unknown) => {
      const response = await fetch(`${base}${route}`, {
        method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body),
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${route} answered ${response.status}`);
    },
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await service.close();
    },
  };
}

/**
 * `npm run bench:trust`: what pseudonymisation plus auditing cost per request. Two services on the
 * same data — one with both on (the default), one with LLMOIN_PSEUDONYMIZE=false and
 * LLMOIN_AUDIT_ENABLED=false — get the same requests, interleaved, with the test generation model.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '40' } } });
  const rounds = Number(values.rounds);
  const dirs = [fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-trust-on-')), fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-trust-off-'))] as const;
  const on = await start({}, dirs[0]);
  const off = await start({ LLMOIN_PSEUDONYMIZE: 'false', LLMOIN_AUDIT_ENABLED: 'false' }, dirs[1]);
  const cases = [
    { name: 'summarize a 700-character letter (generative, 8 tokens)', route: '/api/v1/summarize', body: { text: LETTER, length: 'kurz' } },
    { name: 'research (generative, 8 tokens)', route: '/api/v1/research', body: { question: 'Welche Unterlagen brauche ich für den Wohngeldantrag von Frau Yılmaz?', k: 3 } },
    { name: 'draft a Vermerk (generative, 8 tokens)', route: '/api/v1/draft', body: { type: 'vermerk', fields: { betreff: 'Telefonat mit Frau Yılmaz-Schmidt', kernpunkte: LETTER.split('\n\n').slice(1, 4) } } },
  ];
  const lines = [
    `Test generation model, ${rounds} rounds per case, both services interleaved. "on": pseudonymisation + audit (defaults); "off": both switched off.`, '',
    '| request | on p50 ms | on p95 ms | off p50 ms | off p95 ms | overhead p50 ms | median ratio on/off |', '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const testCase of cases) {
    for (let i = 0; i < 3; i++) {
      await on.call(testCase.route, testCase.body);
      await off.call(testCase.route, testCase.body);
    }
    const timesOn: number[] = [];
    const timesOff: number[] = [];
    for (let i = 0; i < rounds; i++) {
      // Alternate which goes first so drift on the shared machine hits both equally.
      if (i % 2 === 0) {
        timesOn.push((await timeMs(() => on.call(testCase.route, testCase.body))).ms);
        timesOff.push((await timeMs(() => off.call(testCase.route, testCase.body))).ms);
      } else {
        timesOff.push((await timeMs(() => off.call(testCase.route, testCase.body))).ms);
        timesOn.push((await timeMs(() => on.call(testCase.route, testCase.body))).ms);
      }
    }
    const p = (sample: number[], q: number) => percentile(sample, q).toFixed(1);
    lines.push(`| ${testCase.name} | ${p(timesOn, 50)} | ${p(timesOn, 95)} | ${p(timesOff, 50)} | ${p(timesOff, 95)} | ${(percentile(timesOn, 50) - percentile(timesOff, 50)).toFixed(1)} | ${medianRatio(timesOff, timesOn).toFixed(2)}× |`);
    process.stderr.write(`${testCase.name} done\n`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  await on.close();
  await off.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
