import { GenerationUnavailableError, type GenerationEvent, type GenerationRequest } from '../text-generation-model';
import { FakeOpenAiUpstream, delay, dieAfter, hangAfter, hangBeforeHeaders, respondStatus, streamText } from '../../../test/fake-openai-upstream';
import { OpenAiCompatibleGenerationModel, type OpenAiCompatibleGenerationOptions } from './openai-compatible-generation-model';
import { UpstreamRequestError, UpstreamStreamBrokenError } from './upstream-errors';

let upstream: FakeOpenAiUpstream;
beforeAll(async () => {
  upstream = await FakeOpenAiUpstream.start();
});
afterAll(() => upstream.close());
beforeEach(() => upstream.reset());

function model(overrides: Partial<OpenAiCompatibleGenerationOptions> = {}): OpenAiCompatibleGenerationModel {
  return new OpenAiCompatibleGenerationModel({
    modelId: 'upstream-qwen',
    baseUrl: upstream.baseUrl,
    remoteModel: 'Qwen/Qwen2.5-7B-Instruct',
    apiKey: 'geheim',
    contextLength: 32_768,
    timeouts: { connectMs: 1_000, firstTokenMs: 1_000, idleMs: 1_000, totalMs: 5_000 },
    retries: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 1_000 },
    circuitBreaker: { failureThreshold: 5, cooldownMs: 60_000 },
    ...overrides,
  });
}

function request(signal?: AbortSignal): GenerationRequest {
  return {
    messages: [{ role: 'system', content: 'Antworte kurz.' }, { role: 'user', content: 'Was regelt § 41 VwVfG?' }],
    settings: { maxTokens: 64, temperature: 0, topP: 1, stop: ['\n\n'], seed: 42 },
    ...(signal ? { signal } : {}),
  };
}

async function collect(events: AsyncIterable<GenerationEvent>): Promise<{ text: string; events: GenerationEvent[] }> {
  const seen: GenerationEvent[] = [];
  for await (const event of events) seen.push(event);
  return { text: seen.map((event) => (event.type === 'text-delta' ? event.text : '')).join(''), events: seen };
}

async function failureOf(events: AsyncIterable<GenerationEvent>): Promise<{ error: unknown; text: string }> {
  let text = '';
  try {
    for await (const event of events) if (event.type === 'text-delta') text += event.text;
  } catch (error) {
    return { error, text };
  }
  throw new Error('expected the stream to fail');
}

