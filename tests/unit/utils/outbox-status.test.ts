// Outbox.updateStatus: what the receiver said about a delivered answer is kept with it.
import { describe, expect, it } from 'vitest';
import { Outbox } from '../../../utils/outbox';
import { memoryStores } from '../../../utils/storage/samskab-db';
import { submission } from './fixtures';

const endpoint = 'https://modtager.example/api/submissions';
const report = { status: 'in-review', updatedAt: '2026-11-28T05:00:00Z' } as const;

function setup(status: number) {
  const outbox = new Outbox({
    store: memoryStores().outbox,
    now: () => 1000,
    random: () => 0,
    deliver: async () =>
      status === 201
        ? { outcome: 'delivered', status, reference: 'SK-7F3K2Q', statusUrl: `${endpoint}/x` }
        : { outcome: 'retry', status, error: 'HTTP 503' },
  });
  return outbox;
}

describe('Outbox.updateStatus', () => {
  it('keeps the status with a delivered answer, from what is stored now', async () => {
    const outbox = setup(201);
    const { id } = await outbox.enqueue(submission(), endpoint);
    await outbox.flush();
    const seen: string[] = [];
    outbox.subscribe((changed, item) => item?.answerStatus && seen.push(changed));
    await outbox.updateStatus(id, () => ({ report, checkedAt: 5 }));
    await outbox.updateStatus(id, (stored) => ({
      ...stored!,
      seenUpdatedAt: stored!.report!.updatedAt,
    }));
    const [item] = await outbox.list();
    expect(item).toMatchObject({
      state: 'delivered',
      reference: 'SK-7F3K2Q',
      answerStatus: { report, checkedAt: 5, seenUpdatedAt: report.updatedAt },
    });
    expect(seen).toEqual([id, id]);
  });

  it('leaves an answer that is not delivered, or gone, alone', async () => {
    const outbox = setup(503);
    const { id } = await outbox.enqueue(submission(), endpoint);
    await outbox.flush();
    await outbox.updateStatus(id, () => ({ report, checkedAt: 5 }));
    await outbox.updateStatus('no-such-id', () => ({ report, checkedAt: 5 }));
    const items = await outbox.list();
    expect(items).toHaveLength(1);
    expect(items[0]).not.toHaveProperty('answerStatus');
  });
});

// Every write to an item reads it first: two that overlap must take turns, or the later one
// writes back what it read before the other changed it.
describe('the outbox’s writes take turns', () => {
  const checked = { report, checkedAt: 5 };

  it('a status check and a "seen" that overlap both stay', async () => {
    const outbox = setup(201);
    const { id } = await outbox.enqueue(submission(), endpoint);
    await outbox.flush();
    await Promise.all([
      outbox.updateStatus(id, (stored) => ({ ...stored, ...checked })),
      outbox.updateStatus(id, (stored) => ({
        checkedAt: 0,
        ...stored,
        seenUpdatedAt: report.updatedAt,
      })),
    ]);
    expect((await outbox.list())[0]?.answerStatus).toEqual({
      ...checked,
      seenUpdatedAt: report.updatedAt,
    });
  });

  it('a status kept while the answer is discarded does not bring it back', async () => {
    const outbox = setup(201);
    const { id } = await outbox.enqueue(submission(), endpoint);
    await outbox.flush();
    await Promise.all([outbox.updateStatus(id, () => checked), outbox.discard(id)]);
    expect(await outbox.list()).toEqual([]);
  });

  /**
   * Delivers one answer and runs `meanwhile` just as the outbox re-reads it to write the
   * delivery's result; gives what the store holds for it afterwards.
   */
  async function deliveredWhile(
    meanwhile: (
      outbox: Outbox,
      id: string,
      stores: ReturnType<typeof memoryStores>,
    ) => Promise<void>,
  ) {
    const stores = memoryStores();
    const store = stores.outbox;
    let running: Promise<void> | undefined;
    let delivered = false;
    const outbox: Outbox = new Outbox({
      store: {
        ...store,
        get: (key) => {
          const read = store.get(key);
          if (delivered && !running) running = meanwhile(outbox, key, stores);
          return read;
        },
      },
      now: () => 1000,
      random: () => 0,
      deliver: async () => {
        delivered = true;
        return { outcome: 'delivered', status: 201, reference: 'SK-7F3K2Q' };
      },
    });
    const { id } = await outbox.enqueue(submission(), endpoint);
    await outbox.flush();
    expect(running).toBeDefined();
    await running;
    return { stored: await store.get(id), listed: await outbox.list() };
  }

  it('a delivery’s result written while the answer is discarded does not bring it back', async () => {
    const { stored } = await deliveredWhile((outbox, id) => outbox.discard(id));
    expect(stored).toBeUndefined();
  });

  it('"forget everything" during a delivery does not bring the answer back', async () => {
    // Cleared outside the outbox's turns, the result would be written after the clear.
    const { stored, listed } = await deliveredWhile((outbox, _id, stores) =>
      outbox.forgetAll(() => stores.forgetAll()),
    );
    expect(stored).toBeUndefined();
    expect(listed).toEqual([]);
  });
});
