import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelay } from '../../../utils/backoff';

const CAP = 600_000;

describe('retryDelay', () => {
  it('starts at 1–2 s and doubles', () => {
    expect(retryDelay(1, () => 0)).toBe(1000);
    expect(retryDelay(1, () => 1)).toBe(2000);
    expect(retryDelay(2, () => 0)).toBe(2000);
    expect(retryDelay(2, () => 1)).toBe(4000);
    expect(retryDelay(3, () => 0.5)).toBe(6000);
  });

  it('is capped at 10 minutes and never drops below half the cap once there', () => {
    expect(retryDelay(10, () => 1)).toBe(CAP);
    expect(retryDelay(10, () => 0)).toBe(CAP / 2);
    expect(retryDelay(1e9, () => 1)).toBe(CAP);
  });

  it('stays within [nominal/2, nominal] for any attempt and random value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1 }), (n, r) => {
        const nominal = Math.min(CAP, 2000 * 2 ** (n - 1));
        const delay = retryDelay(n, () => r);
        return delay >= nominal / 2 && delay <= nominal && delay >= 1000 && delay <= CAP;
      }),
    );
  });

  it('never retries earlier than Retry-After', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 86_400_000 }),
        (n, r, after) => retryDelay(n, () => r, after) >= after,
      ),
    );
    expect(retryDelay(1, () => 0, 30_000)).toBe(30_000);
    expect(retryDelay(1, () => 1, 500)).toBe(2000);
  });

  it('treats a nonsense attempt or random value as the first/bounded one', () => {
    expect(retryDelay(0, () => 0)).toBe(1000);
    expect(retryDelay(-3, () => 2)).toBe(2000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-01T10:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
    expect(parseRetryAfter('0', now)).toBe(0);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Sun, 01 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sun, 01 Nov 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});
