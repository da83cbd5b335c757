// The feed names the challenges staff archived (protocol 1.5, `archived`), so the extension can
// stop listing a saved one: only challenges the public saw (never a draft archived unpublished),
// most recently archived first; restored, a challenge is listed again and no longer named; a feed
// with nothing archived has no `archived` at all, as before 1.5.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningReceiver } from '../../server/start';
import { ChallengesFeed } from '../../utils/schema/index';
import { type DeskClient, signedIn } from './desk/desk-client';
import { challenge } from './desk/privacy-support';
import { startTestReceiver } from './fixtures';

const FIRST = challenge('foerste');
const SECOND = challenge('anden');
const STAYS = challenge('bliver');
const DRAFT = challenge('kladde');

let receiver: RunningReceiver;
let errors: unknown[];
let admin: DeskClient;
let now = Date.parse('2026-12-01T10:00:00Z');

beforeAll(async () => {
  ({ receiver, errors } = await startTestReceiver({
    seed: [FIRST, SECOND, STAYS, DRAFT],
    clock: () => now,
  }));
  admin = await signedIn(receiver, { role: 'admin' });
});
afterAll(() => receiver?.close());

const feed = async () => {
  const response = await fetch(`${receiver.url}/api/challenges`);
  expect(response.status).toBe(200);
  const json = (await response.json()) as unknown;
  const parsed = ChallengesFeed.parse(json);
  return { json, ids: parsed.challenges.map((item) => item.id), archived: parsed.archived };
};
const archive = async (id: string) => {
  now += 60_000;
  expect((await admin.post(`/desk/challenges/${id}/archive`, {})).status).toBe(303);
};

describe("the feed's archived challenges", () => {
  it('has no archived list while nothing is archived', async () => {
    const { json } = await feed();
    expect(Object.keys(json as object)).toEqual(['challenges']);
  });

  it('names the archived ones, newest first, never a draft, and forgets a restored one', async () => {
    // A draft nobody outside the desk saw: archived, its id stays unpublished.
    await receiver.db.query(
      'UPDATE challenges SET published_at = NULL, publish_at = NULL WHERE id = $1',
      [DRAFT.id],
    );
    await archive(FIRST.id);
    await archive(DRAFT.id);
    await archive(SECOND.id);
    const archivedNow = await feed();
    expect(archivedNow.ids).toEqual([STAYS.id]);
    expect(archivedNow.archived).toEqual([SECOND.id, FIRST.id]);

    expect((await admin.post(`/desk/challenges/${SECOND.id}/restore`, {})).status).toBe(303);
    const restored = await feed();
    expect(restored.ids).toContain(SECOND.id);
    expect(restored.archived).toEqual([FIRST.id]);
    expect(errors).toEqual([]);
  });
});