describe('OpenAiCompatibleGenerationModel', () => {
  it('streams the text and the usage of a normal answer, with the OpenAI request shape', async () => {
    upstream.enqueue(streamText(['Die ', 'Bekannt', 'gabe.'], { usage: { prompt: 21, completion: 3 } }));
    const { text, events } = await collect(model().generate(request()));
    expect(text).toBe('Die Bekanntgabe.');
    expect(events.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', usage: { promptTokens: 21, completionTokens: 3 } });
    expect(events.filter((event) => event.type === 'finish')).toHaveLength(1);
    const [sent] = upstream.requests;
    expect(sent).toMatchObject({ method: 'POST', path: '/v1/chat/completions' });
    expect(sent?.headers.authorization).toBe('Bearer geheim');
    expect(sent?.body).toEqual({
      model: 'Qwen/Qwen2.5-7B-Instruct',
      messages: request().messages,
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 64,
      temperature: 0,
      top_p: 1,
      stop: ['\n\n'],
      seed: 42,
    });
  });

  it('assembles text split at arbitrary bytes (inside UTF-8 characters) with keep-alive comments', async () => {
    const pieces = ['Grüße', ' aus ', 'Musterhaven – ', 'Straße ', '😀', ' Maß'];
    upstream.enqueue(streamText(pieces, { cutInsideCharacters: true, gapMs: 1, keepalive: true, finishReason: 'length', usage: null }));
    const timeouts = { connectMs: 5_000, firstTokenMs: 5_000, idleMs: 5_000, totalMs: 10_000 };
    const { text, events } = await collect(model({ timeouts }).generate(request()));
    expect(text).toBe(pieces.join(''));
    expect(events.at(-1)).toEqual({ type: 'finish', finishReason: 'length', usage: { promptTokens: 0, completionTokens: 0 } });
  });

  it('retries a 503 before the first token and then succeeds', async () => {
    upstream.enqueue(respondStatus(503, { error: { message: 'busy' } }), respondStatus(502, 'bad gateway'), streamText(['Ja.']));
    const generation = model();
    const { text } = await collect(generation.generate(request()));
    expect(text).toBe('Ja.');
    expect(upstream.requests).toHaveLength(3);
    expect(generation.breaker.snapshot()).toMatchObject({ state: 'closed', consecutiveFailures: 0, failures: 2, successes: 1 });
  });

  it('honours Retry-After', async () => {
    upstream.enqueue(respondStatus(429, { error: { message: 'slow down' } }, { 'retry-after': '0.3' }), streamText(['Ok']));
    const started = Date.now();
    const { text } = await collect(model().generate(request()));
    expect(text).toBe('Ok');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(upstream.requests).toHaveLength(2);
  });

  it('gives up at once with overloaded when Retry-After is longer than it may wait', async () => {
    upstream.enqueue(respondStatus(503, { message: 'queue full' }, { 'retry-after': '30' }));
    const { error } = await failureOf(model().generate(request()));
    expect(error).toBeInstanceOf(GenerationUnavailableError);
    expect(error).toMatchObject({ reason: 'overloaded', retryAfterSeconds: 30 });
    expect(upstream.requests).toHaveLength(1);
  });

  it('does not retry a 400 and reports it as UpstreamRequestError', async () => {
    upstream.enqueue(respondStatus(400, { object: 'error', message: 'max_tokens is too large', code: 400 }));
    const { error } = await failureOf(model().generate(request()));
    expect(error).toBeInstanceOf(UpstreamRequestError);
    expect(error).toMatchObject({ status: 400, upstreamMessage: 'max_tokens is too large' });
    expect(upstream.requests).toHaveLength(1);
  });

  it('never retries after the first token: a stream that dies mid-way throws backend-down', async () => {
    upstream.enqueue(dieAfter(['Erstens, ', 'zweitens']));
    const generation = model();
    const { error, text } = await failureOf(generation.generate(request()));
    expect(text).toBe('Erstens, zweitens');
    expect(error).toBeInstanceOf(UpstreamStreamBrokenError);
    expect(error).toBeInstanceOf(GenerationUnavailableError);
    expect(error).toMatchObject({ reason: 'backend-down', tokensStreamed: 2 });
    expect((error as Error).message).toContain('broke after 2 tokens');
    expect(upstream.requests).toHaveLength(1);
    expect(generation.breaker.snapshot().failures).toBe(1);
  });

  it('stops quickly on abort, ends with finish cancelled, and closes the upstream connection', async () => {
    upstream.enqueue(hangAfter(['Ein']));
    const controller = new AbortController();
    const events: GenerationEvent[] = [];
    const timeouts = { connectMs: 5_000, firstTokenMs: 5_000, idleMs: 5_000, totalMs: 10_000 };
    const started = Date.now();
    for await (const event of model({ timeouts }).generate(request(controller.signal))) {
      events.push(event);
      if (event.type === 'text-delta') setTimeout(() => controller.abort(), 20);
    }
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(events).toEqual([{ type: 'text-delta', text: 'Ein' }, { type: 'finish', finishReason: 'cancelled', usage: { promptTokens: 0, completionTokens: 0 } }]);
    await expect(upstream.requests[0]?.closedEarly).resolves.toBe(true);
  });

  it('closes the upstream connection when the consumer breaks out of the loop', async () => {
    upstream.enqueue(hangAfter(['Ein', 'e']));
    for await (const event of model().generate(request())) {
      if (event.type === 'text-delta') break;
    }
    await expect(upstream.requests[0]?.closedEarly).resolves.toBe(true);
  });

  it('stops waiting for a retry when aborted during the backoff', async () => {
    upstream.enqueue(respondStatus(503, 'busy', { 'retry-after': '0.8' }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const { events } = await collect(model().generate(request(controller.signal)));
    expect(Date.now() - started).toBeLessThan(600);
    expect(events).toEqual([{ type: 'finish', finishReason: 'cancelled', usage: { promptTokens: 0, completionTokens: 0 } }]);
    expect(upstream.requests).toHaveLength(1);
  });

  it('accepts a server that ignores stream: true and answers with one JSON completion', async () => {
    upstream.enqueue(respondStatus(200, { object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'Ganz.' }, finish_reason: 'length' }], usage: { prompt_tokens: 9, completion_tokens: 2 } }));
    const { text, events } = await collect(model().generate(request()));
    expect(text).toBe('Ganz.');
    expect(events.at(-1)).toEqual({ type: 'finish', finishReason: 'length', usage: { promptTokens: 9, completionTokens: 2 } });
  });

  it('turns an error event inside the stream after the first token into a broken stream', async () => {
    upstream.enqueue(({ res }) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const delta = { choices: [{ index: 0, delta: { content: 'Teil' }, finish_reason: null }] };
      res.end(`data: ${JSON.stringify(delta)}\n\ndata: {"error":{"message":"engine dead","code":500}}\n\n`);
    });
    const { error, text } = await failureOf(model().generate(request()));
    expect(text).toBe('Teil');
    expect(error).toMatchObject({ reason: 'backend-down', tokensStreamed: 1 });
    expect((error as Error).message).toContain('engine dead');
  });

  it('ends with finish cancelled without contacting the upstream when already aborted', async () => {
    const { events } = await collect(model().generate(request(AbortSignal.abort())));
    expect(events).toEqual([{ type: 'finish', finishReason: 'cancelled', usage: { promptTokens: 0, completionTokens: 0 } }]);
    expect(upstream.requests).toHaveLength(0);
  });

  it('times out waiting for the first token, retries, and closes every attempt', async () => {
    upstream.fallback = hangAfter();
    const timeouts = { connectMs: 5_000, firstTokenMs: 100, idleMs: 5_000, totalMs: 5_000 };
    const started = Date.now();
    const { error } = await failureOf(model({ timeouts, retries: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 } }).generate(request()));
    expect(error).toMatchObject({ reason: 'timeout' });
    expect((error as Error).message).toContain('first token');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(upstream.requests).toHaveLength(2);
    await expect(Promise.all(upstream.requests.map((sent) => sent.closedEarly))).resolves.toEqual([true, true]);
  });

  it('times out waiting for response headers', async () => {
    upstream.enqueue(hangBeforeHeaders);
    const timeouts = { connectMs: 100, firstTokenMs: 1_000, idleMs: 500, totalMs: 2_000 };
    const { error } = await failureOf(model({ timeouts, retries: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } }).generate(request()));
    expect(error).toMatchObject({ reason: 'timeout' });
    expect((error as Error).message).toContain('connectMs');
  });

  it('reports an idle upstream after the first token as a broken stream (timeout)', async () => {
    upstream.enqueue(hangAfter(['Hal']));
    const timeouts = { connectMs: 500, firstTokenMs: 500, idleMs: 100, totalMs: 2_000 };
    const { error, text } = await failureOf(model({ timeouts }).generate(request()));
    expect(text).toBe('Hal');
    expect(error).toMatchObject({ reason: 'timeout', tokensStreamed: 1 });
    expect(upstream.requests).toHaveLength(1);
  });

  it('does not count a slow consumer as an idle upstream', async () => {
    const pieces = ['Die ', 'Frist ', 'beträgt ', 'einen ', 'Monat', '.'];
    upstream.enqueue(streamText(pieces, { gapMs: 30 }));
    const timeouts = { connectMs: 1_000, firstTokenMs: 1_000, idleMs: 100, totalMs: 5_000 };
    let text = '';
    for await (const event of model({ timeouts }).generate(request())) {
      if (event.type !== 'text-delta') continue;
      text += event.text;
      if (text === 'Die Frist ') await delay(250);
    }
    expect(text).toBe(pieces.join(''));
  });

  it('reports connection refused as backend-down after its retries', async () => {
    const closed = await FakeOpenAiUpstream.start();
    const baseUrl = closed.baseUrl;
    await closed.close();
    const { error } = await failureOf(model({ baseUrl }).generate(request()));
    expect(error).toMatchObject({ reason: 'backend-down' });
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect((error as Error).message).toContain('after 3 attempts');
  });

  it('opens the circuit after N failures, rejects without contacting the upstream, half-opens after the cooldown', async () => {
    const clock = { now: 0 };
    const generation = model({
      retries: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
      circuitBreaker: { failureThreshold: 2, cooldownMs: 30_000, now: () => clock.now },
    });
    upstream.enqueue(respondStatus(503, 'down'), respondStatus(503, 'down'));
    await failureOf(generation.generate(request()));
    await failureOf(generation.generate(request()));
    expect(generation.breaker.state()).toBe('open');

    const { error } = await failureOf(generation.generate(request()));
    expect(error).toMatchObject({ reason: 'circuit-open', retryAfterSeconds: 30 });
    expect(upstream.requests).toHaveLength(2);

    clock.now += 30_000;
    expect(generation.breaker.state()).toBe('half-open');
    const { text } = await collect(generation.generate(request()));
    expect(text).toBe('Hallo Welt');
    expect(upstream.requests).toHaveLength(3);
    expect(generation.breaker.snapshot()).toMatchObject({ state: 'closed', rejections: 1, opened: 1 });
  });
});
