import { describe, expect, it } from 'vitest';
import { deliver } from '../../../utils/delivery';
import { webLocks } from '../../../utils/locks';
import {
  displayOrder,
  isStale,
  KEEP_DELIVERED_MS,
  Outbox,
  type OutboxItem,
  type OutboxStore,
  SETUP_FAILURES,
  SETUP_RETRY_MS,
  STALE_AFTER_MS,
  setupFailure,
} from '../../../utils/outbox';
import { memoryStores } from '../../../utils/storage/samskab-db';
import { type Call, fakeFetch, fakeLockManager, json, submission } from './fixtures';

const endpoint = 'https://kommune.example/api/samskab';
const T0 = Date.parse('2026-11-01T10:00:00Z');

/** An outbox on the real `deliver` with a scripted fetch and a clock the test moves. */
function setup(
  respond: (call: Call, index: number) => Response | Promise<Response>,
  options: { store?: OutboxStore; withLock?: ReturnType<typeof webLocks>; random?: number } = {},
) {
  const clock = { t: T0 };
  const now = () => clock.t;
  const { fetch, calls } = fakeFetch(respond);
  const store = options.store ?? memoryStores().outbox;
  const outbox = new Outbox({
    store,
    now,
    random: () => options.random ?? 0,
    deliver: (item) => deliver(item, { fetch, now }),
    ...(options.withLock ? { withLock: options.withLock } : {}),
  });
  return { outbox, store, calls, clock };
}

const only = async (outbox: Outbox) => {
  const items = await outbox.list();
  expect(items).toHaveLength(1);
  return items[0]!;
};

