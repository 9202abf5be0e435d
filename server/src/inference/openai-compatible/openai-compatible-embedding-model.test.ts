import { ModelLoadError } from '../embedding-model';
import { GenerationUnavailableError } from '../text-generation-model';
import { FakeOpenAiUpstream, embeddings, hangBeforeHeaders, respondStatus } from '../../../test/fake-openai-upstream';
import { OpenAiCompatibleEmbeddingModel, normalizeVector, type OpenAiCompatibleEmbeddingOptions } from './openai-compatible-embedding-model';
import { probeUpstream } from './probe-upstream';
import { UpstreamRequestError } from './upstream-errors';

let upstream: FakeOpenAiUpstream;
beforeAll(async () => {
  upstream = await FakeOpenAiUpstream.start();
});
afterAll(() => upstream.close());
beforeEach(() => {
  upstream.reset();
  upstream.fallback = embeddings(4);
});

function options(overrides: Partial<OpenAiCompatibleEmbeddingOptions> = {}): OpenAiCompatibleEmbeddingOptions {
  return {
    modelId: 'upstream-e5',
    baseUrl: upstream.baseUrl,
    remoteModel: 'intfloat/multilingual-e5-small',
    batchSize: 2,
    timeouts: { connectMs: 1_000, totalMs: 3_000 },
    retries: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
    circuitBreaker: { failureThreshold: 5, cooldownMs: 60_000 },
    ...overrides,
  };
}

const norm = (vector: number[]) => Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));

describe('OpenAiCompatibleEmbeddingModel', () => {
  it('discovers the dimensions with a probe on load', async () => {
    const model = await OpenAiCompatibleEmbeddingModel.load(options());
    expect(model.dimensions).toBe(4);
    expect(upstream.requests).toHaveLength(1);
    expect(upstream.requests[0]).toMatchObject({ path: '/v1/embeddings', body: { model: 'intfloat/multilingual-e5-small', input: ['Probe'] } });
  });

  it('embeds in batches, keeps the input order and L2-normalises', async () => {
    const model = await OpenAiCompatibleEmbeddingModel.load(options());
    const texts = ['a', 'bb', 'ccc', 'dddd', 'eeeee'];
    const vectors = await model.embedDocuments(texts);
    expect(upstream.requests.slice(1).map((sent) => sent.body.input)).toEqual([['a', 'bb'], ['ccc', 'dddd'], ['eeeee']]);
    expect(vectors).toHaveLength(5);
    texts.forEach((text, i) => {
      const raw = [0, 1, 2, 3].map((offset) => text.length + offset);
      expect(norm(vectors[i] ?? [])).toBeCloseTo(1, 10);
      expect(vectors[i]?.[0]).toBeCloseTo(text.length / norm(raw), 10);
    });
    await expect(model.embedQuery('ffffff')).resolves.toHaveLength(4);
  });

  it('retries a 503 and a dropped connection, then succeeds', async () => {
    const model = await OpenAiCompatibleEmbeddingModel.load(options());
    upstream.enqueue(respondStatus(503, 'loading'), ({ res }) => void res.socket?.destroy());
    await expect(model.embedQuery('Antrag')).resolves.toHaveLength(4);
    expect(upstream.requests).toHaveLength(4);
  });

  it('does not retry a 404 (unknown model)', async () => {
    const model = await OpenAiCompatibleEmbeddingModel.load(options());
    upstream.enqueue(respondStatus(404, { error: { message: 'model not found' } }));
    await expect(model.embedQuery('x')).rejects.toBeInstanceOf(UpstreamRequestError);
    expect(upstream.requests).toHaveLength(2);
  });

  it('times out, and the breaker then rejects without a request', async () => {
    const model = await OpenAiCompatibleEmbeddingModel.load(options({
      timeouts: { connectMs: 80, totalMs: 1_000 },
      retries: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
      circuitBreaker: { failureThreshold: 1, cooldownMs: 60_000 },
    }));
    upstream.enqueue(hangBeforeHeaders);
    await expect(model.embedQuery('x')).rejects.toMatchObject({ reason: 'timeout' });
    await expect(model.embedQuery('x')).rejects.toMatchObject({ reason: 'circuit-open' });
    expect(upstream.requests).toHaveLength(2);
    expect(model.breaker.state()).toBe('open');
  });

  it('fails to load with ModelLoadError when the upstream is down', async () => {
    upstream.fallback = respondStatus(500, 'kaputt');
    const error: unknown = await OpenAiCompatibleEmbeddingModel.load(options()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ModelLoadError);
    expect((error as ModelLoadError).cause).toBeInstanceOf(GenerationUnavailableError);
  });

  it('leaves unit and zero vectors alone', () => {
    expect(normalizeVector([0.6, 0.8])).toEqual([0.6, 0.8]);
    expect(normalizeVector([0, 0])).toEqual([0, 0]);
    expect(normalizeVector([3, 4])).toEqual([0.6, 0.8]);
  });
});

describe('probeUpstream', () => {
  it('lists the models and the latency', async () => {
    upstream.fallback = respondStatus(200, { object: 'list', data: [{ id: 'Qwen/Qwen2.5-7B-Instruct', object: 'model' }, { id: 'e5', object: 'model' }] });
    const probe = await probeUpstream(upstream.baseUrl, { apiKey: 'k' });
    expect(probe).toMatchObject({ ok: true, models: ['Qwen/Qwen2.5-7B-Instruct', 'e5'] });
    expect(probe.latencyMs).toBeGreaterThanOrEqual(0);
    expect(upstream.requests[0]).toMatchObject({ method: 'GET', path: '/v1/models' });
    expect(upstream.requests[0]?.headers.authorization).toBe('Bearer k');
  });

  it('reports a hanging upstream within its short timeout', async () => {
    upstream.fallback = hangBeforeHeaders;
    const started = Date.now();
    const probe = await probeUpstream(upstream.baseUrl, { timeoutMs: 100 });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(probe).toMatchObject({ ok: false, models: [], error: 'no answer within 100 ms' });
  });

  it('reports HTTP errors and unreachable upstreams without throwing', async () => {
    upstream.fallback = respondStatus(401, { error: { message: 'invalid api key' } });
    await expect(probeUpstream(upstream.baseUrl)).resolves.toMatchObject({ ok: false, error: 'HTTP 401: invalid api key' });
    const closed = await FakeOpenAiUpstream.start();
    await closed.close();
    const probe = await probeUpstream(closed.baseUrl);
    expect(probe.ok).toBe(false);
    expect(probe.error).toContain('ECONNREFUSED');
  });
});
