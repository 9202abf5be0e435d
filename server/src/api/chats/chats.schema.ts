import { z } from 'zod';

export const chatIdSchema = z.object({ id: z.string().uuid('must be a chat id') }).strict();

const documentIds = z.array(z.string().uuid('must be a document id')).max(20);

export const createChatSchema = z
  .object({ title: z.string().trim().min(1).max(200).optional(), documentIds: documentIds.default([]) })
  .strict();

export const updateChatSchema = z
  .object({ title: z.string().trim().min(1).max(200).optional(), documentIds: documentIds.optional() })
  .strict()
  .refine((body) => body.title !== undefined || body.documentIds !== undefined, { message: 'give "title" and/or "documentIds"' });

export function chatMessageSchema(limits: { maxQueryChars: number }) {
  return z
    .object({
      message: z.string().trim().min(1, 'must not be empty').max(Math.max(limits.maxQueryChars, 8000)),
      k: z.number().int().min(1).max(10).default(4),
      stream: z.boolean().optional(),
    })
    .strict();
}
