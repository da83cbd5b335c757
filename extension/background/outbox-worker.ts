// The background's outbox: the shared `Outbox` over the extension's IndexedDB, delivering with
// the shared `deliver`, and an alarm for the next retry so a stopped worker wakes up to send.
import { deliver } from '../../utils/delivery';
import { Outbox, type OutboxStore } from '../../utils/outbox';
import type { Submission } from '../../utils/schema/submission';

export const OUTBOX_ALARM = 'samskab-outbox';
/** Browsers may not wake a worker sooner than this (Chrome's minimum is 30 s when packed). */
export const MIN_ALARM_DELAY_MS = 1000;

export interface Alarms {
  create(name: string, info: { when: number }): Promise<void> | void;
  clear(name: string): Promise<boolean> | Promise<void> | undefined;
}

export type OutboxWorkerDeps = {
  store: OutboxStore;
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  alarms: Alarms;
  /** Called after every change, for the pages to read the outbox again. */
  changed: () => void;
};

export function createOutboxWorker(deps: OutboxWorkerDeps) {
  const { fetch, now, alarms } = deps;
  const outbox = new Outbox({
    store: deps.store,
    deliver: (item) => deliver(item, { fetch, now }),
    now,
    random: deps.random,
  });
  outbox.subscribe(() => deps.changed());

  /** Sets the alarm for the next due item, or clears it when nothing waits. */
  const schedule = async () => {
    const due = await outbox.nextDueAt();
    if (due === undefined) await alarms.clear(OUTBOX_ALARM);
    else await alarms.create(OUTBOX_ALARM, { when: Math.max(due, now() + MIN_ALARM_DELAY_MS) });
  };
  const flush = async () => {
    try {
      await outbox.flush();
    } finally {
      await schedule();
    }
  };

  return {
    outbox,
    flush,
    schedule,
    async submit(submission: Submission, endpoint: string) {
      const item = await outbox.enqueue(submission, endpoint);
      void flush().catch((error: unknown) => console.error('Samskab: flush failed', error));
      return item;
    },
    async retryNow(id: string) {
      try {
        await outbox.retryNow(id);
      } finally {
        await schedule();
      }
    },
    async discard(id: string) {
      await outbox.discard(id);
      await schedule();
    },
  };
}
export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
