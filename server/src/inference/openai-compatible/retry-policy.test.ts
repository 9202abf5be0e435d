import { GenerationUnavailableError } from '../text-generation-model';
import { finalError, isRetryable, isUpstreamFault, parseRetryAfter, retryDelayMs } from './retry-policy';
import { UpstreamRequestError, type FailureCause } from './upstream-errors';

const retries = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1_000 };

describe('retry policy', () => {
  it.each<[FailureCause, boolean, boolean]>([
    [{ kind: 'network' }, true, true],
    [{ kind: 'timeout', timeout: 'connect' }, true, true],
    [{ kind: 'timeout', timeout: 'first-token' }, true, true],
    [{ kind: 'timeout', timeout: 'total' }, false, true],
    [{ kind: 'http', status: 429 }, true, true],
    [{ kind: 'http', status: 502 }, true, true],
    [{ kind: 'http', status: 503 }, true, true],
    [{ kind: 'http', status: 504 }, true, true],
    [{ kind: 'http', status: 500 }, false, true],
    [{ kind: 'http', status: 400 }, false, false],
    [{ kind: 'http', status: 401 }, false, false],
    [{ kind: 'http', status: 404 }, false, false],
    [{ kind: 'protocol' }, false, true],
  ])('%j: retryable %s, upstream fault %s', (failure, retryable, fault) => {
    expect(isRetryable(failure)).toBe(retryable);
    expect(isUpstreamFault(failure)).toBe(fault);
  });

  it('backs off exponentially with equal jitter, capped at maxDelayMs', () => {
    const network: FailureCause = { kind: 'network' };
    expect(retryDelayMs(network, 1, retries, () => 0)).toBe(50);
    expect(retryDelayMs(network, 1, retries, () => 1)).toBe(100);
    expect(retryDelayMs(network, 3, retries, () => 0)).toBe(200);
    expect(retryDelayMs(network, 10, retries, () => 1)).toBe(1_000);
  });

  it('waits exactly Retry-After, or gives up when it is longer than allowed', () => {
    expect(retryDelayMs({ kind: 'http', status: 503, retryAfterMs: 700 }, 1, retries)).toBe(700);
    expect(retryDelayMs({ kind: 'http', status: 503, retryAfterMs: 5_000 }, 1, retries)).toBeNull();
    expect(retryDelayMs({ kind: 'http', status: 503, retryAfterMs: 5_000 }, 1, { ...retries, maxRetryAfterMs: 10_000 })).toBe(5_000);
  });

  it('reads retry-after-ms, seconds (also fractional) and HTTP dates', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250);
    expect(parseRetryAfter(new Headers({ 'retry-after': '2' }))).toBe(2_000);
    expect(parseRetryAfter(new Headers({ 'retry-after': '0.05' }))).toBe(50);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:30 GMT' }), now)).toBe(30_000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(parseRetryAfter(new Headers())).toBeUndefined();
  });

  it('maps final failures to typed errors', () => {
    expect(finalError({ kind: 'http', status: 400 }, 'bad', 1, null)).toBeInstanceOf(UpstreamRequestError);
    expect(finalError({ kind: 'http', status: 429, retryAfterMs: 1_500 }, 'busy', 3, null)).toMatchObject({ reason: 'overloaded', retryAfterSeconds: 2 });
    expect(finalError({ kind: 'http', status: 502 }, 'gateway', 3, null)).toMatchObject({ reason: 'backend-down' });
    expect(finalError({ kind: 'timeout', timeout: 'first-token' }, 'slow', 2, null)).toMatchObject({ reason: 'timeout' });
    const down = finalError({ kind: 'network' }, 'ECONNREFUSED', 3, null);
    expect(down).toBeInstanceOf(GenerationUnavailableError);
    expect(down.message).toContain('after 3 attempts');
  });
});
