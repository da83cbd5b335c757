// Protocol 1.2: the receipt's `updates` says what became of the address for news. The widget and
// the extension share `deliver` and the outbox: a value they know is kept with the answer (the
// receipt then tells the person to look for the mail asking to confirm it), one they do not know
// is ignored, so a later receiver may add values without breaking them.
import { describe, expect, it } from 'vitest';
import { deliver } from '../../../utils/delivery';
import { Outbox } from '../../../utils/outbox';
import { memoryStores } from '../../../utils/storage/samskab-db';
import { fakeFetch, json, submission } from './fixtures';

const endpoint = 'https://kommune.example/api/submissions';
const now = () => Date.parse('2026-11-24T10:00:00Z');

const delivered = async (body: unknown) => {
  const { fetch } = fakeFetch(() => json(201, body));
  return deliver({ submission: submission(), endpoint }, { fetch, now });
};

describe("the receipt's updates", () => {
  it('keeps the values it knows, and ignores any other', async () => {
    expect(await delivered({ reference: 'SK-7F3K2Q', updates: 'confirmation' })).toEqual({
      outcome: 'delivered',
      status: 201,
      reference: 'SK-7F3K2Q',
      updates: 'confirmation',
    });
    expect(await delivered({ reference: 'SK-7F3K2Q', updates: 'off' })).toMatchObject({
      updates: 'off',
    });
    for (const other of ['confirmed', '', 1, null, { state: 'confirmation' }]) {
      expect(await delivered({ reference: 'SK-7F3K2Q', updates: other })).not.toHaveProperty(
        'updates',
      );
    }
  });

  it('is kept with the delivered answer in the outbox', async () => {
    const { fetch } = fakeFetch(() =>
      json(201, { reference: 'SK-7F3K2Q', updates: 'confirmation' }),
    );
    const outbox = new Outbox({
      store: memoryStores().outbox,
      now,
      random: () => 0,
      deliver: (item) => deliver(item, { fetch, now }),
    });
    await outbox.enqueue(submission(), endpoint);
    await outbox.flush();
    const [item] = await outbox.list();
    expect(item).toMatchObject({ state: 'delivered', updates: 'confirmation' });
  });
});
