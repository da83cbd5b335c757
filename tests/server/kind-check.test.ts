// The database accepts exactly the kinds of the kind table (utils/kinds.ts): the check on
// submissions.kind is made from it at every start, on PGlite and on PostgreSQL alike. A kind the
// database refused made the receiver answer 500, and the outboxes retry for ever.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIND_CHECK, migrate, STATUS_CHECK, syncKindCheck } from '../../server/data/migrations';
import { KINDS } from '../../utils/kinds';
import { ANSWER_STATUSES } from '../../utils/schema/status';
import { type OpenTestDatabase, TEST_DATABASES } from './fixtures';

describe.each(TEST_DATABASES)('the kinds the database accepts, on $name', ({ open }) => {
  let database: OpenTestDatabase;

  beforeAll(async () => {
    database = await open();
    await migrate(database.db);
  }, 60_000);

  afterAll(async () => {
    await database?.close();
  });

  /** Stores a row of `kind` (and removes it again): the error when the database refuses it. */
  const store = async (kind: string): Promise<unknown> => {
    const id = randomUUID();
    try {
      await database.db.query(
        `INSERT INTO submissions (id, reference, challenge_id, kind, actor_type, received_at, envelope)
         VALUES ($1, $2, 'ensomhed-lunde', $3, 'citizen', now(), '{}')`,
        [id, `test-${id}`, kind],
      );
      await database.db.query('DELETE FROM submissions WHERE id = $1', [id]);
      return undefined;
    } catch (error) {
      return error;
    }
  };

  /** The check as the database has it now, to compare before and after a start. */
  const check = async () =>
    (
      await database.db.query<{ oid: number; definition: string }>(
        `SELECT oid::integer AS oid, pg_get_constraintdef(oid) AS definition FROM pg_constraint
         WHERE conrelid = 'submissions'::regclass AND conname = $1`,
        [KIND_CHECK],
      )
    )[0];

  const expectExactlyTheTable = async () => {
    for (const kind of KINDS) expect(await store(kind), kind).toBeUndefined();
    for (const kind of ['complaint', 'retired', 'Need', '']) {
      expect(await store(kind), kind).toMatchObject({
        message: expect.stringContaining(KIND_CHECK),
      });
    }
  };

  it('accepts a row of each kind in the table, and no other', async () => {
    await expectExactlyTheTable();
  });

  it('replaces a check made for other kinds at the next start', async () => {
    for (const older of [
      ['need', 'proposal'],
      [...KINDS, 'retired'],
    ]) {
      await database.db.transaction((tx) => syncKindCheck(tx, older));
      expect(await store('retired')).toEqual(
        older.includes('retired') ? undefined : expect.anything(),
      );
      expect(await migrate(database.db)).toEqual([]);
      await expectExactlyTheTable();
    }
  });

  it('adds the check when it is missing, and leaves one that is right alone', async () => {
    await database.db.query(`ALTER TABLE submissions DROP CONSTRAINT ${KIND_CHECK}`);
    expect(await store('complaint')).toBeUndefined();
    await migrate(database.db);
    const made = await check();
    expect(made?.definition).toContain(`'${KINDS[0]}'`);
    await migrate(database.db);
    expect(await check()).toEqual(made);
    await expectExactlyTheTable();
  });

  it('accepts each answer status of utils/schema/status.ts, and no other', async () => {
    const id = randomUUID();
    await database.db.query(
      `INSERT INTO submissions (id, reference, challenge_id, kind, actor_type, received_at, envelope)
       VALUES ($1, $2, 'ensomhed-lunde', 'need', 'citizen', now(), '{}')`,
      [id, `test-${id}`],
    );
    const setStatus = (status: string) =>
      database.db.query('UPDATE submissions SET status = $2 WHERE id = $1', [id, status]).then(
        () => undefined,
        (error: unknown) => error,
      );
    for (const status of ANSWER_STATUSES) expect(await setStatus(status), status).toBeUndefined();
    expect(await setStatus('archived')).toMatchObject({
      message: expect.stringContaining(STATUS_CHECK),
    });
    await database.db.query('DELETE FROM submissions WHERE id = $1', [id]);
  });
});
