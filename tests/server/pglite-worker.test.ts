// PGlite in its worker thread (server/data/pglite-client.ts), for finding 3 of issue 18: PGlite on the
// main thread spun after a write failed on a full disk, and nothing else ran, SIGTERM included.
// Here the main thread stays free while a statement runs, a stuck PGlite is ended on close, a
// storage failure replaces the worker (what was committed is still there), and transactions keep
// their semantics across the thread.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/data/db';
import { openDatabase } from '../../server/data/db';
import { DatabaseFailure } from '../../server/data/db-error';
import { openPgliteWorker } from '../../server/data/pglite-client';

/** An error of the application's own, thrown inside a transaction. */
class ChangedMyMind extends Error {}

describe('PGlite in memory, in its worker', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ kind: 'memory' });
    await db.exec('CREATE TABLE notes (id int PRIMARY KEY, at timestamptz, data jsonb)');
  });
  afterAll(async () => {
    await db?.close();
  });

  it('leaves the main thread free while a statement runs', async () => {
    let statementDone = false;
    const sleeping = db.query('SELECT pg_sleep(1.5)').then(() => {
      statementDone = true;
    });
    // A timer is the main thread's own work: it fires while PGlite sleeps in the other thread.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(statementDone).toBe(false);
    await sleeping;
    expect(statementDone).toBe(true);
  });

  it('carries values both ways and errors without the values sent', async () => {
    const at = new Date('2026-12-07T10:00:00.000Z');
    await db.query('INSERT INTO notes VALUES ($1, $2, $3)', [1, at, '{"a": [1, "to"]}']);
    expect(await db.query('SELECT * FROM notes WHERE id = $1', [1])).toEqual([
      { id: 1, at, data: { a: [1, 'to'] } },
    ]);
    const duplicate = await db
      .query('INSERT INTO notes VALUES ($1, $2, $3)', [1, at, '{"email": "karen@example.dk"}'])
      .catch((error: unknown) => error);
    expect(duplicate).toBeInstanceOf(DatabaseFailure);
    expect(duplicate).toMatchObject({ code: '23505', constraint: 'notes_pkey' });
    expect(JSON.stringify(duplicate)).not.toContain('karen');
  });

  it('runs a transaction’s statements together: others wait, a throw rolls back, its error passes through', async () => {
    const order: string[] = [];
    let counted: Promise<void> | undefined;
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO notes (id) VALUES (10)');
      // Asked while the transaction is open: it waits for the commit, and sees both rows.
      counted = db
        .query<{ n: number }>('SELECT count(*)::int AS n FROM notes WHERE id >= 10')
        .then(([row]) => {
          order.push(`counted ${row?.n}`);
        });
      // Requests reach the worker in call order: had the count not waited, it would be answered
      // before this statement, which the worker received after it.
      await tx.query('INSERT INTO notes (id) VALUES (11)');
      order.push('committing');
    });
    await counted;
    expect(order).toEqual(['committing', 'counted 2']);

    const thrown = await db
      .transaction(async (tx) => {
        await tx.query('INSERT INTO notes (id) VALUES (12)');
        throw new ChangedMyMind('no');
      })
      .catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(ChangedMyMind);
    const failed = await db
      .transaction(async (tx) => {
        await tx.query('INSERT INTO notes (id) VALUES (13)');
        await tx.query('INSERT INTO notes (id) VALUES (10)');
      })
      .catch((error: unknown) => error);
    expect(failed).toMatchObject({ code: '23505' });
    expect(await db.query('SELECT id FROM notes WHERE id >= 10 ORDER BY id')).toEqual([
      { id: 10 },
      { id: 11 },
    ]);
  });
});

describe('PGlite that does not close in time', () => {
  it('has its worker ended, and what waited fails', async () => {
    const db = await openPgliteWorker(undefined, { closeTimeoutMs: 500 });
    const stuck = db.query('SELECT pg_sleep(60)').catch((error: unknown) => error);
    const started = performance.now();
    await expect(db.close()).rejects.toThrow(/did not close within 0.5 s/);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(await stuck).toMatchObject({ message: 'the database is closed' });
    await expect(db.query('SELECT 1')).rejects.toThrow('the database is closed');
  });
});

describe('PGlite on a data folder, after a storage failure', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samskab-worker-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is opened afresh, with everything committed before', async () => {
    const db = await openDatabase({ kind: 'pglite', dataDir });
    try {
      await db.exec('CREATE TABLE kept (id int PRIMARY KEY)');
      await db.query('INSERT INTO kept VALUES (1)');
      // A temporary table lives as long as that PGlite instance: it shows which one answers.
      await db.exec('CREATE TEMP TABLE this_instance (id int)');
      // PGlite's real error, with the code a full disk gives (53100): that instance is done for.
      const failure = await db
        .exec(
          `DO $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $$`,
        )
        .catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: '53100' });

      expect(await db.query('SELECT id FROM kept')).toEqual([{ id: 1 }]);
      expect(await db.query(`SELECT to_regclass('pg_temp.this_instance') AS found`)).toEqual([
        { found: null },
      ]);
      await db.query('INSERT INTO kept VALUES (2)');
      expect(await db.query('SELECT id FROM kept ORDER BY id')).toEqual([{ id: 1 }, { id: 2 }]);
    } finally {
      await db.close();
    }
  }, 180_000);
});
