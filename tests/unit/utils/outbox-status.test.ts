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
