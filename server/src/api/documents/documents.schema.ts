import { z } from 'zod';

export const documentIdSchema = z.object({ id: z.string().uuid('must be a document id (UUID)') });

export const listDocumentsQuerySchema = z
  .object({
    collection: z.string().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export const uploadFieldsSchema = z
  .object({
    collection: z.string().trim().min(1).max(100).regex(/^[\p{L}\p{N} ._-]+$/u, 'letters, digits, space, dot, underscore, hyphen').optional(),
    /** Admins may add an upload to the shared corpus instead of their private space. */
    shared: z.enum(['true', 'false']).optional(),
    /** Share a personal upload with one of the caller's groups (departments); its members may read it. */
    group: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
