// Challenges as drafts (issue 20, point 6), over HTTP on PGlite and PostgreSQL: a new challenge is
// seen only in the desk and its preview; the feed, the demo page and the answers endpoint (422)
// wait until it is published, now or at a chosen time; a seeded challenge is public from the
// start; a closed challenge's published proposal no longer seeks help; and migration 10 publishes
// the challenges a database had before drafts existed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/data/db';
import { MIGRATIONS, migrate } from '../../../server/data/migrations';
import type { RunningReceiver } from '../../../server/start';
import { localInputValue } from '../../../utils/copenhagen-time';
import type { FeedChallenge } from '../../../utils/schema/index';
import {
  type OpenTestDatabase,
  openUnmigratedMemoryDatabase,
  postSubmission,
  startTestReceiver,
  TEST_DATABASES,
  validSubmission,
} from '../fixtures';
import { type DeskClient, signedIn } from './desk-client';
import { challenge } from './privacy-support';

const FORM = (id: string) => ({
  id,
  title: `Kladde ${id}`,
  framing: 'Hvad ser I?',
  seeking: ['need', 'proposal', 'offer'],
  status: 'open',
  allowAnonymous: 'ja',
  url: `https://kommune.example/samskab/${id}`,
});

const feedIds = async (receiver: RunningReceiver) => {
  const response = await fetch(`${receiver.url}/api/challenges`);
  const { challenges } = (await response.json()) as { challenges: FeedChallenge[] };
  return challenges.map((item) => item.id);
};

const answerTo = (id: string) => {
  const base = validSubmission('need');
  return { ...base, challenge: { ...base.challenge, id } };
};

