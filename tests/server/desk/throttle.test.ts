// The sign-in throttle's counting in the database (server/data/throttle.ts), called directly on
// PGlite with chosen times: which attempts are refused, what a success or a used link gives back,
// and what is cleaned up. Over HTTP, in parallel and on PostgreSQL: sign-in-burst.test.ts,
// sign-in-shared.test.ts and setup-throttle.test.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dumpDatabase, restoreDatabase } from '../../../server/data/backup';
import { type Database, openDatabase } from '../../../server/data/db';
import { migrate } from '../../../server/data/migrations';
import { createStaff } from '../../../server/data/staff';
import {
  type Attempt,
  countAttempt,
  deleteExpiredSignInRecords,
  giveBack,
  lockedAccounts,
  MAX_ATTEMPT_ROWS,
  SIGN_IN_LIMITS,
  signInSucceeded,
  unlockAccount,
} from '../../../server/data/throttle';

const START = Date.parse('2026-12-01T09:00:00Z');
const WINDOW = SIGN_IN_LIMITS.windowMs;

let db: Database;
beforeAll(async () => {
  db = await openDatabase({ kind: 'memory' });
  await migrate(db);
});
afterAll(() => db?.close());
beforeEach(async () => {
  for (const table of ['sign_in_attempts', 'sign_in_locks', 'staff']) {
    await db.query(`DELETE FROM ${table}`);
  }
});

