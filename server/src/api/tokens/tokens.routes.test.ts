import request from 'supertest';
import { createTestService, type TestService } from '../../../test/test-service';

const TEXT = 'Die Widerspruchsfrist beträgt einen Monat nach Bekanntgabe. Der Widerspruch ist schriftlich einzulegen. '
  + 'Die Behörde prüft die Recht- und Zweckmäßigkeit des Bescheides. Gebühren werden nach der Satzung erhoben.';

describe('personal API tokens with scopes', () => {
  let test: TestService;
  beforeEach(async () => {
    test = await createTestService({ LLMOIN_TOKEN_MAX_DAYS: '180' });
  });
  afterEach(() => test.close());

  const createToken = (authorization: string, body: Record<string, unknown>) =>
    request(test.app).post('/api/v1/tokens').set('Authorization', authorization).send(body);
  const summarize = (token: string) => request(test.app).post('/api/v1/summarize').set('Authorization', `Bearer ${token}`).send({ text: TEXT });

  it('issues the Office add-in token (functions + documents:read): it summarizes and reads, but cannot upload or mint tokens', async () => {
    const clerk = test.tokenFor('erika');
    const created = await createToken(clerk, { name: 'Office-Add-in', scopes: ['functions', 'documents:read'] }).expect(201);
    expect(created.body).toMatchObject({ subject: 'erika', role: 'clerk', scopes: ['functions', 'documents:read'], limited: true, groups: [] });
    const addin = created.body.token as string;
    await summarize(addin).expect(200);
    await request(test.app).get('/api/v1/documents').set('Authorization', `Bearer ${addin}`).expect(200);
    const upload = await request(test.app).post('/api/v1/documents').set('Authorization', `Bearer ${addin}`)
      .attach('file', Buffer.from('# Notiz\n\nText.'), 'notiz.md').expect(403);
    expect(upload.body).toMatchObject({ reason: 'insufficient-scope', requiredScope: 'documents:write' });
    const mint = await createToken(`Bearer ${addin}`, { name: 'mehr' }).expect(403);
    expect(mint.body).toMatchObject({ type: 'urn:llmoin:problem:forbidden', reason: 'insufficient-scope', requiredScope: 'tokens:manage' });
  });

  it('refuses summarize to a documents:read-only token with a 403 problem', async () => {
    const created = await createToken(test.tokenFor('erika'), { name: 'nur lesen', scopes: ['documents:read'] }).expect(201);
    const refused = await summarize(created.body.token).expect(403);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ type: 'urn:llmoin:problem:forbidden', reason: 'insufficient-scope', requiredScope: 'functions' });
    await request(test.app).get('/api/v1/documents').set('Authorization', `Bearer ${created.body.token}`).expect(200);
  });

  it("refuses scopes above the owner's role, and above the creating token's own scopes", async () => {
    const beyondRole = await createToken(test.tokenFor('erika'), { name: 'x', scopes: ['functions', 'audit:read'] }).expect(403);
    expect(beyondRole.body).toMatchObject({ reason: 'scope-not-allowed', allowedScopes: ['functions', 'documents:read', 'documents:write', 'tokens:manage'] });
    await createToken(test.tokenFor('revision', 'auditor'), { name: 'x', scopes: ['functions'] }).expect(403);
    await createToken(test.tokenFor('revision', 'auditor'), { name: 'x', scopes: ['audit:read'] }).expect(201);
    await createToken(test.admin, { name: 'x', subject: 'max', role: 'clerk', scopes: ['admin'] }).expect(403);

    const limited = await createToken(test.tokenFor('erika'), { name: 'verwalten', scopes: ['tokens:manage', 'documents:read'] }).expect(201);
    const widened = await createToken(`Bearer ${limited.body.token}`, { name: 'mehr', scopes: ['functions'] }).expect(403);
    expect(widened.body.allowedScopes).toEqual(['documents:read', 'tokens:manage']);
    const inherited = await createToken(`Bearer ${limited.body.token}`, { name: 'erbt' }).expect(201);
    expect(inherited.body).toMatchObject({ scopes: ['documents:read', 'tokens:manage'], limited: true });
  });

  it('lets only administrators issue tokens for others, and lists and revokes only own tokens', async () => {
    await createToken(test.tokenFor('erika'), { name: 'x', subject: 'max' }).expect(403);
    await createToken(test.tokenFor('erika'), { name: 'x', role: 'admin' }).expect(403);
    const forMax = await createToken(test.admin, { name: 'Skript', subject: 'max', role: 'clerk', groups: ['/Bauamt'] }).expect(201);
    expect(forMax.body).toMatchObject({ subject: 'max', role: 'clerk', scopes: ['functions', 'documents:read', 'documents:write', 'tokens:manage'], limited: false, groups: ['/Bauamt'] });

    const erika = test.tokenFor('erika');
    const own = await createToken(erika, { name: 'eigen' }).expect(201);
    const listed = await request(test.app).get('/api/v1/tokens').set('Authorization', erika).expect(200);
    expect(listed.body.tokens.every((token: { subject: string }) => token.subject === 'erika')).toBe(true);
    expect(JSON.stringify(listed.body)).not.toContain(own.body.token);
    await request(test.app).delete(`/api/v1/tokens/${forMax.body.id}`).set('Authorization', erika).expect(404);
    await request(test.app).delete(`/api/v1/tokens/${own.body.id}`).set('Authorization', erika).expect(204);
    await request(test.app).get('/api/v1/me').set('Authorization', `Bearer ${own.body.token}`).expect(401);
    await request(test.app).get('/api/v1/me').set('Authorization', `Bearer ${forMax.body.token}`).expect(200);
  });

  it('refuses groups the creator is not in; an admin may record any', async () => {
    const inBauamt = `Bearer ${test.service.deps.tokens.create({ subject: 'erika', role: 'clerk', name: 't', expiresAt: null, groups: ['/Bauamt'] }).token}`;
    const inherited = await createToken(inBauamt, { name: 'erbt' }).expect(201);
    expect(inherited.body.groups).toEqual(['/Bauamt']);
    const foreign = await createToken(inBauamt, { name: 'fremd', groups: ['/Kämmerei'] }).expect(403);
    expect(foreign.body.reason).toBe('group-not-allowed');
    const none = await createToken(inBauamt, { name: 'ohne', groups: [] }).expect(201);
    expect(none.body.groups).toEqual([]);
  });

  it('bounds lifetimes by LLMOIN_TOKEN_MAX_DAYS and defaults to 90 days', async () => {
    const erika = test.tokenFor('erika');
    const tooLong = await createToken(erika, { name: 'x', expiresInDays: 181 }).expect(400);
    expect(JSON.stringify(tooLong.body.errors)).toContain('LLMOIN_TOKEN_MAX_DAYS (180)');
    const longest = await createToken(erika, { name: 'x', expiresInDays: 180 }).expect(201);
    const days = (body: { createdAt: string; expiresAt: string }) => (Date.parse(body.expiresAt) - Date.parse(body.createdAt)) / 86_400_000;
    expect(days(longest.body)).toBeCloseTo(180, 3);
    expect(days((await createToken(erika, { name: 'y' }).expect(201)).body)).toBeCloseTo(90, 3);
  });
});

describe('token expiry over HTTP', () => {
  it('refuses an expired token with 401', async () => {
    const test = await createTestService();
    try {
      const { token, record } = test.service.deps.tokens.create({ subject: 'erika', role: 'clerk', name: 'kurz', expiresAt: new Date(Date.now() + 1500) });
      await request(test.app).get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
      await new Promise((resolve) => setTimeout(resolve, Date.parse(record.expiresAt) - Date.now() + 50));
      const expired = await request(test.app).get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(401);
      expect(expired.body.type).toBe('urn:llmoin:problem:unauthenticated');
      expect(expired.headers['www-authenticate']).toBe('Bearer realm="llmoin", error="invalid_token"');
    } finally {
      await test.close();
    }
  });
});