describe('Outbox', () => {
  it('delivers a queued submission once and keeps the reference', async () => {
    const { outbox, calls } = setup(() => json(201, { reference: 'SAM-1' }));
    const sub = submission();
    await outbox.enqueue(sub, endpoint);
    await outbox.flush();
    await outbox.flush();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.key).toBe(sub.id);
    expect(await only(outbox)).toMatchObject({
      id: sub.id,
      state: 'delivered',
      reference: 'SAM-1',
      attempts: 1,
      deliveredAt: T0,
      lastStatus: 201,
    });
    expect(await outbox.nextDueAt()).toBeUndefined();
  });

  it('retries after a 500 with backoff, then delivers the identical body', async () => {
    const { outbox, calls, clock } = setup((_call, index) =>
      index === 0 ? new Response('oops', { status: 500 }) : json(201, {}),
    );
    await outbox.enqueue(submission(), endpoint);
    await outbox.flush();
    const waiting = await only(outbox);
    expect(waiting).toMatchObject({
      state: 'queued',
      attempts: 1,
      lastStatus: 500,
      lastError: 'HTTP 500',
    });
    expect(waiting.nextAttemptAt).toBe(T0 + 1000);
    expect(await outbox.nextDueAt()).toBe(T0 + 1000);

    clock.t = T0 + 999;
    await outbox.flush();
    expect(calls).toHaveLength(1);

    clock.t = T0 + 1000;
    await outbox.flush();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.init.body).toBe(calls[0]!.init.body);
    expect(await only(outbox)).toMatchObject({ state: 'delivered', attempts: 2 });
  });

  it('honours Retry-After: 2 on a 429 and sends nothing before 2 s', async () => {
    const { outbox, calls, clock } = setup((_call, index) =>
      index === 0 ? json(429, { error: 'slow down' }, { 'Retry-After': '2' }) : json(202, {}),
    );
    await outbox.enqueue(submission(), endpoint);
    await outbox.flush();
    expect((await only(outbox)).nextAttemptAt).toBe(T0 + 2000);
    for (const t of [T0 + 1, T0 + 1000, T0 + 1999]) {
      clock.t = t;
      await outbox.flush();
    }
    expect(calls).toHaveLength(1);
    clock.t = T0 + 2000;
    await outbox.flush();
    expect(calls).toHaveLength(2);
    expect((await only(outbox)).state).toBe('delivered');
  });

  it('keeps a 422 in attention with the issues and never retries it by itself', async () => {
    const { outbox, calls, clock } = setup((_call, index) =>
      index === 0
        ? json(422, { error: 'invalid', issues: [{ path: ['text', 'body'], message: 'too long' }] })
        : json(201, {}),
    );
    const sub = submission();
    await outbox.enqueue(sub, endpoint);
    await outbox.flush();
    clock.t = T0 + STALE_AFTER_MS;
    await outbox.flush();
    expect(calls).toHaveLength(1);
    expect(await only(outbox)).toMatchObject({
      state: 'attention',
      lastStatus: 422,
      lastError: 'invalid',
      issues: [{ path: 'text.body', message: 'too long' }],
    });
    expect(await outbox.nextDueAt()).toBeUndefined();

    await outbox.retryNow(sub.id);
    expect(calls).toHaveLength(2);
    expect((await only(outbox)).state).toBe('delivered');
  });

  it('keeps trying an endpoint that refuses the page (401/403/404/405) every 5 minutes, so a mended set-up delivers it', async () => {
    for (const status of [401, 403, 404, 405]) {
      let answer = status;
      const { outbox, calls, clock } = setup(() =>
        json(answer, answer === 201 ? { reference: 'SK-ABC234' } : { error: 'no such endpoint' }),
      );
      await outbox.enqueue(submission(), endpoint);
      await outbox.flush();
      await outbox.flush();
      expect(calls).toHaveLength(1);
      const waiting = await only(outbox);
      expect(waiting).toMatchObject({
        state: 'queued',
        lastError: 'no such endpoint',
        lastStatus: status,
      });
      expect(waiting.nextAttemptAt - clock.t).toBe(SETUP_RETRY_MS);
      // Every 5 minutes, however many tries: the backoff's growth to 10 minutes does not apply.
      for (let tries = 2; tries <= 12; tries++) {
        clock.t = (await only(outbox)).nextAttemptAt;
        await outbox.flush();
        expect(calls).toHaveLength(tries);
        expect((await only(outbox)).nextAttemptAt - clock.t).toBe(SETUP_RETRY_MS);
      }
      answer = 201;
      clock.t = (await only(outbox)).nextAttemptAt;
      await outbox.flush();
      expect(calls).toHaveLength(13);
      expect(await only(outbox)).toMatchObject({ state: 'delivered', reference: 'SK-ABC234' });
    }
  });

  it('lists the set-up failures once: 401/403 refuse the page, 404/405 are the wrong URL', () => {
    expect(SETUP_FAILURES).toEqual({
      401: 'refused',
      403: 'refused',
      404: 'wrong-url',
      405: 'wrong-url',
    });
    for (const status of [undefined, 0, 302, 400, 402, 406, 410, 422, 500])
      expect(setupFailure(status)).toBeUndefined();
  });

  it('puts other configuration problems (a 3xx, another 4xx) in attention', async () => {
    const { outbox, calls } = setup(() => json(410, { error: 'gone' }));
    await outbox.enqueue(submission(), endpoint);
    await outbox.flush();
    await outbox.flush();
    expect(calls).toHaveLength(1);
    expect(await only(outbox)).toMatchObject({ state: 'attention', lastError: 'gone' });
  });

  it('a refused endpoint lands in attention without a request', async () => {
    const { outbox, calls } = setup(() => json(201, {}));
    await outbox.enqueue(submission(), 'http://kommune.example/api');
    await outbox.flush();
    expect(calls).toHaveLength(0);
    expect((await only(outbox)).state).toBe('attention');
  });

  it('a deliver function that throws becomes a retry, not a loss', async () => {
    const store = memoryStores().outbox;
    const outbox = new Outbox({
      store,
      now: () => T0,
      random: () => 0,
      deliver: async () => {
        throw new Error('bug');
      },
    });
    await outbox.enqueue(submission(), endpoint);
    await outbox.flush();
    expect(await only(outbox)).toMatchObject({
      state: 'queued',
      attempts: 1,
      lastError: 'Error: bug',
    });
  });

  it('discard removes an item in any state, and an in-flight discard is not undone', async () => {
    let release = () => {};
    const { outbox, calls } = setup(
      () =>
        new Promise<Response>(
          (resolve) => (release = () => resolve(new Response('', { status: 503 }))),
        ),
    );
    const sub = submission();
    await outbox.enqueue(sub, endpoint);
    const flushing = outbox.flush();
    await until(() => calls.length === 1);
    await outbox.discard(sub.id);
    release();
    await flushing;
    expect(await outbox.list()).toEqual([]);
  });

  it('treats an item left in "sending" by a crash as queued', async () => {
    const { outbox, store, calls } = setup(() => json(409, {}));
    const sub = submission();
    const crashed: OutboxItem = {
      id: sub.id,
      submission: sub,
      endpoint,
      state: 'sending',
      attempts: 0,
      nextAttemptAt: T0,
      queuedAt: T0,
    };
    await store.put(crashed);
    expect(await outbox.nextDueAt()).toBe(T0);
    await outbox.flush();
    expect(calls).toHaveLength(1);
    expect(await only(outbox)).toMatchObject({ state: 'delivered', lastStatus: 409 });
  });

  it('sends one at a time in the order queued', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const { outbox, calls, clock } = setup(async () => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      return json(201, {});
    });
    const subs = [submission(), submission(), submission()];
    for (const [i, sub] of subs.entries()) {
      clock.t = T0 + i;
      await outbox.enqueue(sub, endpoint);
    }
    await Promise.all([outbox.flush(), outbox.flush()]);
    expect(maxInFlight).toBe(1);
    expect(calls.map((call) => call.key)).toEqual(subs.map((sub) => sub.id));
  });

  it('after a retryable failure or a set-up refusal holds the same endpoint’s other items, but not other endpoints', async () => {
    for (const status of [503, 403]) {
      const other = 'https://andenkommune.example/api';
      const { outbox, calls, clock } = setup((call) =>
        call.url === endpoint ? new Response('', { status }) : json(201, {}),
      );
      const [a, b, c] = [submission(), submission(), submission()];
      await outbox.enqueue(a, endpoint);
      await outbox.enqueue(b, endpoint);
      await outbox.enqueue(c, other);
      await outbox.flush();
      expect(calls.map((call) => call.key)).toEqual([a.id, c.id]);
      const items = new Map((await outbox.list()).map((item) => [item.id, item]));
      expect(items.get(a.id)).toMatchObject({ state: 'queued', attempts: 1, lastStatus: status });
      expect(items.get(b.id)).toMatchObject({ state: 'queued', attempts: 0 });
      expect(items.get(b.id)!.nextAttemptAt).toBe(items.get(a.id)!.nextAttemptAt);
      if (status === 403)
        expect(items.get(a.id)!.nextAttemptAt - clock.t).toBeGreaterThanOrEqual(SETUP_RETRY_MS);
      expect(items.get(c.id)!.state).toBe('delivered');
    }
  });

  it('two outboxes on one store with a shared lock deliver each item exactly once', async () => {
    const store = memoryStores().outbox;
    const withLock = webLocks(fakeLockManager());
    const slow = async () => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      return json(201, {});
    };
    const a = setup(slow, { store, withLock });
    const b = setup(slow, { store, withLock });
    const subs = Array.from({ length: 5 }, () => submission());
    for (const sub of subs) await a.outbox.enqueue(sub, endpoint);
    await Promise.all([a.outbox.flush(), b.outbox.flush(), a.outbox.flush(), b.outbox.flush()]);
    await b.outbox.flush();
    const keys = [...a.calls, ...b.calls].map((call) => call.key).sort();
    expect(keys).toEqual(subs.map((sub) => sub.id).sort());
    expect((await store.all()).every((item) => item.state === 'delivered')).toBe(true);
  });

  it('re-reads each item before sending: one delivered meanwhile elsewhere is not sent again', async () => {
    const store = memoryStores().outbox;
    const [x, y] = [submission(), submission()];
    const { outbox, calls } = setup(
      async (call) => {
        if (call.key === x.id) {
          // Another tab (without Web Locks) delivers y while x is on the wire.
          const other = await store.get(y.id);
          await store.put({ ...other!, state: 'delivered', deliveredAt: T0 });
        }
        return json(201, {});
      },
      { store },
    );
    await outbox.enqueue(x, endpoint);
    await outbox.enqueue(y, endpoint);
    await outbox.flush();
    expect(calls.map((call) => call.key)).toEqual([x.id]);
  });

  it('notifies subscribers of every change until they unsubscribe', async () => {
    const { outbox } = setup(() => json(201, {}));
    const seen: [string, string | undefined][] = [];
    const unsubscribe = outbox.subscribe((id, item) => seen.push([id, item?.state]));
    outbox.subscribe(() => {
      throw new Error('a broken listener');
    });
    const sub = submission();
    await outbox.enqueue(sub, endpoint);
    await outbox.flush();
    await outbox.discard(sub.id);
    expect(seen).toEqual([
      [sub.id, 'queued'],
      [sub.id, 'sending'],
      [sub.id, 'delivered'],
      [sub.id, undefined],
    ]);
    unsubscribe();
    await outbox.enqueue(submission(), endpoint);
    expect(seen).toHaveLength(4);
  });

  it('enqueue is idempotent on the id and never resends a delivered item', async () => {
    const { outbox, calls, clock } = setup(() => json(201, {}));
    const sub = submission();
    await outbox.enqueue(sub, endpoint);
    clock.t = T0 + 5;
    await outbox.enqueue(sub, endpoint);
    expect((await only(outbox)).queuedAt).toBe(T0);
    await outbox.flush();
    const again = await outbox.enqueue({ ...sub, text: { body: 'changed' } }, endpoint);
    expect(again.state).toBe('delivered');
    await outbox.flush();
    expect(calls).toHaveLength(1);
  });

  it('re-enqueueing a rejected submission replaces it with the corrected one', async () => {
    const { outbox, calls } = setup((_call, index) =>
      index === 0 ? json(422, { error: 'bad' }) : json(201, {}),
    );
    const sub = submission();
    await outbox.enqueue(sub, endpoint);
    await outbox.flush();
    await outbox.enqueue({ ...sub, text: { body: 'fixed' } }, endpoint);
    const queued = await only(outbox);
    expect(queued).toMatchObject({ state: 'queued', submission: { text: { body: 'fixed' } } });
    expect(queued.lastError).toBeUndefined();
    await outbox.flush();
    expect(JSON.parse(String(calls[1]!.init.body)).text.body).toBe('fixed');
  });

  it('clearDelivered removes only delivered items', async () => {
    const { outbox } = setup((call) => (call.url === endpoint ? json(201, {}) : json(422, {})));
    await outbox.enqueue(submission(), endpoint);
    await outbox.enqueue(submission(), 'https://other.example/api');
    await outbox.flush();
    expect(await outbox.clearDelivered()).toBe(1);
    expect((await only(outbox)).state).toBe('attention');
  });

  it('clearDelivered(before) keeps receipts delivered since then', async () => {
    const { outbox, clock } = setup(() => json(201, {}));
    await outbox.enqueue(submission(), endpoint);
    await outbox.flush();
    clock.t += KEEP_DELIVERED_MS;
    await outbox.enqueue(submission(), endpoint);
    await outbox.flush();
    expect(await outbox.clearDelivered(clock.t - KEEP_DELIVERED_MS)).toBe(0);
    expect(await outbox.clearDelivered(clock.t - KEEP_DELIVERED_MS + 1)).toBe(1);
    expect((await only(outbox)).deliveredAt).toBe(clock.t);
  });

  it('flags an undelivered item after 7 days, never a delivered one', async () => {
    const { outbox } = setup(() => json(503, {}));
    const item = await outbox.enqueue(submission(), endpoint);
    expect(isStale(item, T0 + STALE_AFTER_MS - 1)).toBe(false);
    expect(isStale(item, T0 + STALE_AFTER_MS)).toBe(true);
    expect(outbox.isStale({ ...item, state: 'attention' }, T0 + STALE_AFTER_MS)).toBe(true);
    expect(isStale({ ...item, state: 'delivered' }, T0 + 30 * STALE_AFTER_MS)).toBe(false);
  });
});

async function until(condition: () => boolean) {
  for (let i = 0; i < 100 && !condition(); i++)
    await new Promise((resolve) => setTimeout(resolve, 1));
  expect(condition()).toBe(true);
}

describe('displayOrder', () => {
  const item = (id: string, state: OutboxItem['state'], queuedAt: number): OutboxItem => ({
    id,
    submission: submission(),
    endpoint,
    state,
    attempts: 0,
    nextAttemptAt: 0,
    queuedAt,
  });

  it('puts answers needing attention first, then the newest, without changing the input', () => {
    const items = [
      item('a', 'delivered', 1),
      item('b', 'attention', 2),
      item('c', 'queued', 3),
      item('d', 'sending', 3),
      item('e', 'attention', 5),
    ];
    expect(displayOrder(items).map((i) => i.id)).toEqual(['e', 'b', 'c', 'd', 'a']);
    expect(items.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
