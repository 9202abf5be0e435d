import { GenerationUnavailableError } from '../text-generation-model';

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit rejects before it lets one trial request through. */
  cooldownMs: number;
  /** Injectable clock (milliseconds), for tests. */
  now?: () => number;
}

/** Counters for /health; totals never reset, `consecutiveFailures` resets on success. */
export interface CircuitBreakerSnapshot {
  state: CircuitState;
  consecutiveFailures: number;
  failures: number;
  successes: number;
  rejections: number;
  opened: number;
  /** Seconds until an open circuit lets a trial through; 0 when closed or half-open. */
  retryAfterSeconds: number;
}

/**
 * The right to send one request. Exactly one outcome counts (the first call wins), so callers can
 * settle early (success at the first token) and still call `release()` in a finally block.
 */
export interface CircuitPermit {
  readonly trial: boolean;
  /** The upstream answered sensibly. */
  success(): void;
  /** The upstream failed (unreachable, timed out, 5xx, 429, broken stream). */
  failure(): void;
  /** No verdict (e.g. the caller cancelled); a trial slot becomes free again. */
  release(): void;
}

/**
 * Fails fast while an upstream is down, so callers fall back at once instead of waiting for
 * timeouts on every request. closed → open after `failureThreshold` consecutive failures;
 * open rejects with GenerationUnavailableError('circuit-open'); after `cooldownMs` it is
 * half-open and admits exactly one trial: success closes, failure opens again for a new cooldown.
 */
export class CircuitBreaker {
  private readonly now: () => number;
  private openedAt: number | null = null;
  private trialInFlight = false;
  private consecutiveFailures = 0;
  private failures = 0;
  private successes = 0;
  private rejections = 0;
  private opened = 0;

  constructor(private readonly options: CircuitBreakerOptions) {
    if (!(options.failureThreshold >= 1)) throw new RangeError('failureThreshold must be at least 1');
    if (!(options.cooldownMs >= 0)) throw new RangeError('cooldownMs must not be negative');
    this.now = options.now ?? Date.now;
  }

  state(): CircuitState {
    if (this.openedAt === null) return 'closed';
    return this.now() - this.openedAt >= this.options.cooldownMs ? 'half-open' : 'open';
  }

  snapshot(): CircuitBreakerSnapshot {
    return {
      state: this.state(),
      consecutiveFailures: this.consecutiveFailures,
      failures: this.failures,
      successes: this.successes,
      rejections: this.rejections,
      opened: this.opened,
      retryAfterSeconds: this.retryAfterSeconds(),
    };
  }

  /** A permit for one request, or GenerationUnavailableError('circuit-open') thrown at once. */
  acquire(): CircuitPermit {
    const state = this.state();
    if (state === 'closed') return this.permit(false);
    if (state === 'half-open' && !this.trialInFlight) {
      this.trialInFlight = true;
      return this.permit(true);
    }
    this.rejections += 1;
    const retryAfter = Math.max(1, this.retryAfterSeconds());
    const detail = state === 'open'
      ? `upstream circuit is open after ${this.consecutiveFailures} consecutive failures; next trial in ${retryAfter} s`
      : 'upstream circuit is half-open and its one trial request is still running';
    throw new GenerationUnavailableError('circuit-open', detail, retryAfter);
  }

  /** Counts a failure seen outside a permit, e.g. a stream that broke after its first token. */
  recordFailure(): void {
    this.failures += 1;
    this.consecutiveFailures += 1;
    if (this.openedAt === null && this.consecutiveFailures >= this.options.failureThreshold) this.open();
  }

  private retryAfterSeconds(): number {
    if (this.openedAt === null) return 0;
    return Math.max(0, Math.ceil((this.openedAt + this.options.cooldownMs - this.now()) / 1000));
  }

  private open(): void {
    this.openedAt = this.now();
    this.opened += 1;
  }

  private permit(trial: boolean): CircuitPermit {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      if (trial) this.trialInFlight = false;
      outcome();
    };
    return {
      trial,
      success: () => settle(() => {
        this.successes += 1;
        this.consecutiveFailures = 0;
        // Only the trial closes an open circuit: a success from a request admitted before the
        // circuit opened says little about the upstream now.
        if (trial) this.openedAt = null;
      }),
      failure: () => settle(() => {
        if (trial) {
          this.failures += 1;
          this.consecutiveFailures += 1;
          this.open();
        } else this.recordFailure();
      }),
      release: () => settle(() => undefined),
    };
  }
}
