import type { ExtractionFailureReason } from './types';

/**
 * Thrown by {@link extractDocument} when a file cannot be indexed.
 * `reason` is a stable code for callers; `detail` (also the message) is an English explanation for logs.
 */
export class ExtractionError extends Error {
  readonly reason: ExtractionFailureReason;
  readonly detail: string;

  constructor(reason: ExtractionFailureReason, detail: string, options?: { cause?: unknown }) {
    super(detail, options);
    this.name = 'ExtractionError';
    this.reason = reason;
    this.detail = detail;
  }
}
