import { z } from 'zod';

const content = z.union([
  z.string(),
  // The OpenAI format also allows an array of parts; we accept text parts only.
  z.array(z.object({ type: z.literal('text'), text: z.string() }).passthrough()).transform((parts) => parts.map((part) => part.text).join('')),
]);

export function chatCompletionSchema(limits: { maxPromptChars: number; maxTokens: number }) {
  return z
    .object({
      model: z.string().min(1).max(200),
      messages: z
        .array(z.object({ role: z.enum(['system', 'user', 'assistant']), content, name: z.string().optional() }).passthrough())
        .min(1)
        .max(200),
      stream: z.boolean().default(false),
      stream_options: z.object({ include_usage: z.boolean().optional() }).passthrough().nullish(),
      max_tokens: z.number().int().min(1).max(limits.maxTokens).nullish(),
      max_completion_tokens: z.number().int().min(1).max(limits.maxTokens).nullish(),
      temperature: z.number().min(0).max(2).nullish(),
      top_p: z.number().gt(0).max(1).nullish(),
      stop: z.union([z.string().min(1), z.array(z.string().min(1)).max(4)]).nullish(),
      seed: z.number().int().nullish(),
      /** vLLM's extension, also honoured by LLMoin's local backend. */
      min_tokens: z.number().int().min(0).max(limits.maxTokens).nullish(),
      n: z.literal(1).nullish(),
      user: z.string().max(200).optional(),
    })
    .passthrough()
    .superRefine((body, context) => {
      const total = body.messages.reduce((sum, message) => sum + message.content.length, 0);
      if (total > limits.maxPromptChars) {
        context.addIssue({ code: 'custom', path: ['messages'], message: `prompt has ${total} characters; the limit is ${limits.maxPromptChars}` });
      }
    });
}

export function embeddingsSchema(limits: { maxInputs: number; maxInputChars: number }) {
  const text = z.string().min(1).max(limits.maxInputChars);
  return z
    .object({
      model: z.string().min(1).max(200),
      input: z.union([text, z.array(text).min(1).max(limits.maxInputs)]),
      encoding_format: z.enum(['float', 'base64']).default('float'),
      user: z.string().max(200).optional(),
    })
    .passthrough();
}
