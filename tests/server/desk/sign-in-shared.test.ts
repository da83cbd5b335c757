// Two receivers on one PostgreSQL count in the same rows (issue 18, point 2): a burst of guesses
// spread over both checks no more than one receiver alone would, and a one-time link guessed at
// through both is refused at the same count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningReceiver } from '../../../server/start';
import { startTestReceiver } from '../fixtures';
import { freshPostgresDatabase, skipPostgres, type TestPostgresDatabase } from '../postgres';
import { TEST_PASSWORD } from './desk-client';
import { burst, checkedWrong, colleague, countOf, setupFrom, signInFrom } from './sign-in-client';

describe.skipIf(skipPostgres)('two receivers on one PostgreSQL', () => {
  let postgres: TestPostgresDatabase;
  let receivers: RunningReceiver[] = [];

  beforeAll(async () => {
    postgres = await freshPostgresDatabase();
    const database = { kind: 'postgres', url: postgres.url } as const;
    // One after the other: the second finds the migrations applied.
    for (let i = 0; i < 2; i++) {
      const { receiver } = await startTestReceiver({ database, trustedProxies: ['127.0.0.1'] });
      receivers.push(receiver);
    }
  }, 60_000);
  afterAll(async () => {
    for (const receiver of receivers) await receiver.close();
    receivers = [];
    await postgres?.drop();
  });

  it('share the count: 60 wrong passwords at once, half to each, check 5', async () => {
    const [a, b] = receivers as [RunningReceiver, RunningReceiver];
    const karin = await colleague(a.db, 'karin@lunde.dk');
    const answers = await burst(60, (i) =>
      signInFrom((i % 2 ? a : b).url, '192.0.2.10', 'karin@lunde.dk', `gæt nummer ${i}`),
    );
    expect(await checkedWrong(a.db, karin)).toBe(5);
    expect(countOf(answers, 429)).toBe(55);
    for (const receiver of [a, b]) {
      const right = await signInFrom(receiver.url, '192.0.2.10', 'karin@lunde.dk', TEST_PASSWORD);
      expect(right.status).toBe(429);
    }
  });

  it('share the count of guessed one-time links: 20 looked up of 40', async () => {
    const [a, b] = receivers as [RunningReceiver, RunningReceiver];
    const answers = await burst(40, (i) =>
      setupFrom((i % 2 ? a : b).url, '192.0.2.20', `gæt-${i}`),
    );
    expect(countOf(answers, 410)).toBe(20);
    expect(countOf(answers, 429)).toBe(20);
  });
});
