import type { z } from 'zod';
import { validationFailed } from '../platform/errors';

/** Parses untrusted input with a route's schema; a failure becomes a 400 naming every bad field. */
export function validate<Schema extends z.ZodType>(schema: Schema, input: unknown, what = 'Request body'): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(root)', message: issue.message }));
  throw validationFailed(`${what} is invalid: ${errors.map((error) => `${error.path}: ${error.message}`).join('; ')}`, errors);
}
