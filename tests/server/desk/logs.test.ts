// Error logs never hold an answer's text or contact details: a database that refuses to store an
// answer (on PGlite its error carries the query's parameters, the whole envelope; on PostgreSQL a
// "Failing row contains (…)" detail) is logged with its SQLSTATE and message only, through the
// receiver's logger and through the console as `npm start` prints it.
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DatabaseFailure, databaseFailure, scrubMessage } from '../../../server/data/db-error';
import type { RunningReceiver } from '../../../server/start';
import {
  type OpenTestDatabase,
  postSubmission,
  startTestReceiver,
  TEST_DATABASES,
} from '../fixtures';
import { answerFrom } from './privacy-support';

const EMAIL = 'hemmelig.person@example.dk';
const NAME = 'Hemmelig Hansen';
const BODY = 'Min nabo Hemmelig drikker for meget';

const printed = (values: readonly unknown[]) =>
  values.map((value) => inspect(value, { depth: 20, showHidden: true })).join('\n');

describe.each(TEST_DATABASES)('logs on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  let errors: unknown[];

  beforeAll(async () => {
    database = await open();
    ({ receiver, errors } = await startTestReceiver({ db: database.db }));
    // Every answer is refused by the database from now on.
    await receiver.db.query(
      'ALTER TABLE submissions ADD CONSTRAINT refuse_all CHECK (false) NOT VALID',
    );
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });
  afterEach(() => vi.restoreAllMocks());

  it('logs a failed insert without the answer, keeping the SQLSTATE', async () => {
    const response = await postSubmission(
      receiver,
      answerFrom({ name: NAME, email: EMAIL, phone: '+45 87 65 43 21' }, { body: BODY }),
    );
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain(EMAIL);
    expect(errors).toHaveLength(1);
    const { message, error } = errors[0] as { message: string; error: unknown };
    expect(message).toBe('POST /api/submissions failed');
    expect(error).toBeInstanceOf(DatabaseFailure);
    expect(error).toMatchObject({ code: '23514', constraint: 'refuse_all' });
    const text = printed(errors);
    expect(text).toContain('refuse_all');
    for (const secret of [EMAIL, NAME, 'Hemmelig', '87 65 43 21', BODY])
      expect(text, secret).not.toContain(secret);
  });

  it('prints nothing personal on the console either, as npm start logs', async () => {
    const lines: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      lines.push(...args);
    });
    const writes: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    const second = await startTestReceiver({ db: database.db, logError: undefined });
    try {
      const response = await postSubmission(
        second.receiver,
        answerFrom({ name: NAME, email: EMAIL }, { body: BODY }),
      );
      expect(response.status).toBe(500);
    } finally {
      await second.receiver.close();
    }
    expect(lines.length).toBeGreaterThan(0);
    const text = `${printed(lines)}\n${writes.join('')}`;
    expect(text).toContain('23514');
    for (const secret of [EMAIL, 'Hemmelig', BODY]) expect(text, secret).not.toContain(secret);
  });
});

describe('a driver error made safe', () => {
  it('drops the parameters, the query and the detail; scrubs values from the message', () => {
    const driverError = Object.assign(
      new Error('invalid input syntax for type uuid: "karen@example.dk"'),
      {
        code: '22P02',
        query: 'SELECT * FROM submissions WHERE id = $1',
        params: ['karen@example.dk'],
        detail: 'Failing row contains (karen@example.dk).',
        table: 'submissions',
        column: 'id',
      },
    );
    const safe = databaseFailure(driverError, ['karen@example.dk']);
    expect(safe.message).toBe('invalid input syntax for type uuid: "…"');
    expect(safe).toMatchObject({ code: '22P02', table: 'submissions', column: 'id' });
    expect(inspect(safe, { showHidden: true, depth: 10 })).not.toContain('karen');
    expect(databaseFailure(safe, [])).toBe(safe);
  });

  it('keeps the names PostgreSQL quotes, and removes values it quotes even when not sent', () => {
    expect(
      scrubMessage('new row for relation "submissions" violates check constraint "x_check"', []),
    ).toBe('new row for relation "submissions" violates check constraint "x_check"');
    expect(scrubMessage('invalid input syntax for type integer: "Karen"', [])).toBe(
      'invalid input syntax for type integer: "…"',
    );
    expect(scrubMessage('value karen jensen is wrong', ['karen jensen', 1, true])).toBe(
      'value … is wrong',
    );
  });
});
