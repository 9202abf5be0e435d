import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { createTestService, type TestService } from '../../../test/test-service';
import { loadConfig } from '../../config';
import { securityHeaders } from './security-headers';

const API_POLICY = "default-src 'none';base-uri 'none';form-action 'none';frame-ancestors 'none'";

describe('security headers on the real app', () => {
  let test: TestService;
  let webDir: string;
  beforeAll(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-web-'));
    fs.mkdirSync(path.join(webDir, 'addin'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>LLMoin</title><script type="module" src="/assets/app.js"></script>');
    fs.writeFileSync(path.join(webDir, 'addin', 'taskpane.html'), '<!doctype html><title>Aufgabenbereich</title><script src="{{OFFICE_JS_URL}}"></script>');
    test = await createTestService({ LLMOIN_WEB_DIR: webDir });
  });
  afterAll(async () => {
    await test.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('API answers (also errors) carry a deny-all CSP, no framing, nosniff, no referrer, no-store and no X-Powered-By', async () => {
    for (const call of [request(test.app).get('/health'), request(test.app).get('/api/v1/documents'), request(test.app).get('/api/v1/documents').set('Authorization', test.admin)]) {
      const response = await call;
      expect(response.headers).toMatchObject({
        'content-security-policy': API_POLICY,
        'x-frame-options': 'DENY',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
      });
      expect(response.headers['x-powered-by']).toBeUndefined();
      // Plain HTTP without a public https URL: HSTS would be ignored by browsers and is not sent.
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('the UI page carries exactly one CSP, the UI policy: scripts and styles from the own origin only, nothing inline, never framed', async () => {
    const response = await request(test.app).get('/').expect(200);
    const policy = response.headers['content-security-policy'];
    expect(typeof policy).toBe('string');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('the Office task pane may be framed by Office hosts: no X-Frame-Options, no COOP, frame-ancestors lists Office', async () => {
    const response = await request(test.app).get('/addin/taskpane.html').expect(200);
    expect(response.headers['x-frame-options']).toBeUndefined();
    expect(response.headers['cross-origin-opener-policy']).toBeUndefined();
    expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'self' https:\/\/\*\.officeapps\.live\.com/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('HSTS only over TLS', () => {
  const appWith = (environment: Record<string, string>) => {
    const config = loadConfig(environment);
    const app = express();
    app.set('trust proxy', config.security.trustProxy);
    app.use(securityHeaders(config));
    app.get('/ping', (_request, response) => {
      response.json({ ok: true });
    });
    return app;
  };
  const hsts = async (environment: Record<string, string>, headers: Record<string, string> = {}) =>
    (await request(appWith(environment)).get('/ping').set(headers).expect(200)).headers['strict-transport-security'];

  it('auto: sent with an https public URL, or for TLS reported by a trusted proxy; never for a forged X-Forwarded-Proto', async () => {
    expect(await hsts({})).toBeUndefined();
    expect(await hsts({ LLMOIN_PUBLIC_URL: 'https://llmoin.musterhaven.de' })).toBe('max-age=31536000');
    expect(await hsts({ LLMOIN_PUBLIC_URL: 'http://localhost:3000' })).toBeUndefined();
    expect(await hsts({}, { 'X-Forwarded-Proto': 'https' })).toBeUndefined();
    expect(await hsts({ LLMOIN_TRUST_PROXY: 'loopback' }, { 'X-Forwarded-Proto': 'https' })).toBe('max-age=31536000');
  });

  it('LLMOIN_HSTS=true forces it, false switches it off', async () => {
    expect(await hsts({ LLMOIN_HSTS: 'true' })).toBe('max-age=31536000');
    expect(await hsts({ LLMOIN_HSTS: 'false', LLMOIN_PUBLIC_URL: 'https://llmoin.musterhaven.de' })).toBeUndefined();
  });

  it('rejects unsafe or malformed settings at start', () => {
    expect(() => loadConfig({ LLMOIN_TRUST_PROXY: 'true' })).toThrow(/LLMOIN_TRUST_PROXY/);
    expect(() => loadConfig({ LLMOIN_TRUST_PROXY: '10.0.0.0/99' })).toThrow(/LLMOIN_TRUST_PROXY/);
    expect(loadConfig({ LLMOIN_TRUST_PROXY: '10.0.0.0/8, loopback' }).security.trustProxy).toEqual(['10.0.0.0/8', 'loopback']);
    expect(loadConfig({ LLMOIN_TRUST_PROXY: '1' }).security.trustProxy).toBe(1);
    expect(() => loadConfig({ LLMOIN_HEADERS_TIMEOUT_MS: '60000', LLMOIN_REQUEST_TIMEOUT_MS: '30000' })).toThrow(/LLMOIN_HEADERS_TIMEOUT_MS/);
  });
});
