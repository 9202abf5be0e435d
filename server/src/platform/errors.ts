/**
 * One error module for the whole service. Capabilities throw these typed errors; the API layer
 * turns them into RFC 9457 problem bodies. Unknown errors never leak their message to clients.
 */
export type ProblemType =
  | 'validation-failed'
  | 'malformed-json'
  | 'not-found'
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'unprocessable-document'
  | 'unauthenticated'
  | 'forbidden'
  | 'conflict'
  | 'too-many-requests'
  | 'model-not-found'
  | 'service-unavailable'
  | 'internal-error';

const STATUS: Record<ProblemType, number> = {
  'validation-failed': 400,
  'malformed-json': 400,
  'not-found': 404,
  'unsupported-media-type': 415,
  'payload-too-large': 413,
  'unprocessable-document': 422,
  unauthenticated: 401,
  forbidden: 403,
  conflict: 409,
  'too-many-requests': 429,
  'model-not-found': 404,
  'service-unavailable': 503,
  'internal-error': 500,
};

const TITLES: Record<ProblemType, string> = {
  'validation-failed': 'Request validation failed',
  'malformed-json': 'Malformed JSON body',
  'not-found': 'Resource not found',
  'unsupported-media-type': 'Unsupported media type',
  'payload-too-large': 'Payload too large',
  'unprocessable-document': 'Document cannot be processed',
  unauthenticated: 'Authentication required',
  forbidden: 'Forbidden',
  conflict: 'Conflict',
  'too-many-requests': 'Too many requests',
  'model-not-found': 'Model not found',
  'service-unavailable': 'Service unavailable',
  'internal-error': 'Internal server error',
};

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: Array<{ path: string; message: string }>;
  [extension: string]: unknown;
}

export class LlmoinError extends Error {
  readonly status: number;

  constructor(
    readonly problemType: ProblemType,
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(detail, options);
    this.name = 'LlmoinError';
    this.status = STATUS[problemType];
  }

  toProblem(instance?: string): ProblemBody {
    return {
      type: `urn:llmoin:problem:${this.problemType}`,
      title: TITLES[this.problemType],
      status: this.status,
      detail: this.detail,
      ...(instance ? { instance } : {}),
      ...this.extensions,
    };
  }
}

export const notFound = (what: string) => new LlmoinError('not-found', `${what} was not found.`);
export const validationFailed = (detail: string, errors: Array<{ path: string; message: string }> = []) =>
  new LlmoinError('validation-failed', detail, errors.length ? { errors } : {});
export const unprocessableDocument = (detail: string, reason: string) =>
  new LlmoinError('unprocessable-document', detail, { reason });
export const internalError = (cause: unknown) =>
  new LlmoinError('internal-error', 'An unexpected error occurred.', {}, { cause });
