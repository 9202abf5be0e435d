import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import request from 'supertest';
import { createTestService, type TestService } from '../../../test/test-service';

/** The official `openai` client, unmodified, against our /v1 endpoints on a real port. */
describe('OpenAI-compatible API', () => {
  let test: TestService;
  let server: Server;
  let client: OpenAI;
  beforeAll(async () => {
    test = await createTestService({ LLMOIN_GENERATION_MODEL: 'test-generator', LLMOIN_EMBEDDING_MODEL: 'test-encoder', LLMOIN_GENERATION_QUEUE: '1' });
    server = test.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    client = new OpenAI({ apiKey: test.tokenFor('clerk-a').replace('Bearer ', ''), baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await test.close();
  });

  const messages = [
    { role: 'system' as const, content: 'Du bist ein Testmodell der Stadtverwaltung.' },
    { role: 'user' as const, content: 'Wo melde ich mein Gewerbe an?' },
  ];
  const expected = 'Für bestimmte Gewerbe ist eine besondere Erlaubnis erforderlich. Wer ein Gewerbe beginnt, muss dies gleichzeitig beim Gewerbeamt anzeigen';

  it('lists the served models', async () => {
    const models = await client.models.list();
    expect(models.data.map((model) => model.id).sort()).toEqual(['test-encoder', 'test-generator']);
  });

  it('answers a non-streaming chat completion with the greedy reference text and usage', async () => {
    const completion = await client.chat.completions.create({ model: 'test-generator', messages, max_tokens: 20, temperature: 0 });
    expect(completion.object).toBe('chat.completion');
    expect(completion.choices[0]?.message).toMatchObject({ role: 'assistant', content: expected });
    expect(completion.choices[0]?.finish_reason).toBe('length');
    expect(completion.usage).toEqual({ prompt_tokens: 27, completion_tokens: 20, total_tokens: 47 });
  });

  it('streams chunks in the OpenAI format that assemble to the same text', async () => {
    const stream = await client.chat.completions.create({
      model: 'test-generator', messages, max_tokens: 20, temperature: 0, stream: true, stream_options: { include_usage: true },
    });
    let text = '';
    let finishReason: string | null = null;
    let usage: unknown = null;
    let chunks = 0;
    for await (const chunk of stream) {
      chunks += 1;
      expect(chunk.object).toBe('chat.completion.chunk');
      text += chunk.choices[0]?.delta.content ?? '';
      finishReason = chunk.choices[0]?.finish_reason ?? finishReason;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe(expected);
    // Role chunk, the first token at once, the rest coalesced (50 ms), finish, usage: at least five.
    expect(chunks).toBeGreaterThanOrEqual(5);
    expect(finishReason).toBe('length');
    expect(usage).toEqual({ prompt_tokens: 27, completion_tokens: 20, total_tokens: 47 });
  });

  it('ends the raw SSE stream with data: [DONE]', async () => {
    const response = await request(test.app).post('/v1/chat/completions').set('Authorization', test.admin)
      .send({ model: 'test-generator', messages, max_tokens: 5, temperature: 0, stream: true }).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    const events = response.text.split('\n\n').filter(Boolean);
    expect(events.at(-1)).toBe('data: [DONE]');
    expect(events.every((event) => event.startsWith('data: '))).toBe(true);
  });

  it('embeds text (float and base64, as the client requests by default)', async () => {
    const result = await client.embeddings.create({ model: 'test-encoder', input: ['Wohngeld beantragen', 'Hund anmelden'] });
    expect(result.data).toHaveLength(2);
    const vector = result.data[0]?.embedding as number[];
    expect(vector).toHaveLength(128);
    expect(Math.hypot(...vector)).toBeCloseTo(1, 4);
    const direct = await test.service.deps.models.embedding('test-encoder')?.embedQuery('Wohngeld beantragen');
    vector.forEach((value, index) => expect(value).toBeCloseTo(direct?.[index] ?? Number.NaN, 5));
    const floats = await request(test.app).post('/v1/embeddings').set('Authorization', test.admin)
      .send({ model: 'test-encoder', input: 'Hund anmelden', encoding_format: 'float' }).expect(200);
    expect(floats.body.data[0].embedding[0]).toBeCloseTo(result.data[1]?.embedding[0] ?? Number.NaN, 5);
  });

  it('rejects unknown models, bad bodies and anonymous callers with problem bodies the client understands', async () => {
    await expect(client.chat.completions.create({ model: 'gpt-4o', messages })).rejects.toMatchObject({ status: 404 });
    const invalid = await request(test.app).post('/v1/chat/completions').set('Authorization', test.admin).send({ model: 'test-generator', messages: [] }).expect(400);
    expect(invalid.body).toMatchObject({ type: 'urn:llmoin:problem:validation-failed', error: { message: expect.stringContaining('messages') } });
    await request(test.app).get('/v1/models').expect(401);
    const auditor = test.tokenFor('auditor-1', 'auditor');
    await request(test.app).post('/v1/chat/completions').set('Authorization', auditor).send({ model: 'test-generator', messages }).expect(403);
  });

  it('cancels the generation when the client disconnects mid-stream, freeing the worker', async () => {
    const controller = new AbortController();
    const stream = await client.chat.completions.create(
      { model: 'test-generator', messages, max_tokens: 400, temperature: 1, stream: true, min_tokens: 400 } as OpenAI.ChatCompletionCreateParamsStreaming,
      { signal: controller.signal },
    );
    let received = 0;
    let abortedAt = 0;
    try {
      for await (const chunk of stream) {
        received += chunk.choices[0]?.delta.content ? 1 : 0;
        if (received === 2) {
          abortedAt = Date.now();
          controller.abort();
        }
      }
    } catch {
      // Depending on timing the client ends the loop quietly or with an abort error.
    }
    expect(abortedAt).toBeGreaterThan(0);
    // 400 forced tokens take several seconds; the worker must be free long before that.
    await waitFor(() => test.service.deps.status().models.generation.queue?.busy === 0);
    expect(Date.now() - abortedAt).toBeLessThan(2_000);
    const next = await client.chat.completions.create({ model: 'test-generator', messages, max_tokens: 3, temperature: 0 });
    expect(next.usage?.completion_tokens).toBe(3);
  });

  it('answers 429 with Retry-After when the generation queue is full, and stays up', async () => {
    const long = { model: 'test-generator', messages, max_tokens: 200, min_tokens: 200, temperature: 1 };
    const running = request(test.app).post('/v1/chat/completions').set('Authorization', test.admin).send(long);
    const queued = request(test.app).post('/v1/chat/completions').set('Authorization', test.admin).send({ ...long, max_tokens: 2 });
    const runningDone = running.then((response) => response);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const queuedDone = queued.then((response) => response);
    await waitFor(() => test.service.deps.status().models.generation.queue?.queued === 1);
    const rejected = await request(test.app).post('/v1/chat/completions').set('Authorization', test.admin).send(long).expect(429);
    expect(Number(rejected.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(rejected.body).toMatchObject({ reason: 'overloaded' });
    expect((await runningDone).status).toBe(200);
    expect((await queuedDone).status).toBe(200);
    await request(test.app).get('/health').expect(200);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
