import request from 'supertest';
import { createTestService, type TestService } from '../../../test/test-service';
import { isGenerationRequest } from './rate-limits';

const expectTooMany = (response: request.Response, limitVariable: string) => {
  expect(response.status).toBe(429);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: 'urn:llmoin:problem:too-many-requests', title: 'Too many requests', status: 429 });
  expect(response.body.detail).toContain(limitVariable);
  const retryAfter = Number(response.headers['retry-after']);
  expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
  expect(response.body.retryAfterSeconds).toBe(retryAfter);
};

describe('rate limit per client address (before authentication)', () => {
  let test: TestService;
  beforeAll(async () => {
    test = await createTestService({ LLMOIN_RATE_LIMIT_IP_PER_MINUTE: '3', LLMOIN_RATE_LIMIT_PER_MINUTE: '0' });
  });
  afterAll(() => test.close());

  it('refuses an anonymous flood with 429 problem bodies, ignores forged X-Forwarded-For and leaves /health alone', async () => {
    for (let index = 0; index < 3; index += 1) await request(test.app).get('/api/v1/documents').set('X-Forwarded-For', `203.0.113.${index}`).expect(401);
    expectTooMany(await request(test.app).get('/api/v1/documents').set('X-Forwarded-For', '203.0.113.99'), 'LLMOIN_RATE_LIMIT_IP_PER_MINUTE');
    // Authenticated callers from the same address share the address budget.
    expectTooMany(await request(test.app).get('/api/v1/me').set('Authorization', test.admin), 'LLMOIN_RATE_LIMIT_IP_PER_MINUTE');
    for (let index = 0; index < 5; index += 1) await request(test.app).get('/health').expect(200);
  });
});

describe('rate limit per address behind a trusted proxy', () => {
  let test: TestService;
  beforeAll(async () => {
    test = await createTestService({ LLMOIN_RATE_LIMIT_IP_PER_MINUTE: '2', LLMOIN_TRUST_PROXY: 'loopback' });
  });
  afterAll(() => test.close());

  it('counts each forwarded client separately', async () => {
    for (const client of ['198.51.100.1', '198.51.100.2']) {
      for (let index = 0; index < 2; index += 1) await request(test.app).get('/api/v1/me').set('X-Forwarded-For', client).expect(401);
    }
    expectTooMany(await request(test.app).get('/api/v1/me').set('X-Forwarded-For', '198.51.100.1'), 'LLMOIN_RATE_LIMIT_IP_PER_MINUTE');
    await request(test.app).get('/api/v1/me').set('X-Forwarded-For', '198.51.100.3').expect(401);
  });
});

describe('rate limit per user (after authentication)', () => {
  let test: TestService;
  beforeAll(async () => {
    test = await createTestService({ LLMOIN_RATE_LIMIT_PER_MINUTE: '3', LLMOIN_RATE_LIMIT_IP_PER_MINUTE: '0' });
  });
  afterAll(() => test.close());

  it('gives every user an own budget and answers 429 with Retry-After when it is spent', async () => {
    const alice = test.tokenFor('alice');
    const bob = test.tokenFor('bob');
    for (let index = 0; index < 3; index += 1) await request(test.app).get('/api/v1/me').set('Authorization', alice).expect(200);
    const refused = await request(test.app).get('/api/v1/me').set('Authorization', alice);
    expectTooMany(refused, 'LLMOIN_RATE_LIMIT_PER_MINUTE');
    expect(refused.headers['ratelimit-policy']).toBe('3;w=60');
    await request(test.app).get('/api/v1/me').set('Authorization', bob).expect(200);
    // Anonymous callers are not counted against anyone (the address limit is off here).
    for (let index = 0; index < 5; index += 1) await request(test.app).get('/api/v1/me').expect(401);
    await request(test.app).get('/api/v1/me').set('Authorization', bob).expect(200);
  });
});

describe('stricter budget for generation', () => {
  let withModel: TestService;
  let degraded: TestService;
  beforeAll(async () => {
    const limits = { LLMOIN_RATE_LIMIT_GENERATION_PER_MINUTE: '2', LLMOIN_RATE_LIMIT_PER_MINUTE: '100', LLMOIN_RATE_LIMIT_IP_PER_MINUTE: '0' };
    withModel = await createTestService({ ...limits, LLMOIN_GENERATION_MODEL: 'test-generator' });
    degraded = await createTestService(limits);
  });
  afterAll(async () => {
    await withModel.close();
    await degraded.close();
  });

  it('counts generative requests per user while a model is loaded; other endpoints keep the general budget', async () => {
    const clerk = withModel.tokenFor('carla');
    // Invalid bodies are refused with 400 but still count: the limiter runs before anything expensive.
    await request(withModel.app).post('/api/v1/research').set('Authorization', clerk).send({}).expect(400);
    await request(withModel.app).post('/api/v1/summarize').set('Authorization', clerk).send({}).expect(400);
    expectTooMany(await request(withModel.app).post('/v1/chat/completions').set('Authorization', clerk).send({}), 'LLMOIN_RATE_LIMIT_GENERATION_PER_MINUTE');
    await request(withModel.app).post('/api/v1/search').set('Authorization', clerk).send({ query: 'Umzug' }).expect(200);
    await request(withModel.app).post('/api/v1/simplify/check').set('Authorization', clerk).send({ text: 'Ein kurzer Satz.', level: 'einfach' }).expect(200);
    await request(withModel.app).post('/api/v1/research').set('Authorization', withModel.tokenFor('dora')).send({}).expect(400);
  });

  it('does not count in degraded mode (no model), where these endpoints cost about what search does', async () => {
    const clerk = degraded.tokenFor('carla');
    for (let index = 0; index < 4; index += 1) await request(degraded.app).post('/api/v1/research').set('Authorization', clerk).send({}).expect(400);
  });

  it('knows which requests generate', () => {
    for (const path of ['/api/v1/research', '/api/v1/summarize', '/api/v1/draft', '/api/v1/simplify', '/api/v1/chats/0b8e5a8e-2b7c-4c55-9a4e-3a3f7f0c1d2e/messages', '/v1/chat/completions']) {
      expect(isGenerationRequest({ method: 'POST', path })).toBe(true);
    }
    for (const [method, path] of [['GET', '/api/v1/research'], ['POST', '/api/v1/simplify/check'], ['POST', '/api/v1/search'], ['POST', '/v1/embeddings'], ['POST', '/api/v1/chats']]) {
      expect(isGenerationRequest({ method: method as string, path: path as string })).toBe(false);
    }
  });
});
