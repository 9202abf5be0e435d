import request from 'supertest';
import { createTestService, type TestService } from '../../test/test-service';

const ADDIN = 'https://addin.stadt.example';
const OTHER = 'https://evil.example';

describe('CORS allowlist (LLMOIN_CORS_ORIGINS)', () => {
  let test: TestService;
  let clerk: string;
  beforeAll(async () => {
    test = await createTestService({ LLMOIN_CORS_ORIGINS: `${ADDIN}, http://localhost:3000` });
    clerk = test.tokenFor('clerk-cors');
  });
  afterAll(() => test.close());

  it('answers the preflight of an allowed origin without a token, allowing the Authorization header and no credentials', async () => {
    const response = await request(test.app).options('/api/v1/research')
      .set('Origin', ADDIN).set('Access-Control-Request-Method', 'POST').set('Access-Control-Request-Headers', 'authorization, content-type')
      .expect(204);
    expect(response.headers['access-control-allow-origin']).toBe(ADDIN);
    expect(response.headers['access-control-allow-headers']).toMatch(/\bAuthorization\b/);
    expect(response.headers['access-control-allow-methods']).toMatch(/\bPOST\b/);
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    expect(response.headers['vary']).toMatch(/Origin/);
  });

  it('refuses the preflight of any other origin and sends no CORS headers', async () => {
    for (const origin of [OTHER, 'https://addin.stadt.example.evil.example', 'null', `${ADDIN}:8443`]) {
      const response = await request(test.app).options('/api/v1/research').set('Origin', origin).set('Access-Control-Request-Method', 'POST').expect(403);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });

  it('marks real responses readable for the allowed origin only', async () => {
    const allowed = await request(test.app).get('/api/v1/draft/types').set('Origin', ADDIN).set('Authorization', clerk).expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe(ADDIN);
    expect(allowed.headers['access-control-expose-headers']).toMatch(/Retry-After/);
    const other = await request(test.app).get('/api/v1/draft/types').set('Origin', OTHER).set('Authorization', clerk).expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const sameOrigin = await request(test.app).get('/api/v1/draft/types').set('Authorization', clerk).expect(200);
    expect(sameOrigin.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('still requires the bearer token from an allowed origin', async () => {
    const response = await request(test.app).get('/api/v1/draft/types').set('Origin', ADDIN).expect(401);
    expect(response.headers['access-control-allow-origin']).toBe(ADDIN);
  });

  it('admits no origin at all by default', async () => {
    const closed = await createTestService();
    try {
      const response = await request(closed.app).options('/api/v1/research').set('Origin', ADDIN).set('Access-Control-Request-Method', 'POST').expect(403);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await closed.close();
    }
  });

  it.each([
    ['a path', 'https://addin.example/taskpane'],
    ['a trailing slash', 'https://addin.example/'],
    ['a wildcard', '*'],
    ['upper case', 'https://Addin.example'],
    ['another scheme', 'ftp://addin.example'],
  ])('rejects an origin with %s at start', async (_name, value) => {
    await expect(createTestService({ LLMOIN_CORS_ORIGINS: value })).rejects.toThrow(/LLMOIN_CORS_ORIGINS/);
  });
});
