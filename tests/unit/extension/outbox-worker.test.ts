import { describe, expect, it, vi } from 'vitest';
import { createOutboxWorker, OUTBOX_ALARM } from '../../../extension/background/outbox-worker';
import { memoryStores } from '../../../utils/storage/samskab-db';
import { fakeFetch, json, submission } from '../utils/fixtures';

const endpoint = 'https://lunde.example/api/submissions';

function setup(respond: Parameters<typeof fakeFetch>[0]) {
  let now = 1_000_000;
  const alarms = { create: vi.fn(), clear: vi.fn(async () => true) };
  const changed = vi.fn();
  const { fetch, calls } = fakeFetch(respond);
  const worker = createOutboxWorker({
    store: memoryStores().outbox,
    fetch,
    now: () => now,
    random: () => 0,
    alarms,
    changed,
  });
  return { worker, alarms, changed, calls, tick: (ms: number) => (now += ms) };
}

describe('the background outbox', () => {
  it('sets an alarm for the retry after a failed send, and clears it once delivered', async () => {
    let up = false;
    const { worker, alarms, calls, tick } = setup(() =>
      up ? json(201, { reference: 'R-1' }) : json(503, { error: 'down' }),
    );
    await worker.submit(submission({ source: 'extension' }), endpoint);
    await vi.waitFor(() => expect(alarms.create).toHaveBeenCalled());
    // First retry: 2 s nominal, half of it with random() = 0.
    expect(alarms.create).toHaveBeenLastCalledWith(OUTBOX_ALARM, { when: 1_000_000 + 1000 });
    expect(calls).toHaveLength(1);

    up = true;
    tick(1000);
    await worker.flush(); // what the alarm does
    expect(calls).toHaveLength(2);
    expect((await worker.outbox.list())[0]).toMatchObject({ state: 'delivered', reference: 'R-1' });
    expect(alarms.clear).toHaveBeenLastCalledWith(OUTBOX_ALARM);
  });

  it('tells the pages about every change', async () => {
    const { worker, changed } = setup(() => json(201, {}));
    await worker.submit(submission({ source: 'extension' }), endpoint);
    await vi.waitFor(async () => expect((await worker.outbox.list())[0]?.state).toBe('delivered'));
    expect(changed.mock.calls.length).toBeGreaterThanOrEqual(3); // queued, sending, delivered
  });
});
