// Finding 3 of issue 18: a storage error during a write was a 500 (and, on PGlite, the end of the
// receiver). Now it is a 503 with Retry-After, never a 201, and nothing of the write stays half
// done. The errors are injected by a database that fails the statements a test names, made as the
// drivers make them: PGlite's and PostgreSQL's disk_full (53100) and io_error (58030), and Node's
// ENOSPC where a driver passes one through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable, Row, SqlParam } from '../../server/data/db';
import {
  type DatabaseFailure,
  databaseFailure,
  isStorageFailure,
} from '../../server/data/db-error';
import type { RunningReceiver } from '../../server/start';
import { challengeForm } from './desk/challenge-form';
import { type DeskClient, signedIn } from './desk/desk-client';
import {
  type OpenTestDatabase,
  postSubmission,
  startTestReceiver,
  TEST_DATABASES,
  validSubmission,
} from './fixtures';
import { type SmtpSink, startSmtpSink } from './smtp-sink';

/** The errors a full or failing disk gives, as each driver reports them. */
const STORAGE_ERRORS = {
  'PGlite, disk full': {
    code: '53100',
    message: 'could not extend file "base/5/16385": No space left on device',
  },
  'PostgreSQL, I/O error': {
    code: '58030',
    message: 'could not write to file "pg_wal/xlogtemp.42": Input/output error',
  },
  'Node, ENOSPC': { code: 'ENOSPC', message: 'ENOSPC: no space left on device, write' },
} as const;
type StorageError = keyof typeof STORAGE_ERRORS;

/** A database whose statements matching `fault.statement` fail with `fault.error` while it is set. */
function failingDatabase(
  db: Database,
  fault: { statement?: RegExp; error?: StorageError },
): Database {
  const check = (sql: string, params: readonly SqlParam[]) => {
    if (!fault.statement?.test(sql) || !fault.error) return;
    const { code, message } = STORAGE_ERRORS[fault.error];
    throw databaseFailure(Object.assign(new Error(message), { code }), params);
  };
  const failing = <Q extends Queryable>(queryable: Q): Q => ({
    ...queryable,
    query: async <R extends Row>(sql: string, params: readonly SqlParam[] = []) => {
      check(sql, params);
      return queryable.query<R>(sql, params);
    },
  });
  return {
    kind: db.kind,
    query: failing(db).query,
    transaction: (work) => db.transaction((tx) => work(failing(tx))),
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
  };
}

describe('isStorageFailure', () => {
  it('is true for a full or failing disk and a database restarting, not for the request’s faults', () => {
    const failure = (code: string) =>
      databaseFailure(Object.assign(new Error('x'), { code }), []) as DatabaseFailure;
    for (const code of ['53100', '58030', '58000', '57P01', '57P03', 'ENOSPC', 'EDQUOT', 'EIO']) {
      expect(isStorageFailure(failure(code)), code).toBe(true);
    }
    for (const code of ['23505', '23514', '22P02', '40001', 'ECONNREFUSED']) {
      expect(isStorageFailure(failure(code)), code).toBe(false);
    }
    expect(isStorageFailure(Object.assign(new Error('x'), { code: '53100' }))).toBe(false);
  });
});

describe.each(TEST_DATABASES)('a storage error during a write, on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  let errors: unknown[];
  let facilitator: DeskClient;
  // Addresses for news are kept only where mail is configured.
  let sink: SmtpSink;
  const fault: { statement?: RegExp; error?: StorageError } = {};

  beforeAll(async () => {
    database = await open();
    sink = await startSmtpSink();
    ({ receiver, errors } = await startTestReceiver({
      db: failingDatabase(database.db, fault),
      smtpUrl: sink.url,
      mailFrom: 'Lunde Kommune <samskab@lunde.dk>',
    }));
    facilitator = await signedIn(receiver);
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
    await sink?.close();
  });

  it.each(Object.keys(STORAGE_ERRORS) as StorageError[])(
    'answers an answer 503 with Retry-After on %s, stores nothing, and takes the retry',
    async (error) => {
      const answer = validSubmission('proposal');
      Object.assign(fault, { statement: /INSERT INTO submissions/, error });
      const refused = await postSubmission(receiver, answer);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('30');
      expect((await refused.json()).error).toMatch(/could not store/);
      const stored = async () =>
        (await receiver.submissions()).filter((row) => row.id === answer.id).length;
      expect(await stored()).toBe(0);
      // Logged for whoever must make room, without the answer's text.
      expect(JSON.stringify(errors.at(-1))).toContain(STORAGE_ERRORS[error].code);
      expect(JSON.stringify(errors)).not.toContain('Karen');

      fault.statement = undefined;
      expect((await postSubmission(receiver, answer)).status).toBe(201);
      expect(await stored()).toBe(1);
    },
  );

  it('answers 503 when the update address cannot be stored, and the retry keeps it', async () => {
    const answer = { ...validSubmission('need'), updates: { email: 'nyheder@example.dk' } };
    Object.assign(fault, {
      statement: /INSERT INTO answer_update_addresses/,
      error: 'PGlite, disk full',
    });
    const refused = await postSubmission(receiver, answer);
    expect(refused.status).toBe(503);

    fault.statement = undefined;
    // The answer itself was in; the widget's retry is a replay that completes it.
    const retried = await postSubmission(receiver, answer);
    expect(retried.status).toBe(200);
    const [row] = await database.db.query<{ email: string }>(
      `SELECT r.email FROM answer_update_addresses a JOIN mail_recipients r ON r.id = a.recipient_id
       WHERE a.submission_id = $1`,
      [answer.id],
    );
    expect(row?.email).toBe('nyheder@example.dk');
  });

  it('answers a desk form 503 and rolls back the half of its transaction that ran', async () => {
    // The challenge's row is inserted, then its history fails: neither stays.
    Object.assign(fault, {
      statement: /INSERT INTO challenge_events/,
      error: 'PostgreSQL, I/O error',
    });
    const refused = await facilitator.post(
      '/desk/challenges',
      challengeForm('frivillige-nordvest'),
    );
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(refused.body).toContain('Databasen kunne ikke gemme');
    const count = async () =>
      (
        await database.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM challenges WHERE id = $1',
          ['frivillige-nordvest'],
        )
      )[0]?.n;
    expect(await count()).toBe(0);

    fault.statement = undefined;
    const created = await facilitator.post(
      '/desk/challenges',
      challengeForm('frivillige-nordvest'),
    );
    expect(created.status).toBe(303);
    expect(await count()).toBe(1);
  });
});