describe.each(TEST_DATABASES)('challenge drafts on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  let desk: DeskClient;
  // The receiver's clock runs ahead of the real one by `ahead` (staff sessions start at the real
  // time, and last 12 hours).
  let ahead = 0;
  const HOUR = 60 * 60 * 1000;
  const inHours = (hours: number) => localInputValue(new Date(Date.now() + ahead + hours * HOUR));

  beforeAll(async () => {
    database = await open();
    ({ receiver } = await startTestReceiver({
      db: database.db,
      seed: [challenge('seedet')],
      clock: () => Date.now() + ahead,
    }));
    desk = await signedIn(receiver);
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });

  it('keeps a new challenge out of the feed, the demo page and the answers until published', async () => {
    expect(await feedIds(receiver)).toEqual(['seedet']);
    const created = await desk.post('/desk/challenges', FORM('kladde-en'));
    expect(created.location).toBe('/desk/challenges/kladde-en?besked=challenge-created');

    expect(await feedIds(receiver)).toEqual(['seedet']);
    const demo = await (await fetch(`${receiver.url}/`)).text();
    expect(demo).not.toContain('kladde-en');
    const page = await desk.get('/desk/challenges/kladde-en');
    expect(page.body).toContain('Kladde: ikke offentliggjort');
    expect(page.body).toContain('>Kladde</span>');
    // The preview works for a draft: it is the only way to see it as citizens will.
    const preview = await desk.get('/desk/challenges/kladde-en/preview');
    expect(preview.status).toBe(200);
    expect(preview.body).toContain('"id":"kladde-en"');
    const drafts = await desk.get('/desk/challenges?vis=drafts');
    expect(drafts.body).toContain('href="/desk/challenges/kladde-en"');
    expect(drafts.body).not.toContain('href="/desk/challenges/seedet"');

    // An answer to the draft's id: refused as the contract says, and nothing stored.
    const early = answerTo('kladde-en');
    const refused = await postSubmission(receiver, early);
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({
      error: 'the challenge is not published',
      issues: [
        {
          path: 'challenge.id',
          message:
            'this challenge is a draft and takes no answers until the municipality publishes it',
        },
      ],
    });
    expect(await receiver.db.query('SELECT 1 FROM submissions WHERE id = $1', [early.id])).toEqual(
      [],
    );
    // A challenge this receiver does not know is still an inline one, and accepted.
    expect((await postSubmission(receiver, answerTo('inline-paa-siden'))).status).toBe(201);

    const published = await desk.post('/desk/challenges/kladde-en/publish', {});
    expect(published.location).toBe('/desk/challenges/kladde-en?besked=challenge-published');
    expect(await feedIds(receiver)).toEqual(['seedet', 'kladde-en']);
    expect((await postSubmission(receiver, early)).status).toBe(201);
    const after = await desk.get('/desk/challenges/kladde-en');
    expect(after.body).not.toContain('Kladde: ikke offentliggjort');
    expect(after.body).toContain('Offentliggjorde udfordringen');
    // Publishing again changes nothing.
    const again = await desk.post('/desk/challenges/kladde-en/publish', {});
    expect(again.location).toBe('/desk/challenges/kladde-en?besked=saved');
  });

  it('publishes a draft by itself at the chosen time (Copenhagen time), and not before', async () => {
    await desk.post('/desk/challenges', FORM('kladde-to'));
    const past = await desk.post('/desk/challenges/kladde-to/schedule', {
      publishAt: inHours(-1),
    });
    expect(past.status).toBe(400);
    expect(past.body).toContain('Tidspunktet er passeret.');
    const bad = await desk.post('/desk/challenges/kladde-to/schedule', { publishAt: 'i morgen' });
    expect(bad.status).toBe(400);

    // Typed once: computing it again after the request could cross a minute boundary.
    const typed = inHours(2);
    const chosen = await desk.post('/desk/challenges/kladde-to/schedule', { publishAt: typed });
    expect(chosen.location).toBe('/desk/challenges/kladde-to?besked=challenge-scheduled');
    const [row] = await receiver.db.query<{ publish_at: Date }>(
      "SELECT publish_at FROM challenges WHERE id = 'kladde-to'",
    );
    // The time typed is Copenhagen's, to the minute.
    expect(localInputValue(new Date(row!.publish_at))).toBe(typed);
    expect((await desk.get('/desk/challenges/kladde-to')).body).toContain('offentliggøres');

    expect(await feedIds(receiver)).not.toContain('kladde-to');
    expect((await postSubmission(receiver, answerTo('kladde-to'))).status).toBe(422);
    ahead += 3 * HOUR;
    expect(await feedIds(receiver)).toContain('kladde-to');
    expect((await postSubmission(receiver, answerTo('kladde-to'))).status).toBe(201);
    // Too late to choose another time: it is public.
    const late = await desk.post('/desk/challenges/kladde-to/schedule', { publishAt: '' });
    expect(late.status).toBe(400);
    expect(late.body).toContain('allerede offentliggjort');
  });

  it('takes the time away again, leaving a draft', async () => {
    await desk.post('/desk/challenges', FORM('kladde-tre'));
    await desk.post('/desk/challenges/kladde-tre/schedule', { publishAt: inHours(1) });
    const cleared = await desk.post('/desk/challenges/kladde-tre/schedule', { publishAt: '' });
    expect(cleared.location).toBe('/desk/challenges/kladde-tre?besked=challenge-unscheduled');
    const [row] = await receiver.db.query<{ publish_at: Date | null; published_at: Date | null }>(
      "SELECT publish_at, published_at FROM challenges WHERE id = 'kladde-tre'",
    );
    expect(row).toEqual({ publish_at: null, published_at: null });
    ahead += 2 * HOUR;
    expect(await feedIds(receiver)).not.toContain('kladde-tre');
  });

  it('stops a published proposal seeking help once its challenge is closed', async () => {
    const proposal = {
      ...validSubmission('proposal'),
      challenge: { ...answerTo('seedet').challenge },
    };
    const posted = await postSubmission(receiver, {
      ...proposal,
      consent: { ...proposal.consent, publish: true },
    });
    const { reference } = (await posted.json()) as { reference: string };
    const [{ id }] = (await receiver.db.query<{ id: string }>(
      'SELECT id FROM submissions WHERE reference = $1',
      [reference],
    )) as [{ id: string }];
    const publish = await desk.post(`/desk/answers/${id}/publish`, {
      publicTitle: '',
      publicText: 'Fælles spisning hver torsdag.',
      seeksHelp: 'ja',
    });
    expect(publish.status).toBe(303);
    const seeks = async () => {
      const response = await fetch(`${receiver.url}/api/challenges`);
      const { challenges } = (await response.json()) as { challenges: FeedChallenge[] };
      return challenges
        .find((item) => item.id === 'seedet')
        ?.published?.find((answer) => answer.reference === reference)?.seeksHelp;
    };
    expect(await seeks()).toBe(true);
    await desk.post('/desk/challenges/seedet/close', { outcome: 'Det blev til en spiseklub.' });
    expect(await seeks()).toBeUndefined();
    await desk.post('/desk/challenges/seedet/reopen', {});
    expect(await seeks()).toBe(true);
  });
});

describe('migration 10', () => {
  it('publishes the challenges a database had, from when they were made', async () => {
    const db = await openUnmigratedMemoryDatabase();
    try {
      await migrate(
        db,
        MIGRATIONS.filter((migration) => migration.version < 10),
      );
      const made = new Date('2026-05-01T10:00:00Z');
      await db.query(
        'INSERT INTO challenges (id, position, data, created_at) VALUES ($1, 0, $2, $3)',
        ['gammel', JSON.stringify({ ...challenge('gammel'), status: 'open' }), made],
      );
      expect(await migrate(db)).toEqual(
        MIGRATIONS.filter((migration) => migration.version >= 10).map((m) => m.version),
      );
      const [row] = await db.query<{ published_at: Date; publish_at: Date | null }>(
        "SELECT published_at, publish_at FROM challenges WHERE id = 'gammel'",
      );
      expect(new Date(row!.published_at).toISOString()).toBe(made.toISOString());
      expect(row!.publish_at).toBeNull();
      // A row written by code that does not know drafts (a seed, an older receiver) is public.
      await db.query(
        'INSERT INTO challenges (id, position, data, created_at) VALUES ($1, 1, $2, $3)',
        ['uden-kolonne', JSON.stringify(challenge('uden-kolonne')), made],
      );
      const [later] = await db.query<{ published: boolean }>(
        "SELECT published_at IS NOT NULL AS published FROM challenges WHERE id = 'uden-kolonne'",
      );
      expect(later!.published).toBe(true);
    } finally {
      await db.close();
    }
  });
});
