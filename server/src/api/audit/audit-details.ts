import type { Response } from 'express';
import type { AuditContent } from '../../audit';

/** What a handler knows about a call beyond the route: merged into the record written when the response finishes. */
export interface AuditDetails {
  model?: string | null;
  prompt?: { id: string; version: number } | null;
  /** Ids of the documents the call used (cited passages, summarised documents …). */
  documents?: readonly string[];
  tokens?: { in?: number | null; out?: number | null };
  /** How the call was answered, e.g. `generative`, `extractive`, `subject-resolved`. */
  mode?: string | null;
  /**
   * Prompt and answer text, already pseudonymised by the caller. Stored (outside the hash chain,
   * under its own retention) only when LLMOIN_AUDIT_STORE_CONTENT is on; dropped otherwise.
   */
  content?: AuditContent;
  /**
   * The status the call really ended with when it differs from the HTTP status: a stream that
   * already answered 200 and then failed reports its problem in-band.
   */
  streamedStatus?: number;
  /** The call erased the caller's own data (Art. 17): the record must not create a new pseudonym for them. */
  subjectErased?: boolean;
}

declare global {
  namespace Express {
    interface Locals {
      llmoinAudit?: AuditDetails;
    }
  }
}

/**
 * Adds details to the audit record of this request. Call it any number of times; later values win,
 * documents accumulate. Never throws and never writes anything itself: the recording middleware does.
 */
export function auditDetails(response: Response, details: AuditDetails): void {
  const current = response.locals.llmoinAudit ?? {};
  response.locals.llmoinAudit = {
    ...current,
    ...details,
    documents: [...(current.documents ?? []), ...(details.documents ?? [])],
    tokens: { ...current.tokens, ...details.tokens },
    content: details.content || current.content ? { ...current.content, ...details.content } : undefined,
  };
}

export function readAuditDetails(response: Response): AuditDetails {
  return response.locals.llmoinAudit ?? {};
}
