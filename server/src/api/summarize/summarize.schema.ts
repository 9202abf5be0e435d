import { z } from 'zod';

export function summarizeSchema(limits: { maxTextChars: number }) {
  return z
    .object({
      text: z.string().trim().min(1, 'must not be empty').max(limits.maxTextChars).optional(),
      documentId: z.string().uuid().optional(),
      length: z.enum(['kurz', 'mittel', 'lang']).optional(),
      words: z.number().int().min(20).max(2000).optional(),
      style: z.enum(['fliesstext', 'stichpunkte', 'management-summary']).default('fliesstext'),
      audience: z.enum(['fachpublikum', 'buergerinnen']).default('fachpublikum'),
      stream: z.boolean().optional(),
    })
    .strict()
    .refine((body) => (body.text === undefined) !== (body.documentId === undefined), { message: 'give exactly one of "text" and "documentId"', path: ['text'] })
    .refine((body) => body.length === undefined || body.words === undefined, { message: 'give either "length" or "words", not both', path: ['words'] });
}
