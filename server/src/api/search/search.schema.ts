import { z } from 'zod';

const identifierList = z.array(z.string().min(1).max(200)).min(1).max(100);

export const filterSchema = z
  .object({
    collections: identifierList.optional(),
    documentIds: identifierList.optional(),
    laws: identifierList.optional(),
  })
  .strict();

export function searchRequestSchema(limits: { maxQueryChars: number; maxResults: number }) {
  return z
    .object({
      query: z.string().trim().min(1, 'must not be empty').max(limits.maxQueryChars),
      k: z.number().int().min(1).max(limits.maxResults).default(10),
      filter: filterSchema.optional(),
    })
    .strict();
}
