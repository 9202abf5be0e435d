import { AttemptScope } from './attempt-scope';
import type { CircuitBreaker, CircuitPermit } from './circuit-breaker';
import { finalError, isRetryable, isUpstreamFault, retryDelayMs, sleep, type RetryOptions } from './retry-policy';
import { AttemptFailure } from './upstream-errors';
import { failureFromError } from './upstream-http';

export interface RetryRunOptions {
  breaker: CircuitBreaker;
  retries: RetryOptions;
  /** The caller's cancellation. */
  signal?: AbortSignal;
  /** Epoch milliseconds after which nothing more is attempted (the `total` timer of each attempt). */
  deadline: number;
  /** Injectable jitter source, for tests. */
  random?: () => number;
}

export type RetryOutcome<T> =
  | { status: 'done'; value: T; scope: AttemptScope; attempts: number }
  | { status: 'cancelled' };

/**
 * Runs `attempt` until it succeeds, the policy says stop, or the caller cancels. Every attempt
 * passes the circuit breaker first (an open circuit throws GenerationUnavailableError at once)
 * and gets its own AttemptScope (abort controller + timers). On success the scope is handed over
 * (a stream keeps reading through it) and the caller must dispose it; on failure it is disposed
 * here. Errors that are not AttemptFailures are our own bugs and are rethrown untouched.
 *
 * For generation an attempt ends at the first token, so nothing the consumer has seen is ever
 * repeated; see retry-policy.ts for which failures are retried.
 */
export async function runWithRetries<T>(
  attempt: (scope: AttemptScope, attemptNumber: number) => Promise<T>,
  options: RetryRunOptions,
): Promise<RetryOutcome<T>> {
  const { breaker, retries, signal, deadline } = options;
  const attempts = Math.max(1, Math.floor(retries.attempts));
  let previous: AttemptFailure | null = null;
  for (let number = 1; ; number += 1) {
    if (signal?.aborted) return { status: 'cancelled' };
    let permit: CircuitPermit;
    try {
      permit = breaker.acquire();
    } catch (rejection) {
      // Our own failures just opened the circuit: report what actually went wrong.
      throw previous ? finalError(previous.failure, previous.message, number - 1, previous) : rejection;
    }
    const scope = new AttemptScope(signal);
    scope.arm('total', deadline - Date.now());
    let failure: AttemptFailure;
    try {
      const value = await attempt(scope, number);
      permit.success();
      return { status: 'done', value, scope, attempts: number };
    } catch (error) {
      if (scope.cause?.kind === 'cancelled' || signal?.aborted) {
        permit.release();
        scope.dispose();
        return { status: 'cancelled' };
      }
      if (!(error instanceof AttemptFailure) && scope.cause === null) {
        permit.release();
        scope.dispose();
        throw error;
      }
      failure = failureFromError(scope, error);
      scope.dispose();
      if (isUpstreamFault(failure.failure)) permit.failure();
      else permit.success();
    }
    previous = failure;
    const giveUp = () => finalError(failure.failure, failure.message, number, failure);
    if (!isRetryable(failure.failure) || number >= attempts) throw giveUp();
    const delay = retryDelayMs(failure.failure, number, retries, options.random);
    if (delay === null || Date.now() + delay >= deadline) throw giveUp();
    if (!(await sleep(delay, signal))) return { status: 'cancelled' };
  }
}
