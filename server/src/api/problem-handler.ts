import type { ErrorRequestHandler, RequestHandler } from 'express';
import { MulterError } from 'multer';
import { internalError, LlmoinError } from '../platform/errors';
import type { Logger } from '../platform/logger';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const notFoundHandler: RequestHandler = (request) => {
  throw new LlmoinError('not-found', `No route for ${request.method} ${request.path}.`);
};

/** Maps body-parser and multer failures onto our problem types. */
function fromFrameworkError(error: unknown): LlmoinError | null {
  if (error instanceof LlmoinError) return error;
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
    const known = fromFrameworkError(error);
    const problem = known ?? internalError(error);
    if (!known) {
      logger.error({ requestId: request.requestId, err: error instanceof Error ? { name: error.name, stack: error.stack } : String(error) }, 'unhandled error');
    }
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify({ ...problem.toProblem(request.originalUrl), requestId: request.requestId }));
  };
}
