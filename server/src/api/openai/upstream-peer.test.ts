import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import OpenAI from 'openai';
import request from 'supertest';
import { createTestService, REPO_ROOT, type TestService } from '../../../test/test-service';

const KEY_VARIABLE = 'LLMOIN_TEST_UPSTREAM_KEY';

/**
 * Scale-out path: instance A serves a model whose backend is instance B's OpenAI-compatible API
 * (a real second LLMoin on loopback, running the test generator), chosen in A's models.json.
 */
describe('generation through an upstream LLMoin instance', () => {
  let upstream: TestService;
  let upstreamServer: Server;
  let front: TestService;
  let frontServer: Server;
  let client: OpenAI;
  const modelsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-upstream-models-'));

  const listen = async (test: TestService) => {
    const server = test.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    return server;
  };

  beforeAll(async () => {
    upstream = await createTestService({ LLMOIN_GENERATION_MODEL: 'test-generator', LLMOIN_GENERATION_CONCURRENCY: '2' });
    upstreamServer = await listen(upstream);
    const { port } = upstreamServer.address() as AddressInfo;
    process.env[KEY_VARIABLE] = upstream.tokenFor('front-node').replace('Bearer ', '');
    fs.writeFileSync(path.join(modelsDir, 'models.json'), JSON.stringify({
      schemaVersion: 1,
      models: [{
        id: 'cluster-generator', task: 'generation', backend: 'openai-compatible', baseUrl: `http://127.0.0.1:${port}/v1`,
        remoteModel: 'test-generator', apiKeyEnv: KEY_VARIABLE, contextLength: 512, licence: 'project-owned', description: 'test', testModel: true,
        defaults: { maxTokens: 64, temperature: 0, topP: 1, stop: [] },
      }],
    }));
    front = await createTestService({ LLMOIN_MODELS_DIR: modelsDir, LLMOIN_GENERATION_MODEL: 'cluster-generator' });
    frontServer = await listen(front);
    const frontPort = (frontServer.address() as AddressInfo).port;
    client = new OpenAI({ apiKey: front.tokenFor('clerk-a').replace('Bearer ', ''), baseURL: `http://127.0.0.1:${frontPort}/v1`, maxRetries: 0 });
  });

  afterAll(async () => {
    await new Promise((resolve) => frontServer.close(resolve));
    if (upstreamServer.listening) await new Promise((resolve) => upstreamServer.close(resolve));
    await front.close();
    await upstream.close();
    fs.rmSync(modelsDir, { recursive: true, force: true });
    delete process.env[KEY_VARIABLE];
  });

  const messages = [
    { role: 'system' as const, content: 'Du bist ein Testmodell der Stadtverwaltung.' },
    { role: 'user' as const, content: 'Wo melde ich mein Gewerbe an?' },
  ];

  it('streams the upstream model\'s greedy output unchanged through the front instance', async () => {
    const health = await request(front.app).get('/health').expect(200);
    expect(health.body.models.generation).toMatchObject({ configured: 'cluster-generator', loaded: true, backend: 'openai-compatible', mode: 'generative' });
    const direct = await request(upstream.app).post('/v1/chat/completions').set('Authorization', upstream.admin)
      .send({ model: 'test-generator', messages, max_tokens: 20, temperature: 0 }).expect(200);
    const stream = await client.chat.completions.create({ model: 'cluster-generator', messages, max_tokens: 20, temperature: 0, stream: true, stream_options: { include_usage: true } });
    let text = '';
    let usage: unknown = null;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe(direct.body.choices[0].message.content);
    expect(usage).toEqual(direct.body.usage);
  });

  it('answers research with the upstream model', async () => {
    await front.service.ingestCorpus();
    const research = await request(front.app).post('/api/v1/research').set('Authorization', front.admin)
      .send({ question: 'Welche Unterlagen brauche ich für die Anmeldung eines Gewerbes?', k: 2 }).expect(200);
    expect(research.body).toMatchObject({ mode: 'generative', model: 'cluster-generator', fallback: null });
  });

  it('survives the upstream dying mid-stream: in-band error, front stays up, research falls back', async () => {
    const stream = await client.chat.completions.create({
      model: 'cluster-generator', messages, max_tokens: 300, temperature: 0, stream: true, min_tokens: 300,
    } as OpenAI.ChatCompletionCreateParamsStreaming);
    let received = '';
    const consumed = (async () => {
      for await (const chunk of stream) {
        received += chunk.choices[0]?.delta.content ?? '';
        if (received.length > 0 && upstreamServer.listening) {
          upstreamServer.close();
          upstreamServer.closeAllConnections();
        }
      }
    })();
    await expect(consumed).rejects.toThrow(/broke|upstream|stream/i);
    expect(received.length).toBeGreaterThan(0);
    await request(front.app).get('/health').expect(200);
    const research = await request(front.app).post('/api/v1/research').set('Authorization', front.admin)
      .send({ question: 'Welche Unterlagen brauche ich für die Anmeldung eines Gewerbes?', k: 2 }).expect(200);
    expect(research.body).toMatchObject({ mode: 'extractive', fallback: { reason: expect.stringMatching(/backend-down|circuit-open|timeout/) } });
    const refused = await request(front.app).post('/v1/chat/completions').set('Authorization', front.admin)
      .send({ model: 'cluster-generator', messages, max_tokens: 5 });
    expect(refused.status).toBe(503);
    expect(refused.body.reason).toMatch(/backend-down|circuit-open/);
    const health = await request(front.app).get('/health').expect(200);
    expect(health.body.models.generation.circuit.consecutiveFailures).toBeGreaterThan(0);
  });
});
