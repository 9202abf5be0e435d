import request from 'supertest';
import { createSigningKey, TestIssuer } from '../../test/oidc-issuer';
import { createTestService, type TestService } from '../../test/test-service';
import { loadJose } from './load-jose';

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const SUB = 'c0ffee00-0000-4000-8000-000000000001';

describe('OIDC bearer tokens against a real JWKS on loopback', () => {
  let issuer: TestIssuer;
  let test: TestService;
  beforeAll(async () => {
    issuer = await TestIssuer.start('ES256');
    test = await createTestService(issuer.environment());
  });
  afterAll(async () => {
    await test.close();
    await issuer.close();
  });

  const me = (token: string) => request(test.app).get('/api/v1/me').set('Authorization', `Bearer ${token}`);

  const expectRejected = async (token: string, reason: string) => {
    const response = await me(token).expect(401);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="llmoin", error="invalid_token"');
    expect(response.body).toMatchObject({ type: 'urn:llmoin:problem:unauthenticated', status: 401, reason, detail: expect.any(String) });
  };

  it('accepts a valid token: prefixed subject, mapped role, groups from the claim', async () => {
    const response = await me(await issuer.sign()).expect(200);
    expect(response.body).toEqual({
      subject: `oidc:${SUB}`, role: 'clerk', via: 'oidc', groups: ['/Bauamt'], limited: false,
      scopes: ['functions', 'documents:read', 'documents:write', 'tokens:manage'],
    });
  });

  it('gives the highest mapped role and ignores unmapped IdP roles', async () => {
    const token = await issuer.sign({ claims: { realm_access: { roles: ['llmoin-clerk', 'uma_authorization', 'llmoin-admin', 'llmoin-auditor'] } } });
    expect((await me(token).expect(200)).body.role).toBe('admin');
    const auditor = await issuer.sign({ claims: { realm_access: { roles: ['llmoin-auditor', 'llmoin-clerk'] } } });
    expect((await me(auditor).expect(200)).body.role).toBe('auditor');
  });

  it('tolerates the configured clock skew (30 s) but not more', async () => {
    await me(await issuer.sign({ expiresIn: -10 })).expect(200);
    await expectRejected(await issuer.sign({ expiresIn: -120 }), 'token-expired');
  });

  it('rejects a token that is not valid yet', async () => {
    await expectRejected(await issuer.sign({ notBefore: 600 }), 'token-not-yet-valid');
  });

  it('rejects a wrong audience and a wrong issuer', async () => {
    await expectRejected(await issuer.sign({ audience: 'another-client' }), 'wrong-audience');
    await expectRejected(await issuer.sign({ issuer: `${issuer.origin}/realms/other` }), 'wrong-issuer');
  });

  it('rejects a token without expiry', async () => {
    await expectRejected(await issuer.sign({ expiresIn: null }), 'invalid-claims');
  });

  it('rejects a token signed by another key, whether it claims the real kid or its own', async () => {
    const stranger = await createSigningKey('ES256', 'stranger');
    await expectRejected(await issuer.sign({ key: stranger, kid: issuer.current.kid }), 'invalid-signature');
    await expectRejected(await issuer.sign({ key: stranger }), 'unknown-key');
  });

  it('rejects alg "none" and an HMAC token keyed with the public key', async () => {
    const valid = await issuer.sign();
    const payload = valid.split('.')[1];
    await expectRejected(`${base64url({ alg: 'none', typ: 'JWT' })}.${payload}.`, 'algorithm-not-allowed');
    const jose = await loadJose();
    const hmac = await new jose.SignJWT({ sub: SUB, realm_access: { roles: ['llmoin-admin'] } })
      .setProtectedHeader({ alg: 'HS256', kid: issuer.current.kid })
      .setIssuer(issuer.issuer).setAudience('llmoin').setExpirationTime('5m')
      .sign(new TextEncoder().encode(JSON.stringify(issuer.current.jwk)));
    await expectRejected(hmac, 'algorithm-not-allowed');
  });

  it('rejects a tampered payload (role raised after signing)', async () => {
    const [header, payload, signature] = (await issuer.sign()).split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    claims.realm_access.roles = ['llmoin-admin'];
    await expectRejected(`${header}.${base64url(claims)}.${signature}`, 'invalid-signature');
  });

  it('rejects garbage shaped like a JWT', async () => {
    await expectRejected('abc.def.ghi', 'malformed-token');
  });

  it('answers 403 with a problem body when the token carries no mapped role', async () => {
    const token = await issuer.sign({ claims: { realm_access: { roles: ['offline_access'] } } });
    const response = await me(token).expect(403);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ type: 'urn:llmoin:problem:forbidden', reason: 'no-role' });
    const noClaim = await issuer.sign({ claims: { realm_access: undefined } });
    expect((await me(noClaim).expect(403)).body.reason).toBe('no-role');
  });

  it('rejects a token without a subject', async () => {
    await expectRejected(await issuer.sign({ claims: { sub: undefined } }), 'missing-subject');
  });

  it('keeps API tokens and the admin token working beside OIDC', async () => {
    await request(test.app).get('/api/v1/me').set('Authorization', test.tokenFor(SUB)).expect(200)
      .expect((response) => expect(response.body).toMatchObject({ subject: SUB, via: 'api-token' }));
    await request(test.app).get('/api/v1/me').set('Authorization', test.admin).expect(200)
      .expect((response) => expect(response.body).toMatchObject({ subject: 'admin', role: 'admin', via: 'admin-token' }));
  });

  it("keeps an OIDC user's uploads apart from an API-token user with the same bare subject", async () => {
    const oidc = `Bearer ${await issuer.sign()}`;
    const uploaded = await request(test.app).post('/api/v1/documents').set('Authorization', oidc)
      .attach('file', Buffer.from('# Notiz\n\nDie Baugenehmigung für das Gartenhaus liegt vor.'), 'notiz.md').expect(201);
    expect(uploaded.body.document.owner).toBe(`oidc:${SUB}`);
    await request(test.app).get(`/api/v1/documents/${uploaded.body.document.id}`).set('Authorization', test.tokenFor(SUB)).expect(404);
    await request(test.app).get(`/api/v1/documents/${uploaded.body.document.id}`).set('Authorization', oidc).expect(200);
  });
});

