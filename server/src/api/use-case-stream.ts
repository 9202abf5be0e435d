import { setMaxListeners } from 'node:events';
import type { Request, Response } from 'express';
import type { ResultProvenance, UseCaseEvents } from '../generation/use-case';
import { internalError } from '../platform/errors';
import type { Logger } from '../platform/logger';
import { startEventStream } from './openai/server-sent-events';
import { knownProblem } from './problem-handler';
import { auditDetails, type AuditDetails } from './audit/audit-details';

/** A client asks for SSE with `"stream": true` in the body or `Accept: text/event-stream`. */
export function wantsEventStream(request: Request, streamFlag: boolean | undefined): boolean {
  return streamFlag ?? /\btext\/event-stream\b/.test(request.get('accept') ?? '');
}

/** Aborted when the client goes away before the response is complete (cancel in the UI). */
export function abortOnClose(response: Response): AbortSignal {
  const controller = new AbortController();
  // A map-reduce summary passes the one signal to many model calls in turn.
  setMaxListeners(64, controller.signal);
  response.on('close', () => {
    if (!response.writableFinished) controller.abort();
  });
  return controller.signal;
}

function writeNamedEvent(response: Response, event: string, data: unknown): void {
  if (response.destroyed || response.writableEnded) return;
  response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/**
 * Runs a use case and answers as JSON, or as an SSE stream of `start` (mode, model), `progress`,
 * `delta` (text) and finally `done` (the same JSON the non-streaming form returns) or `error`
 * (a problem body). Errors before the stream starts are ordinary problem responses.
 */
export async function respondWithUseCase<Result>(
  request: Request,
  response: Response,
  options: { stream: boolean; logger: Logger },
  run: (events: UseCaseEvents) => Promise<Result>,
  present: (result: Result) => unknown,
  audit: (result: Result) => AuditDetails,
): Promise<void> {
  if (!options.stream) {
    const result = await run({});
    auditDetails(response, audit(result));
    response.json(present(result));
    return;
  }
  startEventStream(response);
  const events: UseCaseEvents = {
    onStart: (start) => writeNamedEvent(response, 'start', start),
    onDelta: (text) => writeNamedEvent(response, 'delta', { text }),
    onProgress: (progress) => writeNamedEvent(response, 'progress', progress),
  };
  try {
    const result = await run(events);
    auditDetails(response, audit(result));
    writeNamedEvent(response, 'done', present(result));
  } catch (error) {
    const known = knownProblem(error);
    if (!known) options.logger.error({ requestId: request.requestId, err: error instanceof Error ? { name: error.name, stack: error.stack } : String(error) }, 'use case failed while streaming');
    const problem = known ?? internalError(error);
    auditDetails(response, { streamedStatus: problem.status });
    writeNamedEvent(response, 'error', problem.toProblem(request.originalUrl));
  }
  response.end();
}

/** The audit details every assistant result carries: model, main prompt, token counts, mode. */
export function auditProvenance(result: ResultProvenance, documents: readonly string[] = []): AuditDetails {
  return {
    model: result.model, prompt: result.prompts.at(-1) ?? null, mode: result.mode, documents,
    tokens: { in: result.usage.promptTokens, out: result.usage.completionTokens },
  };
}