/** `count` attempts one second apart from `at`; the verdicts. */
async function attempts(attempt: Attempt, count: number, at = START) {
  const verdicts = [];
  for (let i = 0; i < count; i++) {
    verdicts.push(await countAttempt(db, attempt, new Date(at + i * 1000)));
  }
  return verdicts;
}
const kinds = (verdicts: readonly { kind: string }[]) => verdicts.map((verdict) => verdict.kind);
const rows = async () =>
  (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sign_in_attempts'))[0]!.n;

describe('the sign-in throttle in the database', () => {
  it('refuses an account from one address after 5, until the window has passed', async () => {
    const anne = { account: 'anne@lunde.dk', address: '192.0.2.1' };
    expect(kinds(await attempts(anne, 5))).toEqual(Array(5).fill('allowed'));
    const refused = await countAttempt(db, anne, new Date(START + 60_000));
    // The first of the five leaves the window 15 minutes after it came: 14 minutes to go.
    expect(refused).toEqual({ kind: 'wait', retryAfterSeconds: 840 });
    // Refused attempts are not stored, so they do not push the wait further out.
    expect(await rows()).toBe(5);
    expect((await countAttempt(db, anne, new Date(START + WINDOW))).kind).toBe('allowed');
  });

  it('refuses only that address: the same account from another is still checked', async () => {
    await attempts({ account: 'anne@lunde.dk', address: '192.0.2.1' }, 5);
    const colleague = { account: 'anne@lunde.dk', address: '198.51.100.7' };
    expect((await countAttempt(db, colleague, new Date(START + 10_000))).kind).toBe('allowed');
  });

  it('refuses an address after 20 at any accounts, and one-time links count there too', async () => {
    for (let i = 0; i < 8; i++) {
      await countAttempt(
        db,
        { account: `person${i}@lunde.dk`, address: '192.0.2.1' },
        new Date(START),
      );
    }
    expect(kinds(await attempts({ address: '192.0.2.1' }, 13))).toEqual([
      ...Array(12).fill('allowed'),
      'wait',
    ]);
    const someoneElse = { account: 'ny@lunde.dk', address: '192.0.2.1' };
    expect((await countAttempt(db, someoneElse, new Date(START + 9000))).kind).toBe('wait');
    expect(
      (await countAttempt(db, { ...someoneElse, address: '192.0.2.2' }, new Date(START))).kind,
    ).toBe('allowed');
  });

  it('locks an account after 50 from all addresses, until a used link unlocks it', async () => {
    await createStaff(db, { email: 'anne@lunde.dk', name: 'Anne', role: 'admin' }, new Date(START));
    for (let i = 0; i < 10; i++) {
      await attempts({ account: 'anne@lunde.dk', address: `192.0.2.${i}` }, 5, START + i * 5000);
    }
    const fresh = { account: 'anne@lunde.dk', address: '203.0.113.9' };
    expect(await countAttempt(db, fresh, new Date(START + 60_000))).toEqual({ kind: 'lock' });
    expect(await lockedAccounts(db)).toEqual(new Set(['anne@lunde.dk']));
    // Long after the window, still locked.
    expect(await countAttempt(db, fresh, new Date(START + 10 * WINDOW))).toEqual({
      kind: 'locked',
    });
    await unlockAccount(db, 'anne@lunde.dk');
    expect(await lockedAccounts(db)).toEqual(new Set());
    // Counted afresh: the 50 before the link no longer lock it again at once.
    expect((await countAttempt(db, fresh, new Date(START + 61_000))).kind).toBe('allowed');
  });

  it('gives back a right password’s attempts from its address, never the address’s others', async () => {
    const bo = { account: 'bo@lunde.dk', address: '192.0.2.1' };
    await attempts(bo, 4);
    for (let i = 0; i < 15; i++) {
      await countAttempt(
        db,
        { account: `guess${i}@lunde.dk`, address: '192.0.2.1' },
        new Date(START),
      );
    }
    // The 5th at bo is the right password: bo's typos from here are forgotten...
    expect((await countAttempt(db, bo, new Date(START + 5000))).kind).toBe('allowed');
    await signInSucceeded(db, bo);
    expect(await rows()).toBe(15);
    // ...but the 15 at other accounts still count: 5 more, then the address waits.
    expect(kinds(await attempts({ address: '192.0.2.1' }, 6, START + 6000))).toEqual([
      ...Array(5).fill('allowed'),
      'wait',
    ]);
  });

  it('gives back a right link’s attempt', async () => {
    for (let i = 0; i < 30; i++) {
      const counted = await countAttempt(db, { address: '192.0.2.1' }, new Date(START + i));
      expect(counted.kind).toBe('allowed');
      if (counted.kind === 'allowed') await giveBack(db, counted.id);
    }
    expect(await rows()).toBe(0);
  });

  it('deletes attempts past their window at the next attempt and at the daily run', async () => {
    await attempts({ account: 'anne@lunde.dk', address: '192.0.2.1' }, 3);
    await countAttempt(db, { address: '192.0.2.9' }, new Date(START + WINDOW + 3000));
    expect(await rows()).toBe(1);
    await deleteExpiredSignInRecords(db, new Date(START + 3 * WINDOW));
    expect(await rows()).toBe(0);
  });

  it('keeps at most MAX_ATTEMPT_ROWS, the oldest going first, however many addresses try', async () => {
    await db.query(
      `INSERT INTO sign_in_attempts (account, address, at)
       SELECT NULL, 'flood-' || n, $1 FROM generate_series(1, $2::int) AS n`,
      [new Date(START), MAX_ATTEMPT_ROWS + 500],
    );
    await countAttempt(db, { address: '192.0.2.1' }, new Date(START + 1000));
    expect(await rows()).toBe(MAX_ATTEMPT_ROWS + 1);
    const [oldest] = await db.query<{ address: string }>(
      'SELECT address FROM sign_in_attempts ORDER BY id LIMIT 1',
    );
    expect(oldest?.address).toBe('flood-501');
  });

  it('forgets locks on names no staff member has after 30 days, never a colleague’s', async () => {
    await createStaff(db, { email: 'anne@lunde.dk', name: 'Anne', role: 'admin' }, new Date(START));
    for (const account of ['anne@lunde.dk', 'made-up@lunde.dk']) {
      await db.query('INSERT INTO sign_in_locks (account, locked_at) VALUES ($1, $2)', [
        account,
        new Date(START),
      ]);
    }
    await deleteExpiredSignInRecords(db, new Date(START + 29 * 24 * 3600_000));
    expect(await db.query('SELECT account FROM sign_in_locks')).toHaveLength(2);
    await deleteExpiredSignInRecords(db, new Date(START + 31 * 24 * 3600_000));
    expect(await db.query('SELECT account FROM sign_in_locks')).toEqual([
      { account: 'anne@lunde.dk' },
    ]);
    // The staff page lists staff only.
    expect(await lockedAccounts(db)).toEqual(new Set(['anne@lunde.dk']));
  });

  it('leaves the attempts and their addresses out of a backup, which restores with its locks', async () => {
    await attempts({ account: 'anne@lunde.dk', address: '192.0.2.1' }, 3);
    await db.query('INSERT INTO sign_in_locks (account, locked_at) VALUES ($1, $2)', [
      'made-up@lunde.dk',
      new Date(START),
    ]);
    let sql = '';
    for await (const piece of dumpDatabase(db, new Date(START))) sql += piece;
    expect(sql).not.toContain('192.0.2.1');
    const target = await openDatabase({ kind: 'memory' });
    try {
      await migrate(target);
      await restoreDatabase(target, sql);
      expect(await target.query('SELECT account FROM sign_in_locks')).toEqual([
        { account: 'made-up@lunde.dk' },
      ]);
    } finally {
      await target.close();
    }
  });
});
