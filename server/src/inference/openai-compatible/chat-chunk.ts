import { z } from 'zod';
import type { GenerationUsage } from '../text-generation-model';
import { AttemptFailure, upstreamErrorMessage } from './upstream-errors';

/** What one `chat.completion.chunk` (or a whole non-streamed `chat.completion`) means to us. */
export interface ChatChunk {
  text: string;
  finishReason?: 'stop' | 'length';
  usage?: GenerationUsage;
}

const contentSchema = z.looseObject({ content: z.string().nullish() }).nullish();
const chunkSchema = z.looseObject({
  choices: z.array(z.looseObject({
    index: z.number().optional(),
    delta: contentSchema,
    message: contentSchema,
    finish_reason: z.string().nullish(),
  })).nullish(),
  usage: z.looseObject({ prompt_tokens: z.number(), completion_tokens: z.number() }).nullish(),
  error: z.unknown().optional(),
  object: z.string().optional(),
});

/**
 * Upstreams name their stop reasons differently (TGI "eos_token"/"stop_sequence", vLLM "abort",
 * OpenAI "content_filter"/"tool_calls"); only running out of tokens is reported as 'length'.
 */
function mapFinishReason(reason: string): 'stop' | 'length' {
  return reason === 'length' || reason === 'max_tokens' ? 'length' : 'stop';
}

/**
 * Parses one SSE data payload. Malformed JSON is a protocol failure. An error object sent inside
 * the stream (vLLM and llama.cpp do this when generation fails after the headers went out) is
 * reported as an HTTP failure with the status it names, or 500, so the usual policy applies.
 */
export function parseChatChunk(data: string): ChatChunk {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch (error) {
    throw new AttemptFailure({ kind: 'protocol' }, `stream event is not JSON: ${data.slice(0, 120)}`, { cause: error });
  }
  const parsed = chunkSchema.safeParse(json);
  if (!parsed.success) {
    throw new AttemptFailure({ kind: 'protocol' }, `unexpected stream event: ${data.slice(0, 120)}`, { cause: parsed.error });
  }
  const chunk = parsed.data;
  if (chunk.error !== undefined || chunk.object === 'error') {
    const status = errorStatus(json);
    throw new AttemptFailure({ kind: 'http', status }, upstreamErrorMessage(data));
  }
  const choice = chunk.choices?.find((candidate) => (candidate.index ?? 0) === 0);
  const text = choice?.delta?.content ?? choice?.message?.content ?? '';
  return {
    text,
    ...(choice?.finish_reason ? { finishReason: mapFinishReason(choice.finish_reason) } : {}),
    ...(chunk.usage ? { usage: { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens } } : {}),
  };
}

function errorStatus(json: unknown): number {
  const record = json as { code?: unknown; error?: { code?: unknown } };
  const code = typeof record.error === 'object' && record.error !== null ? record.error.code : record.code;
  const status = typeof code === 'number' ? code : Number(code);
  return Number.isInteger(status) && status >= 400 && status < 600 ? status : 500;
}
