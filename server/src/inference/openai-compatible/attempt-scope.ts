import type { TimeoutKind } from './upstream-errors';

/** Why an attempt's AbortController fired. */
export type AbortCause = { kind: 'cancelled' } | { kind: 'closed' } | { kind: 'timeout'; timeout: TimeoutKind };

/**
 * One AbortController per upstream attempt, plus the timers that may fire it. fetch rejects with
 * an AbortError whatever the reason, so the scope remembers the first cause: the caller's signal
 * ('cancelled'), a timer ('timeout'), or our own cleanup ('closed', e.g. the consumer stopped).
 * `dispose()` in a finally block aborts the request if it is still open, which frees the upstream
 * slot (undici destroys the socket) and clears every timer.
 */
export class AttemptScope {
  private readonly controller = new AbortController();
  private readonly timers = new Map<TimeoutKind, ReturnType<typeof setTimeout>>();
  private abortCause: AbortCause | null = null;
  private unlink: (() => void) | null = null;

  constructor(callerSignal?: AbortSignal) {
    if (!callerSignal) return;
    if (callerSignal.aborted) {
      this.abort({ kind: 'cancelled' });
      return;
    }
    const onAbort = () => this.abort({ kind: 'cancelled' });
    callerSignal.addEventListener('abort', onAbort, { once: true });
    this.unlink = () => callerSignal.removeEventListener('abort', onAbort);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get cause(): AbortCause | null {
    return this.abortCause;
  }

  /** (Re)starts a timer; when it fires the attempt is aborted with that timeout as cause. */
  arm(timeout: TimeoutKind, ms: number): void {
    this.disarm(timeout);
    const timer = setTimeout(() => this.abort({ kind: 'timeout', timeout }), Math.max(0, ms));
    this.timers.set(timeout, timer);
  }

  disarm(timeout: TimeoutKind): void {
    const timer = this.timers.get(timeout);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(timeout);
  }

  abort(cause: AbortCause): void {
    if (this.abortCause) return;
    this.abortCause = cause;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.controller.abort();
  }

  dispose(): void {
    this.abort({ kind: 'closed' });
    this.unlink?.();
    this.unlink = null;
  }
}
