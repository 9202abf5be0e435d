import { z } from 'zod';

/** Offsets in the answer refer to `text` exactly as sent, so it is not trimmed. */
export function checkCitationsRequestSchema(limits: { maxPromptChars: number }) {
  return z
    .object({
      text: z.string().min(1, 'must not be empty').max(limits.maxPromptChars),
    })
    .strict();
}
