import request from 'supertest';
import { asEventStream, parseEventStream } from '../../../test/event-stream';
import { createTestService, type TestService } from '../../../test/test-service';

const QUESTION = 'Innerhalb welcher Frist muss ich mich nach einem Umzug anmelden?';

describe('POST /api/v1/research streaming', () => {
  let test: TestService;
  beforeAll(async () => {
    test = await createTestService({ LLMOIN_GENERATION_MODEL: 'test-generator', LLMOIN_DEFAULT_GENERATION_TOKENS: '16' });
    await test.service.ingestCorpus();
  });
  afterAll(() => test.close());

  it('streams start, text deltas and a final answer identical in shape to the JSON form', async () => {
    const clerk = test.tokenFor('clerk-a');
    const streamed = await asEventStream(request(test.app).post('/api/v1/research').set('Authorization', clerk).set('Accept', 'text/event-stream')
      .send({ question: QUESTION, k: 3 })).expect(200);
    const events = parseEventStream(streamed.body as string);
    expect(events[0]).toEqual({ event: 'start', data: { mode: 'generative', model: 'test-generator' } });
    const done = events.at(-1);
    expect(done?.event).toBe('done');
    const answer = done?.data as { answer: string; citations: unknown[]; prompts: unknown[] };
    const text = events.filter((event) => event.event === 'delta').map((event) => (event.data as { text: string }).text).join('');
    expect(text.trim()).toBe(answer.answer);
    const json = await request(test.app).post('/api/v1/research').set('Authorization', clerk).send({ question: QUESTION, k: 3 }).expect(200);
    expect(Object.keys(json.body).sort()).toEqual(Object.keys(answer).sort());
    expect(json.body.answer).toBe(answer.answer);
    expect(answer.prompts).toEqual([{ id: 'research-answer', version: 1 }]);
  });

  it('stops generating when the client goes away', async () => {
    const model = test.service.deps.models.defaultGeneration();
    expect(model).not.toBeNull();
    const server = test.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/research`, {
      method: 'POST', signal: controller.signal,
      headers: { Authorization: test.tokenFor('clerk-b'), 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify({ question: QUESTION, k: 3 }),
    });
    expect(response.status).toBe(200);
    controller.abort();
    // The service keeps serving: the queue is free again for the next request.
    const after = await request(test.app).post('/api/v1/research').set('Authorization', test.tokenFor('clerk-b')).send({ question: QUESTION, k: 1 }).expect(200);
    expect(after.body.mode).toBe('generative');
    await new Promise((resolve) => server.close(resolve));
  });
});

describe('POST /api/v1/research when the corpus holds nothing on the question', () => {
  let test: TestService;
  beforeAll(async () => {
    test = await createTestService();
    await test.service.ingestCorpus();
  });
  afterAll(() => test.close());

  it('says so instead of quoting unrelated passages, and quotes when the question is covered', async () => {
    const clerk = test.tokenFor('clerk-a');
    // BM25 still returns a passage for "hoch" (as in "hochladen"); it covers one rare term of five, so it is not an answer.
    const unrelated = await request(test.app).post('/api/v1/research').set('Authorization', clerk)
      .send({ question: 'Wie hoch ist der Eiffelturm in Paris, wer hat ihn entworfen und wann wurde er gebaut?' }).expect(200);
    const search = await request(test.app).post('/api/v1/search').set('Authorization', clerk)
      .send({ query: 'Wie hoch ist der Eiffelturm in Paris, wer hat ihn entworfen und wann wurde er gebaut?' }).expect(200);
    expect(search.body.results.length).toBeGreaterThan(0);
    expect(unrelated.body).toMatchObject({ found: false, citations: [] });
    expect(unrelated.body.answer).toContain('keine Fundstellen');
    const covered = await request(test.app).post('/api/v1/research').set('Authorization', clerk).send({ question: QUESTION }).expect(200);
    expect(covered.body.found).toBe(true);
  });
});
