import { describe, expect, it, vi } from 'vitest';
import { createOutboxWorker } from '../../../extension/background/outbox-worker';
import {
  checkAllStatuses,
  checkDueStatuses,
  markStatusSeen,
} from '../../../extension/background/status-check';
import { statusIsNew } from '../../../utils/answer-status';
import type { OutboxItem } from '../../../utils/outbox';
import { memoryValidators } from '../../../utils/status-batch';
import { memoryStore } from '../../../utils/storage/memory';
import { fakeFetch, json, queuedItem } from '../utils/fixtures';

const HOUR = 60 * 60 * 1000;
const report = {
  reference: 'SK-7F3K2Q',
  status: 'in-review',
  reply: 'Tak, vi tager det med på mødet.',
  updatedAt: '2026-11-02T09:00:00.000Z',
};

function delivered(statusUrl?: string): OutboxItem {
  return {
    ...queuedItem(),
    state: 'delivered',
    reference: report.reference,
    deliveredAt: 0,
    ...(statusUrl ? { statusUrl } : {}),
  };
}

/**
 * The background as wired: the status checks go through the worker's outbox. `respond` answers
 * the status requests; `onGet` sees every read of the store, to step in between a read and a write.
 */
function setup(
  items: OutboxItem[],
  respond: () => Response | Promise<Response> = () => json(200, report),
  onGet: (id: string) => void = () => undefined,
) {
  let t = HOUR;
  const store = memoryStore<OutboxItem>('id');
  const { fetch, calls } = fakeFetch(respond);
  const changed = vi.fn();
  const watched: typeof store = {
    ...store,
    get: (id) => {
      const read = store.get(id);
      onGet(id);
      return read;
    },
  };
  const worker = createOutboxWorker({
    store: watched,
    fetch,
    now: () => t,
    random: () => 0,
    alarms: { create: vi.fn(), clear: vi.fn(async () => true) },
    changed,
  });
  const deps = { outbox: worker.outbox, fetch, now: () => t };
  return {
    deps,
    store,
    worker,
    calls,
    changed,
    tick: (ms: number) => (t += ms),
    ready: Promise.all(items.map((item) => store.put(item))),
  };
}

describe('the background’s status checks', () => {
  it('asks about delivered answers with a status URL, at most hourly, and keeps the report', async () => {
    const followed = delivered('https://lunde.example/api/status/abc');
    const plain = delivered();
    const { deps, store, calls, changed, tick, ready } = setup([followed, plain]);
    await ready;
    expect(await checkDueStatuses(deps)).toBe(1);
    expect(calls.map((c) => c.url)).toEqual(['https://lunde.example/api/status/abc']);
    const kept = await store.get(followed.id);
    expect(kept?.answerStatus?.report).toMatchObject({ status: 'in-review', reply: report.reply });
    expect(statusIsNew(kept?.answerStatus)).toBe(true);
    expect(changed).toHaveBeenCalledOnce();

    tick(HOUR - 1);
    expect(await checkDueStatuses(deps)).toBe(0);
    tick(1);
    expect(await checkDueStatuses(deps)).toBe(1);
  });

  it('marks a status seen, so that it is no longer new', async () => {
    const followed = delivered('https://lunde.example/api/status/abc');
    const { deps, store, ready } = setup([followed]);
    await ready;
    await checkDueStatuses(deps);
    await markStatusSeen([followed.id, 'unknown'], deps);
    expect(statusIsNew((await store.get(followed.id))?.answerStatus)).toBe(false);
  });
});

// The outbox is written by the background's delivery, the panel's "seen" and discard, and these
// checks: a status written from an item read before one of those would undo it.
describe('a status check that overlaps another outbox write', () => {
  const followed = (): OutboxItem => ({
    ...delivered('https://lunde.example/api/status/abc'),
    answerStatus: { report: { status: 'received', updatedAt: report.updatedAt }, checkedAt: 0 },
  });

  it('keeps a "seen" marked while the receiver was being asked', async () => {
    const item = followed();
    let answer = (_: Response) => {};
    const { deps, store, calls, tick, ready } = setup(
      [item],
      () => new Promise<Response>((resolve) => (answer = resolve)),
    );
    await ready;
    tick(HOUR);
    const checking = checkDueStatuses(deps);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    await markStatusSeen([item.id], deps);
    answer(json(200, report));
    expect(await checking).toBe(1);
    const kept = (await store.get(item.id))?.answerStatus;
    expect(kept).toMatchObject({ checkedAt: 2 * HOUR, seenUpdatedAt: report.updatedAt });
    expect(kept?.report).toMatchObject({ status: 'in-review' });
    expect(statusIsNew(kept)).toBe(false);
  });

  it('does not bring back an answer discarded just as its status is written', async () => {
    const item = followed();
    let asked = false;
    let discarding: Promise<void> | undefined;
    const { deps, store, worker, tick, ready } = setup(
      [item],
      () => {
        asked = true;
        return json(200, report);
      },
      // The volunteer's "Fjern" lands between the check's read of the item and its write.
      (id) => {
        if (asked && !discarding) discarding = worker.discard(id);
      },
    );
    await ready;
    tick(HOUR);
    await checkDueStatuses(deps);
    await discarding;
    expect(discarding).toBeDefined();
    expect(await store.all()).toEqual([]);
  });
});

// Protocol 1.4: the background asks for all followed answers in one request per receiver.
describe('the background’s batch of statuses', () => {
  const token = (n: number) => `${'k'.repeat(42)}${n}`;
  const link = (n: number) => `https://lunde.example/api/status/${token(n)}`;

  it('asks once for all answers, at every panel open, and keeps what changed', async () => {
    const [a, b] = [delivered(link(1)), delivered(link(2))];
    const { deps, store, calls, ready } = setup([a, b], () => {
      const init = calls.at(-1)?.init;
      if (new Headers(init?.headers).get('if-none-match') === '"v1"')
        return new Response(null, { status: 304 });
      return json(
        200,
        {
          statuses: [
            { token: token(1), ...report },
            { token: token(2), ...report, status: 'done' },
          ],
        },
        { ETag: '"v1"' },
      );
    });
    await ready;
    const validators = memoryValidators();
    expect(await checkAllStatuses(deps, validators)).toBe(2);
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      'POST https://lunde.example/api/status',
    ]);
    expect((await store.get(a.id))?.answerStatus?.report).toMatchObject({ status: 'in-review' });
    expect((await store.get(b.id))?.answerStatus?.report).toMatchObject({ status: 'done' });
    // Within the hour, the next panel asks again, with the ETag kept: a 304 changes nothing.
    expect(await checkAllStatuses(deps, validators)).toBe(2);
    expect(calls).toHaveLength(2);
    expect(new Headers(calls[1]?.init.headers).get('if-none-match')).toBe('"v1"');
    expect((await store.get(b.id))?.answerStatus?.report).toMatchObject({ status: 'done' });
  });

  it('asks per answer, when due, a receiver without the batch', async () => {
    const item = delivered(link(1));
    const { deps, calls, ready } = setup([item], () => {
      const init = calls.at(-1)?.init;
      return init?.method === 'POST' ? json(404, { error: 'not found' }) : json(200, report);
    });
    await ready;
    expect(await checkAllStatuses(deps, memoryValidators())).toBe(1);
    expect(calls.map((c) => `${c.init.method ?? 'GET'} ${c.url}`)).toEqual([
      'POST https://lunde.example/api/status',
      `GET ${link(1)}`,
    ]);
  });
});
