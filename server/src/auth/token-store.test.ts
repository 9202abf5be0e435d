import { createHash } from 'node:crypto';
import { openDatabase, type Database } from '../platform/db';
import { TokenStore } from './token-store';

describe('TokenStore', () => {
  let database: Database;
  let now: Date;
  beforeEach(() => {
    database = openDatabase({ file: ':memory:' });
    now = new Date('2026-03-02T08:00:00.000Z');
  });
  afterEach(() => database.close());

  const store = (maxLifetimeDays = 365) => new TokenStore(database, { maxLifetimeDays, now: () => now });

  it('stores only a hash, and authenticates with scopes and groups until the token expires', () => {
    const tokens = store();
    const { token, record } = tokens.create({
      subject: 'erika', role: 'clerk', name: 'Office', expiresAt: new Date('2026-03-09T08:00:00.000Z'),
      scopes: ['functions', 'documents:read'], groups: ['/Bauamt'],
    });
    expect(token).toMatch(/^llm_[A-Za-z0-9_-]{43}$/);
    const stored = JSON.stringify(database.prepare('SELECT * FROM api_tokens').all());
    expect(stored).not.toContain(token.slice(4));
    expect(record).toMatchObject({ scopes: ['functions', 'documents:read'], groups: ['/Bauamt'], expiresAt: '2026-03-09T08:00:00.000Z' });
    expect(tokens.authenticate(token)).toEqual({ subject: 'erika', role: 'clerk', via: 'api-token', scopes: ['functions', 'documents:read'], groups: ['/Bauamt'] });
    now = new Date('2026-03-09T07:59:59.999Z');
    expect(tokens.authenticate(token)).not.toBeNull();
    now = new Date('2026-03-09T08:00:00.000Z');
    expect(tokens.authenticate(token)).toBeNull();
  });

  it('gives a token without scope list no scope limits', () => {
    const tokens = store();
    const { token, record } = tokens.create({ subject: 'erika', role: 'clerk', name: 'Skript', expiresAt: null });
    expect(record.scopes).toBeNull();
    expect(tokens.authenticate(token)).toEqual({ subject: 'erika', role: 'clerk', via: 'api-token', groups: [] });
  });

  it('refuses a revoked token at once', () => {
    const tokens = store();
    const { token, record } = tokens.create({ subject: 'erika', role: 'clerk', name: 'x', expiresAt: null });
    expect(tokens.revoke(record.id)?.revokedAt).toBe(now.toISOString());
    expect(tokens.authenticate(token)).toBeNull();
  });

  it('cuts lifetimes to the maximum, also for tokens made before a lower maximum', () => {
    const generous = store(365);
    const { token, record } = generous.create({ subject: 'erika', role: 'clerk', name: 'x', expiresAt: new Date('2030-01-01T00:00:00Z') });
    expect(record.expiresAt).toBe('2027-03-02T08:00:00.000Z');
    const open = generous.create({ subject: 'max', role: 'clerk', name: 'y', expiresAt: null });
    expect(open.record.expiresAt).toBe('2027-03-02T08:00:00.000Z');

    now = new Date('2026-04-02T08:00:00.000Z');
    const strict = store(30);
    expect(strict.authenticate(token)).toBeNull();
    expect(strict.list('erika')[0]?.expiresAt).toBe('2026-04-01T08:00:00.000Z');
    expect(generous.authenticate(token)).not.toBeNull();
  });

  it('honours tokens from before scopes existed (NULL expiry, no scope list) within the maximum lifetime', () => {
    const legacyToken = 'llm_legacy-token-from-schema-version-2';
    database.prepare("INSERT INTO api_tokens (id, subject, role, name, token_hash, created_at) VALUES ('legacy', 'alt', 'clerk', 'alt', ?, '2026-01-01T00:00:00.000Z')")
      .run(createHash('sha256').update(legacyToken).digest('hex'));
    const [legacy] = store().list();
    expect(legacy).toMatchObject({ id: 'legacy', scopes: null, groups: [], expiresAt: '2027-01-01T00:00:00.000Z' });
    expect(store().authenticate(legacyToken)).toEqual({ subject: 'alt', role: 'clerk', via: 'api-token', groups: [] });
    now = new Date('2027-01-01T00:00:00.000Z');
    expect(store().authenticate(legacyToken)).toBeNull();
  });
});