describe('OIDC key rotation and an unreachable IdP', () => {
  it('caches the JWKS, picks up a rotated key by its kid, drops the old one, and answers 503 when the IdP is down', async () => {
    const issuer = await TestIssuer.start('RS256');
    const test = await createTestService(issuer.environment({ LLMOIN_OIDC_ALGORITHMS: 'RS256' }));
    try {
      const before = await issuer.sign();
      await request(test.app).get('/api/v1/me').set('Authorization', `Bearer ${before}`).expect(200);
      await request(test.app).get('/api/v1/me').set('Authorization', `Bearer ${await issuer.sign()}`).expect(200);
      expect(issuer.jwksRequests).toBe(1);

      await issuer.rotate('key-2');
      const after = await issuer.sign();
      await request(test.app).get('/api/v1/me').set('Authorization', `Bearer ${after}`).expect(200);
      expect(issuer.jwksRequests).toBe(2);
      const old = await request(test.app).get('/api/v1/me').set('Authorization', `Bearer ${before}`).expect(401);
      expect(old.body.reason).toBe('unknown-key');

      await issuer.close();
      const cached = await request(test.app).get('/api/v1/me').set('Authorization', `Bearer ${after}`);
      expect(cached.status).toBe(200);
      const unknown = await issuer.sign({ kid: 'key-3' });
      const down = await request(test.app).get('/api/v1/me').set('Authorization', `Bearer ${unknown}`).expect(503);
      expect(down.body).toMatchObject({ type: 'urn:llmoin:problem:service-unavailable', reason: 'jwks-unavailable' });
    } finally {
      await test.close();
      await issuer.close().catch(() => undefined);
    }
  });
});
