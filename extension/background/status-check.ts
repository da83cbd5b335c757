// What became of the answers sent from the side panel (protocol 1.1): for each delivered answer
// whose receipt gave a `statusUrl`, the background asks with the shared `checkStatus`, at most
// once an hour per answer (`statusCheckDue`), on an hourly alarm and when a side panel opens.
// What it learns is kept on the outbox item, for the panel to show.
import { checkStatus, statusCheckDue } from '../../utils/answer-status';
import type { OutboxStore } from '../../utils/outbox';

export const STATUS_ALARM = 'samskab-status';
export const STATUS_ALARM_MINUTES = 60;

export type StatusCheckDeps = {
  store: OutboxStore;
  fetch: typeof fetch;
  now: () => number;
  /** Tells the pages to read the outbox again. */
  changed: () => void;
};

/** Asks about every answer that is due, one after the other; returns how many were asked. */
export async function checkDueStatuses(deps: StatusCheckDeps): Promise<number> {
  const { store, fetch, now } = deps;
  let asked = 0;
  for (const item of await store.all()) {
    if (!item.statusUrl || !statusCheckDue(item, now())) continue;
    const known = await checkStatus(item.statusUrl, item.answerStatus, { fetch, now });
    // Read again: the outbox may have changed the item while the receiver was asked.
    const current = await store.get(item.id);
    if (current) await store.put({ ...current, answerStatus: known });
    asked++;
  }
  if (asked) deps.changed();
  return asked;
}

/** The volunteer saw these answers' status: a later change is "new" again, this one no longer. */
export async function markStatusSeen(ids: readonly string[], deps: StatusCheckDeps): Promise<void> {
  let marked = false;
  for (const id of ids) {
    const item = await deps.store.get(id);
    const report = item?.answerStatus?.report;
    if (!item?.answerStatus || !report || item.answerStatus.seenUpdatedAt === report.updatedAt) {
      continue;
    }
    await deps.store.put({
      ...item,
      answerStatus: { ...item.answerStatus, seenUpdatedAt: report.updatedAt },
    });
    marked = true;
  }
  if (marked) deps.changed();
}
