// What became of the answers sent from the side panel (protocol 1.1): for each delivered answer
// whose receipt gave a `statusUrl`, the background asks with the shared `checkStatus`, at most
// once an hour per answer (`statusCheckDue`), on an hourly alarm and when a side panel opens.
// What it learns is kept on the outbox item, for the panel to show, through the background's own
// `Outbox` (`updateStatus`): its writes take turns, so a status written while the outbox delivers,
// discards or marks "seen" cannot write back an item read before that change. The outbox tells
// the pages of every write (`createOutboxWorker` subscribes).
import { checkStatus, type KnownStatus, statusCheckDue } from '../../utils/answer-status';
import type { Outbox, OutboxItem } from '../../utils/outbox';
import {
  askBatch,
  memoryValidators,
  statusBatches,
  type Validators,
} from '../../utils/status-batch';

export const STATUS_ALARM = 'samskab-status';
export const STATUS_ALARM_MINUTES = 60;

export type StatusCheckDeps = {
  /** The background worker's outbox (`OutboxWorker.outbox`), the one that delivers. */
  outbox: Pick<Outbox, 'list' | 'updateStatus'>;
  fetch: typeof fetch;
  now: () => number;
};

/** What the volunteer has seen is theirs: a check that overlapped a "seen" keeps it. */
function keepSeen(checked: KnownStatus, stored: KnownStatus | undefined): KnownStatus {
  const seen = stored?.seenUpdatedAt ?? checked.seenUpdatedAt;
  return seen === undefined ? checked : { ...checked, seenUpdatedAt: seen };
}

/** Asks about every answer that is due, one after the other; returns how many were asked. */
export async function checkDueStatuses(
  deps: StatusCheckDeps,
  askedInBatch: (item: OutboxItem) => boolean = () => false,
): Promise<number> {
  const { outbox, fetch, now } = deps;
  let asked = 0;
  for (const item of await outbox.list()) {
    if (!item.statusUrl || askedInBatch(item) || !statusCheckDue(item, now())) continue;
    const known = await checkStatus(item.statusUrl, item.answerStatus, { fetch, now });
    await outbox.updateStatus(item.id, (stored) => keepSeen(known, stored));
    asked++;
  }
  return asked;
}

/** The volunteer saw these answers' status: a later change is "new" again, this one no longer. */
export async function markStatusSeen(ids: readonly string[], deps: StatusCheckDeps): Promise<void> {
  const { outbox } = deps;
  const items = new Map((await outbox.list()).map((item) => [item.id, item]));
  for (const id of ids) {
    const known = items.get(id)?.answerStatus;
    const seen = known?.report?.updatedAt;
    if (!known || !seen || known.seenUpdatedAt === seen) continue;
    await outbox.updateStatus(id, (stored) => ({ ...(stored ?? known), seenUpdatedAt: seen }));
  }
}

/** The ETags of the last batches, for as long as the background worker lives. */
const workerValidators = memoryValidators();

/**
 * Protocol 1.4: asks each receiver about all followed answers in one request (utils/status-batch.ts),
 * whenever a side panel opens and on the hourly alarm, so a status staff showed is there at the
 * next look; a 304 costs the receiver almost nothing. Answers a batch cannot ask (a receiver
 * older than 1.4, or a status link of another form) are asked when due, one at a time. Returns
 * how many answers were asked about.
 */
export async function checkAllStatuses(
  deps: StatusCheckDeps,
  validators: Validators = workerValidators,
): Promise<number> {
  const { outbox, fetch, now } = deps;
  const items = await outbox.list();
  const batched = new Set<string>();
  for (const batch of statusBatches(items, now())) {
    const known = (id: string) => items.find((item) => item.id === id)?.answerStatus;
    const outcome = await askBatch(batch, { fetch, now, validators, known });
    if (outcome.kind === 'unsupported') continue;
    for (const entry of batch.entries) batched.add(entry.id);
    if (outcome.kind !== 'changed') continue;
    for (const [id, status] of outcome.statuses)
      await outbox.updateStatus(id, (stored) => keepSeen(status, stored));
  }
  return batched.size + (await checkDueStatuses(deps, (item) => batched.has(item.id)));
}
