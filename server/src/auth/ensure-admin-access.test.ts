import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../config';
import { openDatabase, type Database } from '../platform/db';
import { createLogger } from '../platform/logger';
import { Authenticator } from './authenticator';
import { ensureAdminAccess } from './ensure-admin-access';
import { TokenStore } from './token-store';

/** Log lines as parsed JSON, to check what the operator is told (and that no token leaks into them). */
function capturingLogger() {
  const lines: string[] = [];
  const destination = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
  const logger = createLogger('info', destination);
  return { logger, lines, records: () => lines.map((line) => JSON.parse(line) as { level: number; msg: string }) };
}

describe('ensureAdminAccess', () => {
  let directory: string;
  let database: Database;
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-admin-'));
    database = openDatabase({ file: path.join(directory, 'llmoin.db') });
  });
  afterEach(() => {
    database.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('creates one admin token on an empty install, hands it out once, and never logs it', async () => {
    const config = loadConfig({ LLMOIN_DATA_DIR: directory }, directory);
    const tokens = new TokenStore(database, { maxLifetimeDays: config.tokenMaxDays });
    const log = capturingLogger();
    const token = ensureAdminAccess(config, tokens, log.logger);
    expect(token).toMatch(/^llm_/);
    await expect(new Authenticator(tokens, null).authenticate(`Bearer ${token}`)).resolves.toMatchObject({ subject: 'admin', role: 'admin' });
    expect(log.records()).toEqual([expect.objectContaining({ level: 40, msg: 'created the initial admin token; it is printed once on stdout' })]);
    expect(log.lines.join('')).not.toContain(token?.slice(4));
    const [record] = tokens.list();
    expect(Date.parse(record?.expiresAt ?? '') - Date.parse(record?.createdAt ?? '')).toBe(365 * 86_400_000);

    // Second start on the same data: nothing new, nothing printed.
    expect(ensureAdminAccess(config, tokens, capturingLogger().logger)).toBeNull();
    expect(tokens.count()).toBe(1);
  });

  it('accepts LLMOIN_ADMIN_TOKEN as admin with a warning at start, and creates no token', async () => {
    const adminToken = 'a-very-long-operator-secret-0123456789';
    const config = loadConfig({ LLMOIN_DATA_DIR: directory, LLMOIN_ADMIN_TOKEN: adminToken }, directory);
    const tokens = new TokenStore(database);
    const log = capturingLogger();
    expect(ensureAdminAccess(config, tokens, log.logger)).toBeNull();
    expect(tokens.count()).toBe(0);
    expect(log.records()).toEqual([expect.objectContaining({ level: 40, msg: expect.stringContaining('LLMOIN_ADMIN_TOKEN is set') })]);
    expect(log.lines.join('')).not.toContain(adminToken);
    const authenticator = new Authenticator(tokens, config.adminToken);
    await expect(authenticator.authenticate(`Bearer ${adminToken}`)).resolves.toEqual({ subject: 'admin', role: 'admin', via: 'admin-token' });
    await expect(authenticator.authenticate(`Bearer ${adminToken}x`)).resolves.toBeNull();
  });

  it('creates no admin token when administrators sign in through OIDC', () => {
    const config = loadConfig({
      LLMOIN_DATA_DIR: directory, LLMOIN_OIDC_ISSUER: 'https://idp.musterhaven.de/realms/amt', LLMOIN_OIDC_AUDIENCE: 'llmoin',
      LLMOIN_OIDC_JWKS_URL: 'https://idp.musterhaven.de/realms/amt/protocol/openid-connect/certs',
    }, directory);
    const tokens = new TokenStore(database);
    expect(ensureAdminAccess(config, tokens, capturingLogger().logger)).toBeNull();
    expect(tokens.count()).toBe(0);
  });
});
