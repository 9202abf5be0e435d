import type { ErrorRequestHandler, RequestHandler } from 'express';
import { MulterError } from 'multer';
import { GenerationUnavailableError } from '../inference';
import { internalError, LlmoinError } from '../platform/errors';
import type { Logger } from '../platform/logger';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const notFoundHandler: RequestHandler = (request) => {
  throw new LlmoinError('not-found', `No route for ${request.method} ${request.path}.`);
};

/** Maps body-parser and multer failures onto our problem types. */
export function knownProblem(error: unknown): LlmoinError | null {
  if (error instanceof LlmoinError) return error;
  if (error instanceof GenerationUnavailableError) {
    const overloaded = error.reason === 'overloaded';
    return new LlmoinError(overloaded ? 'too-many-requests' : 'service-unavailable', error.message, {
      reason: error.reason,
      ...(error.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: error.retryAfterSeconds }),
    });
  }
  if (error instanceof MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE') return new LlmoinError('payload-too-large', 'The uploaded file exceeds the configured upload limit.');
    return new LlmoinError('validation-failed', `Upload rejected: ${error.message}.`);
  }
  if (typeof error === 'object' && error !== null && 'type' in error) {
    const type = (error as { type: unknown }).type;
    if (type === 'entity.parse.failed') return new LlmoinError('malformed-json', 'The request body is not valid JSON.');
    if (type === 'entity.too.large') return new LlmoinError('payload-too-large', 'The request body exceeds the configured limit.');
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') return new LlmoinError('unsupported-media-type', 'Unsupported body encoding.');
  }
  return null;
}

/** The one error middleware: problem+json with the request id; unknown errors are logged and hidden. */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    const known = knownProblem(error);
    const problem = known ?? internalError(error);
    if (!known) {
      logger.error({ requestId: request.requestId, err: error instanceof Error ? { name: error.name, stack: error.stack } : String(error) }, 'unhandled error');
    }
    const retryAfter = problem.extensions['retryAfterSeconds'];
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    const body: Record<string, unknown> = { ...problem.toProblem(request.originalUrl), requestId: request.requestId };
    // OpenAI clients read `error.message`; the problem fields stay for everyone else.
    if (request.path.startsWith('/v1/')) body['error'] = { message: problem.detail, type: problem.problemType, code: problem.extensions['reason'] ?? null };
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  };
}
