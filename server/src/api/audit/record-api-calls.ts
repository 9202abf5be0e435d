import type { Request, RequestHandler } from 'express';
import { outcomeForStatus, type AuditLog } from '../../audit';
import type { Logger } from '../../platform/logger';
import { readAuditDetails } from './audit-details';

const ID_SEGMENT = /^(?:\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9_-]{24,})$/i;
const PLAIN_SEGMENT = /^[A-Za-z0-9._-]{1,40}$/;
const MAX_SEGMENTS = 8;

/**
 * Mounted once in front of authentication for `/api` and `/v1`, so every endpoint — including
 * ones added later, and calls that end in 401 or 403 — is recorded when its response finishes
 * (or the client leaves). Records route, actor, status, latency and the details a handler added
 * with `auditDetails`; never the request body. A failure to record is logged, never thrown.
 */
export function recordApiCalls(audit: AuditLog, logger: Logger): RequestHandler {
  return (request, response, next) => {
    const started = process.hrtime.bigint();
    let recorded = false;
    const record = (aborted: boolean) => {
      if (recorded) return;
      recorded = true;
      try {
        const details = readAuditDetails(response);
        audit.append(
          {
            // After an erasure of the caller's own data, a new pseudonym would re-link them: record without one.
            subject: details.subjectErased ? null : (request.actor?.subject ?? null),
            role: request.actor?.role ?? null,
            function: functionName(request),
            model: details.model,
            prompt: details.prompt,
            documents: details.documents,
            tokensIn: details.tokens?.in,
            tokensOut: details.tokens?.out,
            latencyMs: Number(process.hrtime.bigint() - started) / 1e6,
            outcome: aborted ? 'aborted' : outcomeForStatus(details.streamedStatus ?? response.statusCode),
            status: details.streamedStatus ?? response.statusCode,
            mode: details.mode,
            requestId: request.requestId,
          },
          details.content,
        );
      } catch (error) {
        logger.error({ requestId: request.requestId, error: error instanceof Error ? error.message : String(error) }, 'audit record could not be written');
      }
    };
    response.once('finish', () => record(false));
    response.once('close', () => {
      if (!response.writableFinished) record(true);
    });
    next();
  };
}

/** A stable name: method + matched route path; for unmatched paths (401 before routing, 404) a normalised path. */
export function functionName(request: Request): string {
  const route: unknown = request.route;
  if (typeof route === 'object' && route !== null && 'path' in route && typeof route.path === 'string') {
    return `${request.method} ${request.baseUrl}${route.path}`;
  }
  return `${request.method} ${normalisePath(request.originalUrl)}`;
}

/** Ids become `:id`, anything unusual `:segment`: no caller-chosen text (or personal data) lands in the log. */
export function normalisePath(url: string): string {
  const segments = (url.split('?')[0] ?? '').split('/').filter(Boolean);
  const named = segments.slice(0, MAX_SEGMENTS).map((segment) => {
    if (ID_SEGMENT.test(segment)) return ':id';
    return PLAIN_SEGMENT.test(segment) ? segment : ':segment';
  });
  return `/${named.join('/')}${segments.length > MAX_SEGMENTS ? '/…' : ''}`;
}
