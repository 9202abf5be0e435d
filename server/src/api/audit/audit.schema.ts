import { z } from 'zod';
import { AUDIT_OUTCOMES } from '../../audit';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const timestamp = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

const filterFields = {
  /** Inclusive; a date means 00:00 UTC of that day. */
  from: timestamp.optional(),
  /** Exclusive; a date includes that whole day (UTC). */
  to: timestamp.optional(),
  /** A pseudonym (`ps_…`), or a real subject for callers allowed to resolve. */
  user: z.string().trim().min(1).max(200).optional(),
  function: z.string().min(1).max(200).optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  /** Adds the real subject to each record (resolvers only; recorded as `subject-resolved`). */
  resolve: z.enum(['true', 'false']).optional(),
};

export const listRecordsQuerySchema = z
  .object({
    ...filterFields,
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    /** The `nextCursor` of the previous page. */
    cursor: z.string().regex(/^\d{1,15}$/, 'must be a cursor returned by a previous page').optional(),
  })
  .strict();

export const exportQuerySchema = z.object({ ...filterFields, format: z.enum(['csv', 'json']).default('json') }).strict();

export const verifyQuerySchema = z
  .object({
    /** A head saved from an earlier verification: the log must still contain it. */
    trustedSeq: z.coerce.number().int().min(1).optional(),
    trustedHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex hash').optional(),
  })
  .strict()
  .refine((query) => (query.trustedSeq === undefined) === (query.trustedHash === undefined), 'trustedSeq and trustedHash go together');

export const publicKeyQuerySchema = z.object({ format: z.enum(['json', 'pem']).default('json') }).strict();

export type FilterQuery = z.infer<typeof exportQuerySchema>;

/** Query timestamps to the stored form (UTC ISO), so SQLite compares them as strings. */
export function timeRange(query: Pick<FilterQuery, 'from' | 'to'>): { from?: string; to?: string } {
  const from = query.from === undefined ? undefined : new Date(DATE_ONLY.test(query.from) ? `${query.from}T00:00:00Z` : query.from).toISOString();
  let to: string | undefined;
  if (query.to !== undefined) {
    const end = new Date(DATE_ONLY.test(query.to) ? `${query.to}T00:00:00Z` : query.to);
    if (DATE_ONLY.test(query.to)) end.setUTCDate(end.getUTCDate() + 1);
    to = end.toISOString();
  }
  return { from, to };
}
