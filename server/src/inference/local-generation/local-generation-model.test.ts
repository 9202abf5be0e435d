import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../../test/test-service';
import { GenerationUnavailableError, type GenerationEvent, type GenerationRequest } from '../text-generation-model';
import { LocalGenerationModel } from './local-generation-model';

const MODELS_DIR = path.join(REPO_ROOT, 'models');
const reference = JSON.parse(fs.readFileSync(path.join(MODELS_DIR, 'test-generator/reference.json'), 'utf8')) as {
  prompts: Array<{ kind: string; messages?: GenerationRequest['messages']; new_text: string; new_ids: number[] }>;
};
const chat = reference.prompts.find((prompt) => prompt.kind === 'chat');
if (!chat?.messages) throw new Error('reference.json has no chat prompt');
const messages = chat.messages;

const greedy = (maxTokens: number, stop: string[] = []) => ({ maxTokens, temperature: 0, topP: 1, stop });

async function collect(stream: AsyncIterable<GenerationEvent>): Promise<{ deltas: string[]; finish: Extract<GenerationEvent, { type: 'finish' }> | null }> {
  const deltas: string[] = [];
  let finish: Extract<GenerationEvent, { type: 'finish' }> | null = null;
  for await (const event of stream) {
    if (event.type === 'text-delta') deltas.push(event.text);
    else finish = event;
  }
  return { deltas, finish };
}

describe('LocalGenerationModel (transformers.js in a worker thread)', () => {
  let model: LocalGenerationModel;
  beforeAll(async () => {
    model = await LocalGenerationModel.load({
      modelsDir: MODELS_DIR, modelId: 'test-generator', concurrency: 1, maxQueue: 1, queueTimeoutMs: 30_000, generationTimeoutMs: 60_000,
    });
  });
  afterAll(() => model.close());

  it('reproduces the PyTorch greedy reference token for token, streamed in order', async () => {
    const { deltas, finish } = await collect(model.generate({ messages, settings: greedy(chat.new_ids.length) }));
    expect(deltas.join('')).toBe(chat.new_text);
    // Streamed, not all at once: the first piece is sent at once, later ones coalesced per 50 ms.
    expect(deltas.length).toBeGreaterThanOrEqual(2);
    expect(finish).toEqual({ type: 'finish', finishReason: 'length', usage: { promptTokens: 27, completionTokens: chat.new_ids.length } });
  });

  it('cuts the output at a stop sequence', async () => {
    const { deltas, finish } = await collect(model.generate({ messages, settings: greedy(40, ['Erlaubnis']) }));
    expect(deltas.join('')).toBe(chat.new_text.slice(0, chat.new_text.indexOf('Erlaubnis')));
    expect(finish?.finishReason).toBe('stop');
  });

  it('frees the worker at once when a generation is cancelled', async () => {
    const controller = new AbortController();
    const long = model.generate({ messages, settings: { ...greedy(400), temperature: 1, minTokens: 400 }, signal: controller.signal });
    const iterator = long[Symbol.asyncIterator]();
    await iterator.next();
    controller.abort();
    let finish: GenerationEvent | undefined;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) if (next.value.type === 'finish') finish = next.value;
    expect(finish).toMatchObject({ type: 'finish', finishReason: 'cancelled' });
    const started = Date.now();
    const following = await collect(model.generate({ messages, settings: greedy(5) }));
    expect(following.finish?.usage.completionTokens).toBe(5);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops the worker when the consumer stops reading', async () => {
    for await (const event of model.generate({ messages, settings: { ...greedy(400), temperature: 1, minTokens: 400 } })) {
      if (event.type === 'text-delta') break;
    }
    const following = await collect(model.generate({ messages, settings: greedy(3) }));
    expect(following.finish?.usage.completionTokens).toBe(3);
  });

  it('turns requests away with a typed overload error when the queue is full', async () => {
    const running = collect(model.generate({ messages, settings: greedy(30) }));
    const queued = collect(model.generate({ messages, settings: greedy(3) }));
    let error: unknown;
    try {
      model.generate({ messages, settings: greedy(3) });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GenerationUnavailableError);
    expect(error).toMatchObject({ reason: 'overloaded', retryAfterSeconds: expect.any(Number) });
    expect((await running).finish?.finishReason).toBeDefined();
    expect((await queued).finish?.usage.completionTokens).toBe(3);
    expect(model.state()).toMatchObject({ workers: 1, busy: 0, queued: 0 });
  });
});
