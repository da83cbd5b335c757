// The sign-in throttle. Every attempt at a secret (a password at /desk/login, a one-time link at
// /desk/setup) is counted in the database BEFORE the secret is checked, so a guess over a limit
// costs no scrypt hash and changes nothing, and every receiver on one PostgreSQL counts in the same
// rows. Limits, in any 15 minutes (a sliding window):
// - 5 at one account from one address: stops a guesser at that address only, so a colleague
//   elsewhere still signs in;
// - 20 from one address, whatever the account: one address trying many accounts or links;
// - 50 at one account from all addresses together: a guesser spread over many addresses. Then the
//   account is locked and signs in only through a new one-time link from an admin, whose use
//   unlocks it. With 5 per address, locking someone out takes at least ten addresses.
// Only failures stay counted: a right password gives back that account's attempts from that
// address (the owner's typos, this attempt included) but not the address's attempts at other
// accounts (a guesser's budget) nor other addresses' attempts at the account; a right link gives
// back its attempt. Refused attempts are not stored, so no key holds more rows than its limit.
import type { Database, Queryable } from './db';

export interface ThrottleLimits {
  readonly perAccountFromAddress: number;
  readonly perAddress: number;
  /** Attempts at one account from all addresses in the window, past which it is locked. */
  readonly accountLock: number;
  readonly windowMs: number;
}

export const SIGN_IN_LIMITS: ThrottleLimits = {
  perAccountFromAddress: 5,
  perAddress: 20,
  accountLock: 50,
  windowMs: 15 * 60_000,
};

/**
 * Attempt rows kept at most, the oldest deleted first: a flood from very many addresses (one-time
 * link guesses cost the receiver no hash) cannot grow the table without bound. About 15 MB.
 */
export const MAX_ATTEMPT_ROWS = 100_000;
/** A lock on a name no staff member has is deleted after this long (the daily retention run). */
export const STRAY_LOCK_MS = 30 * 24 * 60 * 60_000;

/** Who tries: the account (a normalised e-mail; none for a one-time link) and the client's key. */
export interface Attempt {
  readonly account?: string;
  readonly address: string;
}

/** The stored attempts that bear on one attempt, as times in ms. */
export interface RecentAttempts {
  readonly fromAddress: readonly number[];
  readonly atAccountFromAddress: readonly number[];
  readonly atAccount: readonly number[];
  readonly locked: boolean;
}

export type Verdict =
  | { readonly kind: 'allowed' }
  | { readonly kind: 'wait'; readonly retryAfterSeconds: number }
  /** The account's limit was reached before this attempt: this one locks it. */
  | { readonly kind: 'lock' }
  | { readonly kind: 'locked' };

/** When a key may try again: once fewer than `limit` of its attempts are in the window; 0 if now. */
export function freeAt(times: readonly number[], limit: number, windowMs: number): number {
  const newestFirst = [...times].sort((a, b) => b - a);
  return newestFirst.length >= limit ? newestFirst[limit - 1]! + windowMs : 0;
}

/** Whole seconds from `now` to `until`, at least 1: a Retry-After of 0 invites a retry at once. */
export const retryAfterSeconds = (until: number, now: number) =>
  Math.max(1, Math.ceil((until - now) / 1000));

