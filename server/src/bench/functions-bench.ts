import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { buildService, type Service } from '../dependencies';
import { answerExtractively, composeDraft } from '../generation';
import { summarizeExtractively } from '../generation/summarize';
import { checkLegalCitations } from '../legal/citations';
import { computeDeadline } from '../legal/deadlines';
import { renderDocx } from '../export';
import { createLogger } from '../platform/logger';
import { medianRatio, percentile, timeMs } from './statistics';

interface Case {
  name: string;
  path: string;
  body: unknown;
  /** The capability called directly, without HTTP, auth, validation and JSON: the same-run baseline. */
  raw: (service: Service) => unknown;
}

const REPO = path.resolve(__dirname, '../..');
const TEXT = fs.readFileSync(path.join(REPO, 'corpus', 'dienstanweisung-widersprueche.md'), 'utf8');
const QUESTION = 'Innerhalb welcher Frist muss ich mich nach einem Umzug anmelden?';
const VERMERK = { betreff: 'Ortstermin Hecke', kernpunkte: ['Die Hecke ragt 1,20 m in den Gehweg.', 'Rückschnitt bis 15. Juni angeordnet.'], datum: '2026-11-30' };
const LETTER = {
  kind: 'letter', title: 'Bescheid', model: null, text: TEXT.slice(0, 3000),
  letter: { sender: { authority: 'Bezirksamt Musterhaven' }, recipient: { lines: ['Herrn', 'Jonas Beispiel', 'Musterweg 4', '20097 Hamburg'] }, subject: 'Ihr Antrag', date: '2026-11-30' },
};

const CITING = 'Nach § 41 Abs. 2 Satz 1 VwVfG gilt der Bescheid am vierten Tag als bekannt gegeben. Die Frist richtet sich nach '
  + '§ 31 VwVfG in Verbindung mit §§ 187 bis 193 BGB. Gegen den Bescheid ist der Widerspruch nach § 70 VwGO zulässig; Art. 19 Abs. 4 GG bleibt unberührt.';

const CASES: Case[] = [
  {
    name: 'research (extractive)', path: '/api/v1/research', body: { question: QUESTION, k: 5 },
    raw: (service) => answerExtractively(service.deps.retriever, service.deps.analyzer, { question: QUESTION, k: 5, filter: { visibleTo: 'bench' } }),
  },
  {
    name: 'summarize (extractive)', path: '/api/v1/summarize', body: { text: TEXT, length: 'mittel' },
    raw: () => summarizeExtractively({ text: TEXT, length: { preset: 'mittel' }, style: 'fliesstext' }),
  },
  {
    name: 'draft (template)', path: '/api/v1/draft', body: { type: 'vermerk', fields: VERMERK },
    raw: (service) => composeDraft(service.deps.assistant.draftTemplates.get('vermerk')!, VERMERK, { rechtsbehelfsbelehrung: null, today: '2026-11-30', genderFair: true }),
  },
  {
    name: 'simplify (rule report)', path: '/api/v1/simplify', body: { text: TEXT, level: 'leicht' },
    raw: (service) => service.deps.assistant.checkPlainLanguage(TEXT, 'leicht'),
  },
  {
    name: 'deadlines', path: '/api/v1/deadlines', body: { event: '2026-12-18', eventType: 'posted', period: 'P1M', land: 'HH' },
    raw: () => computeDeadline({ event: '2026-12-18', eventType: 'posted', period: 'P1M', land: 'HH' }),
  },
  {
    name: 'legal-citation check (draft with 6 references)', path: '/api/v1/citations/check', body: { text: CITING },
    raw: (service) => checkLegalCitations({ database: service.database }, CITING, { visibleTo: 'bench' }),
  },
  {
    name: 'export DOCX (3,000-character letter)', path: '/api/v1/export/docx', body: LETTER,
    raw: () => renderDocx({ ...LETTER, kind: 'letter', createdAt: new Date('2026-11-30T10:00:00Z') } as Parameters<typeof renderDocx>[0]),
  },
];

/**
 * `npm run bench:functions`: latency of each assistant endpoint in degraded mode (no language
 * model) over loopback HTTP, against the capability it wraps called directly, interleaved in the
 * same run. The ratio is what the API layer (auth, validation, JSON, audit) costs.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '40' } } });
  const rounds = Number(values.rounds);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-bench-functions-'));
  const config = loadConfig({
    LLMOIN_DATA_DIR: dataDir, LLMOIN_MODELS_DIR: path.join(REPO, 'models'), LLMOIN_CORPUS_DIR: path.join(REPO, 'corpus'),
    LLMOIN_PROMPTS_DIR: path.join(REPO, 'prompts'), LLMOIN_RULES_DIR: path.join(REPO, 'rules'), LLMOIN_LOG_LEVEL: 'silent',
    LLMOIN_ADMIN_TOKEN: 'bench-admin-token-0123456789abcdef', LLMOIN_INGEST_CORPUS_ON_START: 'false',
  }, REPO);
  const service = await buildService(config, createLogger('silent'));
  await service.ingestCorpus();
  // Three real laws so that the citation check resolves references (BGB stays unknown: its size would dominate set-up).
  const laws = path.resolve(REPO, '../shared/data/gesetze');
  if (fs.existsSync(laws)) {
    await service.deps.library.ingestPaths(['vwvfg.md', 'vwgo.md', 'gg.md'].map((name) => path.join(laws, name)), { collection: 'gesetze', root: laws });
  } else process.stderr.write(`shared laws missing at ${laws}: the citation check will report every law unknown\n`);
  const token = service.deps.tokens.create({ subject: 'bench', role: 'clerk', name: 'bench', expiresAt: null }).token;
  const server = createApp(service.deps).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call = async (testCase: Case) => {
    const response = await fetch(`${base}${testCase.path}`, {
      method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(testCase.body),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${testCase.path} answered ${response.status}`);
  };
  const lines = [
    `Degraded mode (no generation model), bundled corpus, ${rounds} rounds per endpoint, API and raw call interleaved.`, '',
    '| endpoint | API p50 ms | API p95 ms | raw p50 ms | raw p95 ms | median ratio API/raw |', '|---|---:|---:|---:|---:|---:|',
  ];
  for (const testCase of CASES) {
    for (let i = 0; i < 5; i++) {
      await call(testCase);
      await testCase.raw(service);
    }
    const api: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < rounds; i++) {
      api.push((await timeMs(() => call(testCase))).ms);
      raw.push((await timeMs(() => testCase.raw(service))).ms);
    }
    const format = (value: number) => value.toFixed(2);
    lines.push(`| ${testCase.name} | ${format(percentile(api, 50))} | ${format(percentile(api, 95))} | ${format(percentile(raw, 50))} | ${format(percentile(raw, 95))} | ${medianRatio(raw, api).toFixed(2)}× |`);
    process.stderr.write(`${testCase.name} done\n`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  await new Promise((resolve) => server.close(resolve));
  await service.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
