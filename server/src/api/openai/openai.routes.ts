import { randomUUID } from 'node:crypto';
import { Router, type Response } from 'express';
import type { Config } from '../../config';
import type { AssistantServices, PrivacyGuard } from '../../generation';
import type { GenerationEvent, ModelCatalog } from '../../inference';
import { LlmoinError } from '../../platform/errors';
import { auditDetails } from '../audit/audit-details';
import { authorize } from '../request-context';
import { validate } from '../validate';
import { chatCompletionSchema, embeddingsSchema } from './openai.schema';
import { startEventStream, writeEvent } from './server-sent-events';

/** LLMoin's own OpenAI-compatible API, so existing clients and tools work unchanged. */
export function openAiRoutes(deps: { models: ModelCatalog; config: Config; assistant: AssistantServices }): Router {
  const router = Router();
  const { config, models } = deps;
  const chatSchema = chatCompletionSchema({ maxPromptChars: config.maxPromptChars, maxTokens: config.maxGenerationTokens });
  const embedSchema = embeddingsSchema({ maxInputs: 256, maxInputChars: config.maxQueryChars * 4 });

  router.get('/v1/models', (request, response) => {
    authorize(request, 'generate');
    const created = Math.floor(Date.now() / 1000);
    response.json({ object: 'list', data: models.entries().map((entry) => ({ id: entry.id, object: 'model', created, owned_by: 'llmoin', task: entry.task })) });
  });

  router.post('/v1/chat/completions', async (request, response) => {
    authorize(request, 'generate');
    const body = validate(chatSchema, request.body);
    const model = models.generation(body.model);
    if (!model) throw new LlmoinError('model-not-found', `No generation model "${body.model}" is served here (see GET /v1/models).`);
    const controller = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) controller.abort();
    });
    // Personal data is replaced before the model sees it and restored in the answer, as in every function.
    const guard = deps.assistant.context().privacy;
    const protect = (text: string) => (guard ? guard.protect(text) : text);
    const generated = model.generate({
      messages: body.messages.map(({ role, content }) => ({ role, content: protect(content) })),
      settings: {
        maxTokens: body.max_completion_tokens ?? body.max_tokens ?? config.defaultGenerationTokens,
        temperature: body.temperature ?? 0.2,
        topP: body.top_p ?? 0.95,
        stop: typeof body.stop === 'string' ? [body.stop] : (body.stop ?? []),
        ...(body.seed === undefined || body.seed === null ? {} : { seed: body.seed }),
        ...(body.min_tokens ? { minTokens: body.min_tokens } : {}),
      },
      signal: controller.signal,
    });
    const stream = guard ? restoreStream(generated, guard) : generated;
    const iterator = tapUsage(stream[Symbol.asyncIterator](), (usage) => auditDetails(response, { tokens: { in: usage.promptTokens, out: usage.completionTokens } }));
    // Wait for the first event before committing to 200: queue timeouts still become 429.
    const first = await iterator.next();
    const completion = { id: `chatcmpl-${randomUUID()}`, created: Math.floor(Date.now() / 1000), model: model.modelId };
    auditDetails(response, { model: model.modelId, mode: 'generative' });
    if (body.stream) await streamCompletion(response, completion, first, iterator, body.stream_options?.include_usage === true);
    else response.json(await collectCompletion(completion, first, iterator));
  });

  router.post('/v1/embeddings', async (request, response) => {
    authorize(request, 'generate');
    const body = validate(embedSchema, request.body);
    const model = models.embedding(body.model);
    if (!model) throw new LlmoinError('model-not-found', `No embedding model "${body.model}" is served here (see GET /v1/models).`);
    const inputs = typeof body.input === 'string' ? [body.input] : body.input;
    const vectors = await model.embedDocuments(inputs);
    const characters = inputs.reduce((sum, input) => sum + input.length, 0);
    response.json({
      object: 'list',
      model: model.modelId,
      data: vectors.map((vector, index) => ({
        object: 'embedding', index,
        embedding: body.encoding_format === 'base64' ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector,
      })),
      // Token counts are estimated (4 characters per token) to avoid a second tokenizer pass.
      usage: { prompt_tokens: Math.ceil(characters / 4), total_tokens: Math.ceil(characters / 4) },
    });
  });
  return router;
}

