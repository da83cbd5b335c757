import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../server/http/rate-limit';

const fakeClock = (start = 1_000_000) => {
  let now = start;
  return { clock: () => now, advance: (ms: number) => (now += ms) };
};

describe('createRateLimiter', () => {
  it('allows a burst of `limit`, then refuses with the seconds until one more is allowed', () => {
    const { clock } = fakeClock();
    const take = createRateLimiter({ limit: 3, windowMs: 60_000 }, clock);
    expect([take('a'), take('a'), take('a')]).toEqual(Array(3).fill({ allowed: true }));
    expect(take('a')).toEqual({ allowed: false, retryAfterSeconds: 20 });
  });

  it('refills evenly over the window', () => {
    const { clock, advance } = fakeClock();
    const take = createRateLimiter({ limit: 2, windowMs: 10_000 }, clock);
    take('a');
    take('a');
    expect(take('a').allowed).toBe(false);
    advance(4_999);
    expect(take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    advance(5_000);
    expect(take('a').allowed).toBe(true);
    expect(take('a').allowed).toBe(false);
  });

  it('keeps clients apart', () => {
    const { clock } = fakeClock();
    const take = createRateLimiter({ limit: 1, windowMs: 60_000 }, clock);
    expect(take('a').allowed).toBe(true);
    expect(take('a').allowed).toBe(false);
    expect(take('b').allowed).toBe(true);
  });

  it('never refills beyond the burst size, however long a client was away', () => {
    const { clock, advance } = fakeClock();
    const take = createRateLimiter({ limit: 2, windowMs: 1_000 }, clock);
    advance(3_600_000);
    expect([take('a').allowed, take('a').allowed, take('a').allowed]).toEqual([true, true, false]);
  });

  it('a clock that goes backwards gives no extra tokens', () => {
    const { clock, advance } = fakeClock();
    const take = createRateLimiter({ limit: 1, windowMs: 60_000 }, clock);
    take('a');
    advance(-30_000);
    expect(take('a').allowed).toBe(false);
  });
});