/** "Prøv igen om 15 minutter.", for a refused attempt's page. */
export function tryAgainIn(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Prøv igen om ${minutes} ${minutes === 1 ? 'minut' : 'minutter'}.`;
}

/** Whether one more attempt may be checked, given what the window holds. Pure. */
export function judge(recent: RecentAttempts, limits: ThrottleLimits, now: number): Verdict {
  if (recent.locked) return { kind: 'locked' };
  // Not "up to now": a parallel attempt that read the clock a moment later may be stored first.
  const inWindow = (times: readonly number[]) => times.filter((at) => at > now - limits.windowMs);
  const until = Math.max(
    freeAt(inWindow(recent.atAccountFromAddress), limits.perAccountFromAddress, limits.windowMs),
    freeAt(inWindow(recent.fromAddress), limits.perAddress, limits.windowMs),
  );
  if (until > now) return { kind: 'wait', retryAfterSeconds: retryAfterSeconds(until, now) };
  if (inWindow(recent.atAccount).length >= limits.accountLock) return { kind: 'lock' };
  return { kind: 'allowed' };
}

export type CountedAttempt =
  | { readonly kind: 'allowed'; readonly id: string }
  | Exclude<Verdict, { kind: 'allowed' }>;

/** Advisory locks take two keys; the first says which kind, so an account and an address differ. */
const ACCOUNT_LOCK = 18_001;
const ADDRESS_LOCK = 18_002;

/**
 * Counts an attempt before its secret is checked: stored and allowed, or refused (and not stored).
 *
 * Correct under concurrency: the count and the insert run in one transaction that first takes
 * transaction-level advisory locks on the account and on the address. PostgreSQL holds them to
 * the commit, and in READ COMMITTED each statement after the lock sees every attempt committed by
 * those who held it before, so of any number of parallel attempts, on any number of receivers,
 * exactly the limit's worth are stored and the rest are refused. The locks are always taken account
 * first, then address, one of each, so two attempts never wait on each other in a circle. PGlite
 * runs one transaction at a time anyway. (One upsert counter per key and fixed window would be as
 * atomic, but lets twice a limit through across a window's edge and counts refused attempts too,
 * which would let one address push a colleague's account to its lock.)
 */
export async function countAttempt(
  db: Database,
  attempt: Attempt,
  now: Date,
  limits: ThrottleLimits = SIGN_IN_LIMITS,
): Promise<CountedAttempt> {
  await deleteExpiredAttempts(db, now, limits.windowMs);
  const account = attempt.account ?? null;
  const { address } = attempt;
  return db.transaction(async (tx) => {
    if (account !== null) {
      await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ACCOUNT_LOCK, account]);
    }
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ADDRESS_LOCK, address]);
    const rows = await tx.query<{ account: string | null; address: string; at: Date }>(
      `SELECT account, address, at FROM sign_in_attempts
       WHERE (address = $1 OR account = $2) AND at > $3`,
      [address, account, new Date(now.getTime() - limits.windowMs)],
    );
    const locks =
      account === null
        ? []
        : await tx.query('SELECT 1 FROM sign_in_locks WHERE account = $1', [account]);
    const times = (keep: (row: (typeof rows)[number]) => boolean) =>
      rows.filter(keep).map((row) => new Date(row.at).getTime());
    const verdict = judge(
      {
        fromAddress: times((row) => row.address === address),
        atAccountFromAddress: times(
          (row) => account !== null && row.account === account && row.address === address,
        ),
        atAccount: times((row) => account !== null && row.account === account),
        locked: locks.length > 0,
      },
      limits,
      now.getTime(),
    );
    if (verdict.kind === 'lock') {
      await tx.query(
        'INSERT INTO sign_in_locks (account, locked_at) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [account, now],
      );
    }
    if (verdict.kind !== 'allowed') return verdict;
    const [row] = await tx.query<{ id: string }>(
      'INSERT INTO sign_in_attempts (account, address, at) VALUES ($1, $2, $3) RETURNING id::text AS id',
      [account, address, now],
    );
    return { kind: 'allowed', id: row!.id };
  });
}

/** A right password: its account's attempts from its address are given back, this one included. */
export async function signInSucceeded(db: Queryable, attempt: Required<Attempt>): Promise<void> {
  await db.query('DELETE FROM sign_in_attempts WHERE account = $1 AND address = $2', [
    attempt.account,
    attempt.address,
  ]);
}

/** A right one-time link: its attempt is given back. */
export async function giveBack(db: Queryable, attemptId: string): Promise<void> {
  await db.query('DELETE FROM sign_in_attempts WHERE id = $1::bigint', [attemptId]);
}

/** A one-time link was used: the account signs in with its password again, counted afresh. */
export async function unlockAccount(db: Queryable, account: string): Promise<void> {
  await db.query('DELETE FROM sign_in_locks WHERE account = $1', [account]);
  await db.query('DELETE FROM sign_in_attempts WHERE account = $1', [account]);
}

/** The staff members' locked accounts (their e-mails), for the staff page. */
export async function lockedAccounts(db: Queryable): Promise<Set<string>> {
  const rows = await db.query<{ account: string }>(
    'SELECT account FROM sign_in_locks WHERE account IN (SELECT email FROM staff)',
  );
  return new Set(rows.map((row) => row.account));
}

/**
 * Deletes attempts that have left the window, and the oldest beyond MAX_ATTEMPT_ROWS (by id,
 * which follows insertion). Both use an index, so at every attempt they cost little.
 */
export async function deleteExpiredAttempts(
  db: Queryable,
  now: Date,
  windowMs: number = SIGN_IN_LIMITS.windowMs,
): Promise<void> {
  await db.query('DELETE FROM sign_in_attempts WHERE at <= $1', [
    new Date(now.getTime() - windowMs),
  ]);
  await db.query(
    'DELETE FROM sign_in_attempts WHERE id <= (SELECT max(id) FROM sign_in_attempts) - $1',
    [MAX_ATTEMPT_ROWS],
  );
}

/** The daily clean-up: expired attempts, and locks on names no staff member has after 30 days. */
export async function deleteExpiredSignInRecords(db: Queryable, now: Date): Promise<void> {
  await deleteExpiredAttempts(db, now);
  await db.query(
    `DELETE FROM sign_in_locks WHERE locked_at <= $1
     AND NOT EXISTS (SELECT 1 FROM staff WHERE staff.email = sign_in_locks.account)`,
    [new Date(now.getTime() - STRAY_LOCK_MS)],
  );
}
