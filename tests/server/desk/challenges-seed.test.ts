// The seed file on a later start, on PGlite and PostgreSQL: loaded into an empty database only;
// unchanged, it says nothing (whatever staff changed in the desk); changed, it names each
// challenge it would change and the fields, applies nothing, and says it once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReport } from '../../../server/data/seed-report';
import type { RunningReceiver } from '../../../server/start';
import { Challenge, type ChallengeInput } from '../../../utils/schema/index';
import { type OpenTestDatabase, startTestReceiver, TEST_DATABASES } from '../fixtures';
import { signedIn } from './desk-client';

const A: ChallengeInput = {
  id: 'seed-a',
  title: 'Første udfordring',
  framing: 'Sådan ser vi det.',
  contact: { email: 'facilitator@lunde.dk' },
  url: 'https://kommune.example/a',
};
const B: ChallengeInput = {
  id: 'seed-b',
  title: 'Anden udfordring',
  framing: 'Og sådan.',
  url: 'https://kommune.example/b',
};

describe.each(TEST_DATABASES)('the seed on a later start, on $name', ({ open }) => {
  let database: OpenTestDatabase;
  const running: RunningReceiver[] = [];

  beforeAll(async () => {
    database = await open();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(running.map((receiver) => receiver.close()));
    await database?.close();
  });

  /** Starts a receiver on the shared database with `seed`; returns it and what it logged. */
  const start = async (seed: readonly ChallengeInput[]) => {
    const lines: string[] = [];
    const { receiver } = await startTestReceiver({
      db: database.db,
      seed,
      logNotice: (line) => lines.push(line),
    });
    running.push(receiver);
    return { receiver, lines };
  };
  const titles = async (receiver: RunningReceiver) =>
    Object.fromEntries(
      (
        await receiver.db.query<{ id: string; data: string }>('SELECT id, data FROM challenges')
      ).map((row) => [row.id, (JSON.parse(row.data) as Challenge).title]),
    );

  it('loads an empty database, then is quiet while the seed is unchanged, desk edits or not', async () => {
    const first = await start([A, B]);
    expect(first.lines).toEqual([]);
    expect(await titles(first.receiver)).toEqual({
      'seed-a': 'Første udfordring',
      'seed-b': 'Anden udfordring',
    });
    // Staff change a challenge in the desk; the same seed on restart says nothing about it.
    const staff = await signedIn(first.receiver);
    await staff.post('/desk/challenges/seed-b/close', { outcome: 'Færdig.' });
    // Key order and defaults written out make no difference to "unchanged".
    const spelledOut: ChallengeInput = { ...B, seeking: ['need', 'proposal', 'offer'] };
    const again = await start([spelledOut, A].reverse());
    expect(again.lines).toEqual([]);
  });

  it('names each challenge a changed seed would change, and the fields; applies nothing; once', async () => {
    const changed = [
      { ...A, title: 'Ny titel', deadline: '2027-05-01', contact: { email: 'ny@lunde.dk' } },
      B,
      { ...B, id: 'seed-c', title: 'Helt ny' },
    ];
    const { receiver, lines } = await start(changed);
    expect(lines).toEqual([
      'seed inline seed: challenge "seed-a" differs from the database in title, deadline, contact; not applied (edit it in the desk, /desk/challenges/seed-a)',
      // Closed in the desk meanwhile: the seed's "open" is not applied either.
      'seed inline seed: challenge "seed-b" differs from the database in status; not applied (edit it in the desk, /desk/challenges/seed-b)',
      'seed inline seed: challenge "seed-c" is not in the database; not applied (create it in the desk, /desk/challenges)',
    ]);
    // Field names only: never a value, such as the contact's email.
    expect(lines.join('\n')).not.toContain('lunde.dk');
    expect(await titles(receiver)).toEqual({
      'seed-a': 'Første udfordring',
      'seed-b': 'Anden udfordring',
    });
    // Said once: the same changed seed on the next start is quiet.
    expect((await start(changed)).lines).toEqual([]);
  });

  it('logs a seed that became invalid instead of refusing to start, and applies nothing', async () => {
    const { receiver, lines } = await start([{ ...A, url: 'ftp://x' }]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/challenges\[0\] \(seed-a\) url: .*nothing was applied/s);
    expect(await titles(receiver)).toHaveProperty('seed-a', 'Første udfordring');
  });
});

describe('seedReport', () => {
  const parse = (input: ChallengeInput) => Challenge.parse(input);

  it('says nothing when the database holds the seed as written', () => {
    const stored = new Map([[A.id, parse(A)]]);
    expect(seedReport([parse(A)], stored, 'seed.json')).toEqual([]);
  });

  it('notices a field the database has and the seed lacks', () => {
    const stored = new Map([[A.id, parse({ ...A, theme: 'ældre' })]]);
    expect(seedReport([parse(A)], stored, 'seed.json')).toEqual([
      'seed seed.json: challenge "seed-a" differs from the database in theme; not applied (edit it in the desk, /desk/challenges/seed-a)',
    ]);
  });
});
