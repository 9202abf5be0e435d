import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import request from 'supertest';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { buildService, type Service } from '../dependencies';
import { REPO_ROOT } from '../../test/test-service';
import { createLogger, redactSecrets } from './logger';

const API_TOKEN = 'llm_Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo';
const JWT = 'eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJhbGljZSIsImF1ZCI6ImxsbW9pbiJ9.c2lnbmF0dXJlLWJ5dGVzLWhlcmU';
const ADMIN_TOKEN = 'admin-token-from-the-environment-0123456789';

function memoryLog(): { lines: () => string; stream: Writable } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  return { lines: () => chunks.join(''), stream };
}

describe('redactSecrets', () => {
  it('blanks bearer credentials, API tokens, JWTs, private keys and configured literals, and leaves ordinary text alone', () => {
    expect(redactSecrets(`Authorization: Bearer ${API_TOKEN}`)).toBe('Authorization: Bearer [redacted]');
    expect(redactSecrets(`token ${API_TOKEN} revoked`)).toBe('token llm_[redacted] revoked');
    expect(redactSecrets(`jwt=${JWT}`)).toBe('jwt=[redacted-jwt]');
    expect(redactSecrets('-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI\n-----END PRIVATE KEY-----')).toBe('[redacted-private-key]');
    expect(redactSecrets(`x ${ADMIN_TOKEN} y`, [ADMIN_TOKEN])).toBe('x [redacted] y');
    const ordinary = 'Frist nach § 17 Abs. 1 BMG: zwei Wochen; llm_ ist ein Präfix.';
    expect(redactSecrets(ordinary)).toBe(ordinary);
  });
});

describe('logger redaction', () => {
  it('keeps secrets out of fields, nested objects, messages and errors', () => {
    const log = memoryLog();
    const logger = createLogger('info', log.stream, { secrets: [ADMIN_TOKEN] });
    logger.info({ authorization: `Bearer ${API_TOKEN}`, headers: { authorization: JWT, cookie: 'sid=1' }, token: API_TOKEN, requestId: 'r-1' }, 'fields');
    logger.warn({ detail: { nested: { deeper: `see ${JWT}` } } }, `message with ${API_TOKEN} and ${ADMIN_TOKEN}`);
    logger.error({ err: new Error(`upstream refused Bearer ${API_TOKEN}`) }, 'failure');
    const output = log.lines();
    for (const secret of [API_TOKEN, JWT, ADMIN_TOKEN, 'sid=1']) expect(output).not.toContain(secret);
    expect(output).toContain('"requestId":"r-1"');
    expect(output).toContain('upstream refused Bearer [redacted]');
    expect(output.trim().split('\n')).toHaveLength(3);
  });
});

describe('a request with a token logs no token', () => {
  let service: Service;
  let dataDir: string;
  const log = memoryLog();
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-log-'));
    const config = loadConfig({
      LLMOIN_DATA_DIR: dataDir, LLMOIN_MODELS_DIR: path.join(REPO_ROOT, 'models'), LLMOIN_CORPUS_DIR: path.join(REPO_ROOT, 'corpus'),
      LLMOIN_PROMPTS_DIR: path.join(REPO_ROOT, 'prompts'), LLMOIN_RULES_DIR: path.join(REPO_ROOT, 'rules'), LLMOIN_ADMIN_TOKEN: ADMIN_TOKEN,
      LLMOIN_INGEST_CORPUS_ON_START: 'false', LLMOIN_LOG_LEVEL: 'debug',
    }, REPO_ROOT);
    service = await buildService(config, createLogger('debug', log.stream, { secrets: [ADMIN_TOKEN] }));
  });
  afterAll(async () => {
    await service.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs the request (status, route, subject) but none of the presented credentials', async () => {
    const app = createApp(service.deps);
    const { token } = service.deps.tokens.create({ subject: 'erika', role: 'clerk', name: 'log test', expiresAt: null });
    await request(app).get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
    await request(app).get('/api/v1/me').set('Authorization', `Bearer ${ADMIN_TOKEN}`).expect(200);
    await request(app).get('/api/v1/me').set('Authorization', `Bearer ${API_TOKEN}`).expect(401);
    await request(app).get('/api/v1/me').set('Authorization', `Bearer ${JWT}`).expect(401);
    await request(app).post('/api/v1/search').set('Authorization', `Bearer ${token}`).send({ query: `suche ${API_TOKEN}` }).expect(200);
    const output = log.lines();
    expect(output).toContain('"subject":"erika"');
    expect(output.match(/"msg":"request"/g)?.length).toBeGreaterThanOrEqual(5);
    for (const secret of [token, ADMIN_TOKEN, API_TOKEN, JWT]) expect(output).not.toContain(secret);
  });
});
