// Login throttling, per account and per client address: each failed sign-in adds to both counters,
// and once either has too many failures in the window, sign-ins for it are refused until the
// window has passed. Per account stops a guesser spread over many addresses; per address stops one
// address trying many accounts. A success clears the account's counter (not the address's: one
// right password must not reset a guesser's budget for other accounts). In memory: a restart
// forgets, which is acceptable because each guess also costs a scrypt hash.
import type { Clock } from '../config';

export interface ThrottleLimits {
  /** Failures per account within the window before that account is refused. */
  readonly perAccount: number;
  /** Failures per client address within the window before that address is refused. */
  readonly perAddress: number;
  readonly windowMs: number;
}

export const DEFAULT_THROTTLE: ThrottleLimits = {
  perAccount: 5,
  perAddress: 20,
  windowMs: 15 * 60_000,
};

/** Counters kept at most; the oldest are dropped first, so a flood of addresses cannot fill memory. */
const MAX_KEYS = 10_000;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface LoginThrottle {
  check(account: string, address: string): ThrottleVerdict;
  failed(account: string, address: string): void;
  succeeded(account: string): void;
}

export function createLoginThrottle(
  limits: ThrottleLimits = DEFAULT_THROTTLE,
  clock: Clock = Date.now,
): LoginThrottle {
  // Failure times per key, oldest first; a Map keeps insertion order for the eviction.
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => {
    const list = (failures.get(key) ?? []).filter((at) => now - at < limits.windowMs);
    if (list.length) failures.set(key, list);
    else failures.delete(key);
    return list;
  };
  const keep = Math.max(limits.perAccount, limits.perAddress);
  const accountKey = (account: string) => `account:${account.trim().toLowerCase()}`;
  const addressKey = (address: string) => `address:${address}`;
  const add = (key: string, now: number) => {
    const list = recent(key, now);
    failures.delete(key);
    // Only the latest `limit` failures decide anything; older ones need not be kept.
    failures.set(key, [...list.slice(Math.max(0, list.length - keep + 1)), now]);
    while (failures.size > MAX_KEYS) failures.delete(failures.keys().next().value!);
  };
  /** When the key may try again: once fewer than `limit` of its failures are in the window. */
  const blockedUntil = (key: string, limit: number, now: number) => {
    const list = recent(key, now);
    return list.length >= limit ? list[list.length - limit]! + limits.windowMs : 0;
  };
  return {
    check(account, address) {
      const now = clock();
      const until = Math.max(
        blockedUntil(accountKey(account), limits.perAccount, now),
        blockedUntil(addressKey(address), limits.perAddress, now),
      );
      return until > now
        ? { allowed: false, retryAfterSeconds: Math.ceil((until - now) / 1000) }
        : { allowed: true };
    },
    failed(account, address) {
      const now = clock();
      add(accountKey(account), now);
      add(addressKey(address), now);
    },
    succeeded(account) {
      failures.delete(accountKey(account));
    },
  };
}
