// The sign-in throttle's arithmetic (server/data/throttle.ts): the sliding window, when a key may
// try again, the Retry-After and the page's words for it. Pure; the database half is in
// throttle.test.ts.
import { describe, expect, it } from 'vitest';
import {
  freeAt,
  judge,
  type RecentAttempts,
  retryAfterSeconds,
  SIGN_IN_LIMITS,
  tryAgainIn,
} from '../../../server/data/throttle';

const WINDOW = SIGN_IN_LIMITS.windowMs;
const NOW = 10 * WINDOW;
const none: RecentAttempts = {
  fromAddress: [],
  atAccountFromAddress: [],
  atAccount: [],
  locked: false,
};
/** `n` attempts, one a second, the newest `ago` ms before NOW. */
const times = (n: number, ago = 0) => Array.from({ length: n }, (_, i) => NOW - ago - i * 1000);

describe('freeAt', () => {
  it('is 0 below the limit, and when the limit-th newest leaves the window at it', () => {
    expect(freeAt([], 5, WINDOW)).toBe(0);
    expect(freeAt(times(4), 5, WINDOW)).toBe(0);
    // Newest at NOW, the fifth newest 4 s earlier: free 15 minutes after that one.
    expect(freeAt(times(5), 5, WINDOW)).toBe(NOW - 4000 + WINDOW);
    expect(freeAt(times(9), 5, WINDOW)).toBe(NOW - 4000 + WINDOW);
  });

  it('does not depend on the order it is given the times in', () => {
    expect(freeAt(times(7).reverse(), 5, WINDOW)).toBe(NOW - 4000 + WINDOW);
  });
});

describe('retryAfterSeconds and tryAgainIn', () => {
  it('rounds up to whole seconds and never says 0', () => {
    expect(retryAfterSeconds(NOW + 1, NOW)).toBe(1);
    expect(retryAfterSeconds(NOW, NOW)).toBe(1);
    expect(retryAfterSeconds(NOW + 1001, NOW)).toBe(2);
    expect(retryAfterSeconds(NOW + WINDOW, NOW)).toBe(900);
  });

  it('says minutes in Danish, rounded up', () => {
    expect(tryAgainIn(1)).toBe('Prøv igen om 1 minut.');
    expect(tryAgainIn(60)).toBe('Prøv igen om 1 minut.');
    expect(tryAgainIn(61)).toBe('Prøv igen om 2 minutter.');
    expect(tryAgainIn(900)).toBe('Prøv igen om 15 minutter.');
  });
});

describe('judge', () => {
  it('allows while every key is under its limit', () => {
    expect(judge(none, SIGN_IN_LIMITS, NOW)).toEqual({ kind: 'allowed' });
    const recent = {
      ...none,
      atAccountFromAddress: times(4),
      fromAddress: times(19),
      atAccount: times(49),
    };
    expect(judge(recent, SIGN_IN_LIMITS, NOW)).toEqual({ kind: 'allowed' });
  });

  it('makes an account wait at one address after 5, until the 5th newest leaves the window', () => {
    const recent = {
      ...none,
      atAccountFromAddress: times(5, 60_000),
      fromAddress: times(5, 60_000),
    };
    // The 5th newest was 64 s ago: 900 - 64 s to go.
    expect(judge(recent, SIGN_IN_LIMITS, NOW)).toEqual({ kind: 'wait', retryAfterSeconds: 836 });
    expect(judge(recent, SIGN_IN_LIMITS, NOW + 836_000 - 1).kind).toBe('wait');
    expect(judge(recent, SIGN_IN_LIMITS, NOW + 836_000)).toEqual({ kind: 'allowed' });
  });

  it('makes an address wait after 20, whatever the accounts', () => {
    const recent = { ...none, fromAddress: times(20, 300_000) };
    expect(judge(recent, SIGN_IN_LIMITS, NOW)).toEqual({ kind: 'wait', retryAfterSeconds: 581 });
  });

  it('waits for the later of the two when both are over', () => {
    const recent = { ...none, atAccountFromAddress: times(5), fromAddress: times(20, 600_000) };
    expect(judge(recent, SIGN_IN_LIMITS, NOW)).toEqual({ kind: 'wait', retryAfterSeconds: 896 });
  });

  it('locks an account at 50 from all addresses, and a lock stays whatever the window holds', () => {
    expect(judge({ ...none, atAccount: times(50) }, SIGN_IN_LIMITS, NOW)).toEqual({ kind: 'lock' });
    expect(judge({ ...none, locked: true }, SIGN_IN_LIMITS, NOW)).toEqual({ kind: 'locked' });
    // An address over its own limit waits rather than locking the account for everyone.
    const fromOne = { ...none, atAccountFromAddress: times(5), atAccount: times(50) };
    expect(judge(fromOne, SIGN_IN_LIMITS, NOW).kind).toBe('wait');
  });

  it('counts only what is inside the window', () => {
    const old = { ...none, atAccountFromAddress: times(5, WINDOW), atAccount: times(50, WINDOW) };
    expect(judge(old, SIGN_IN_LIMITS, NOW)).toEqual({ kind: 'allowed' });
    // One millisecond inside: still counted.
    const edge = { ...none, atAccountFromAddress: times(5, WINDOW - 4001) };
    expect(judge(edge, SIGN_IN_LIMITS, NOW)).toEqual({ kind: 'wait', retryAfterSeconds: 1 });
  });

  it('counts attempts stored with a later time: a parallel one that read the clock after this', () => {
    const later = { ...none, atAccountFromAddress: [...times(4), NOW + 50] };
    expect(judge(later, SIGN_IN_LIMITS, NOW).kind).toBe('wait');
  });
});
