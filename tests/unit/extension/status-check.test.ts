import { describe, expect, it, vi } from 'vitest';
import { checkDueStatuses, markStatusSeen } from '../../../extension/background/status-check';
import { statusIsNew } from '../../../utils/answer-status';
import type { OutboxItem } from '../../../utils/outbox';
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

function setup(items: OutboxItem[]) {
  let t = HOUR;
  const store = memoryStore<OutboxItem>('id');
  const { fetch, calls } = fakeFetch(() => json(200, report));
  const changed = vi.fn();
  const deps = { store, fetch, now: () => t, changed };
  return {
    deps,
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
    const { deps, calls, changed, tick, ready } = setup([followed, plain]);
    await ready;
    expect(await checkDueStatuses(deps)).toBe(1);
    expect(calls.map((c) => c.url)).toEqual(['https://lunde.example/api/status/abc']);
    const kept = await deps.store.get(followed.id);
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
    const { deps, ready } = setup([followed]);
    await ready;
    await checkDueStatuses(deps);
    await markStatusSeen([followed.id, 'unknown'], deps);
    expect(statusIsNew((await deps.store.get(followed.id))?.answerStatus)).toBe(false);
  });
});
