import { GenerationUnavailableError } from '../text-generation-model';
import { CircuitBreaker } from './circuit-breaker';

function breakerWithClock(failureThreshold = 3, cooldownMs = 10_000) {
  const clock = { now: 1_000_000 };
  const breaker = new CircuitBreaker({ failureThreshold, cooldownMs, now: () => clock.now });
  return { breaker, clock };
}

function fail(breaker: CircuitBreaker, times: number): void {
  for (let i = 0; i < times; i += 1) breaker.acquire().failure();
}

describe('CircuitBreaker', () => {
  it('opens after the configured number of consecutive failures', () => {
    const { breaker } = breakerWithClock(3);
    fail(breaker, 2);
    expect(breaker.state()).toBe('closed');
    fail(breaker, 1);
    expect(breaker.state()).toBe('open');
    expect(breaker.snapshot()).toMatchObject({ state: 'open', consecutiveFailures: 3, failures: 3, opened: 1, retryAfterSeconds: 10 });
  });

  it('resets the consecutive count on success', () => {
    const { breaker } = breakerWithClock(3);
    fail(breaker, 2);
    breaker.acquire().success();
    fail(breaker, 2);
    expect(breaker.state()).toBe('closed');
    expect(breaker.snapshot()).toMatchObject({ consecutiveFailures: 2, failures: 4, successes: 1 });
  });

  it('rejects immediately while open, with retryAfterSeconds', () => {
    const { breaker, clock } = breakerWithClock(1, 10_000);
    fail(breaker, 1);
    clock.now += 2_500;
    let rejection: unknown;
    try {
      breaker.acquire();
    } catch (error) {
      rejection = error;
    }
    expect(rejection).toBeInstanceOf(GenerationUnavailableError);
    expect(rejection).toMatchObject({ reason: 'circuit-open', retryAfterSeconds: 8 });
    expect(breaker.snapshot().rejections).toBe(1);
  });

  it('half-opens after the cooldown and admits exactly one trial', () => {
    const { breaker, clock } = breakerWithClock(2, 1_000);
    fail(breaker, 2);
    clock.now += 1_000;
    expect(breaker.state()).toBe('half-open');
    const trial = breaker.acquire();
    expect(trial.trial).toBe(true);
    expect(() => breaker.acquire()).toThrow(GenerationUnavailableError);
    trial.success();
    expect(breaker.state()).toBe('closed');
    expect(breaker.acquire().trial).toBe(false);
  });

  it('re-opens for a full cooldown when the trial fails', () => {
    const { breaker, clock } = breakerWithClock(2, 1_000);
    fail(breaker, 2);
    clock.now += 1_500;
    breaker.acquire().failure();
    expect(breaker.state()).toBe('open');
    clock.now += 999;
    expect(breaker.state()).toBe('open');
    clock.now += 1;
    expect(breaker.state()).toBe('half-open');
    expect(breaker.snapshot().opened).toBe(2);
  });

  it('frees the trial slot when the trial is released without a verdict', () => {
    const { breaker, clock } = breakerWithClock(1, 100);
    fail(breaker, 1);
    clock.now += 100;
    breaker.acquire().release();
    expect(breaker.state()).toBe('half-open');
    expect(breaker.acquire().trial).toBe(true);
  });

  it('counts only the first outcome of a permit', () => {
    const { breaker } = breakerWithClock(2);
    const permit = breaker.acquire();
    permit.success();
    permit.failure();
    permit.failure();
    expect(breaker.snapshot()).toMatchObject({ successes: 1, failures: 0, state: 'closed' });
  });

  it('does not let a late success of an old request close an open circuit', () => {
    const { breaker } = breakerWithClock(1);
    const early = breaker.acquire();
    fail(breaker, 1);
    early.success();
    expect(breaker.state()).toBe('open');
  });

  it('counts failures recorded outside a permit (streams that broke mid-way)', () => {
    const { breaker } = breakerWithClock(2);
    breaker.recordFailure();
    breaker.recordFailure();
    expect(breaker.state()).toBe('open');
  });
});