type Completion = { id: string; created: number; model: string };

/** Restores placeholders in the streamed text; held-back characters are flushed before `finish`. */
async function* restoreStream(stream: AsyncIterable<GenerationEvent>, guard: PrivacyGuard): AsyncIterable<GenerationEvent> {
  const restorer = guard.createRestorer();
  for await (const event of stream) {
    if (event.type === 'text-delta') {
      const text = restorer.push(event.text);
      if (text) yield { type: 'text-delta', text };
    } else {
      const rest = restorer.flush();
      if (rest) yield { type: 'text-delta', text: rest };
      yield event;
    }
  }
}

/** Passes events through and reports the usage of the `finish` event (for the audit record). */
function tapUsage(iterator: AsyncIterator<GenerationEvent>, onUsage: (usage: Finish['usage']) => void): AsyncIterator<GenerationEvent> {
  return {
    next: async () => {
      const next = await iterator.next();
      if (!next.done && next.value.type === 'finish') onUsage(next.value.usage);
      return next;
    },
    return: async (value?: unknown) => (iterator.return ? iterator.return(value) : { done: true, value: undefined }),
  };
}
type Finish = Extract<GenerationEvent, { type: 'finish' }>;

async function collectCompletion(completion: Completion, first: IteratorResult<GenerationEvent>, iterator: AsyncIterator<GenerationEvent>) {
  let text = '';
  let finish: Finish | null = null;
  for (let next = first; !next.done; next = await iterator.next()) {
    if (next.value.type === 'text-delta') text += next.value.text;
    else finish = next.value;
  }
  return {
    ...completion, object: 'chat.completion', system_fingerprint: null,
    choices: [{ index: 0, message: { role: 'assistant', content: text }, logprobs: null, finish_reason: openAiFinishReason(finish) }],
    usage: usageOf(finish),
  };
}

async function streamCompletion(
  response: Response, completion: Completion, first: IteratorResult<GenerationEvent>, iterator: AsyncIterator<GenerationEvent>, includeUsage: boolean,
): Promise<void> {
  const chunk = (delta: Record<string, unknown>, finishReason: string | null) => ({
    ...completion, object: 'chat.completion.chunk', system_fingerprint: null,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    ...(includeUsage ? { usage: null } : {}),
  });
  startEventStream(response);
  writeEvent(response, chunk({ role: 'assistant', content: '' }, null));
  let finish: Finish | null = null;
  try {
    for (let next = first; !next.done; next = await iterator.next()) {
      if (response.destroyed) break;
      if (next.value.type === 'text-delta') writeEvent(response, chunk({ content: next.value.text }, null));
      else finish = next.value;
    }
  } catch (error) {
    // Headers are sent: report the failure in-band, as OpenAI-compatible servers do.
    writeEvent(response, { error: { message: error instanceof Error ? error.message : 'generation failed', type: 'generation-failed' } });
    response.end();
    return;
  } finally {
    await iterator.return?.();
  }
  if (response.destroyed) return;
  writeEvent(response, chunk({}, openAiFinishReason(finish)));
  if (includeUsage) writeEvent(response, { ...completion, object: 'chat.completion.chunk', choices: [], usage: usageOf(finish) });
  writeEvent(response, '[DONE]');
  response.end();
}

function openAiFinishReason(finish: Finish | null): string {
  return finish?.finishReason === 'length' ? 'length' : 'stop';
}

function usageOf(finish: Finish | null) {
  const prompt = finish?.usage.promptTokens ?? 0;
  const completion = finish?.usage.completionTokens ?? 0;
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}
