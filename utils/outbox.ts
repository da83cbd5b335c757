import type { KnownStatus } from './answer-status';
import { retryDelay } from './backoff';
import type { DeliveryIssue, DeliveryItem, DeliveryResult } from './delivery';
import { excerptOf } from './excerpt';
import type { WithLock } from './locks';
import type { ReceiptUpdates } from './schema/receipt-updates';
import type { Submission } from './schema/submission';
import { setupFailure } from './setup-failure';
import type { KeyedStore } from './storage/keyed-store';

export { SETUP_FAILURES, type SetupFailure, setupFailure } from './setup-failure';

export type OutboxState = 'queued' | 'sending' | 'delivered' | 'attention';

export type OutboxItem = {
  id: string;
  submission: Submission;
  endpoint: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: number;
  queuedAt: number;
  lastError?: string;
  lastStatus?: number;
  issues?: DeliveryIssue[];
  reference?: string;
  deliveredAt?: number;
  /** Protocol 1.1: where to ask what became of the answer (utils/answer-status.ts). */
  statusUrl?: string;
  /** The last status the receiver gave, when one was asked for. */
  answerStatus?: KnownStatus;
  /** Protocol 1.2: what the receiver did with the address for news (the receipt's `updates`). */
  updates?: ReceiptUpdates;
};

/** Where the outbox is kept: IndexedDB, memory, or the fallback between them. */
export type OutboxStore = KeyedStore<OutboxItem>;

/** Called after every change; `item` is undefined when the item was removed. */
export type OutboxListener = (id: string, item: OutboxItem | undefined) => void;

export type OutboxDeps = {
  store: OutboxStore;
  deliver: (item: DeliveryItem) => Promise<DeliveryResult>;
  now: () => number;
  random: () => number;
  withLock?: WithLock;
};

export const OUTBOX_LOCK = 'samskab-outbox';
export const STALE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;
/** A delivered answer stays as the person's receipt this long, then is removed (data minimisation). */
export const KEEP_DELIVERED_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * What a delivered answer keeps in the browser (data minimisation, issue 20): what "Dine svar"
 * shows — its kind, challenge, date and first words — and the address for news the receipt names;
 * not the whole text, nor the name, phone and e-mail, which the receiver now holds. Pure.
 */
export function keptAfterDelivery(submission: Submission): Submission {
  const { text, author, offer: _offer, ...rest } = submission;
  return { ...rest, text: { body: excerptOf(text) }, author: { actorType: author.actorType } };
}

/** Undelivered for a week: the UI flags it and offers copy/download (docs/protocol.md). */
export const isStale = (item: OutboxItem, now: number): boolean =>
  item.state !== 'delivered' && now - item.queuedAt >= STALE_AFTER_MS;

/**
 * The order a person reads their answers in: those needing their action first, then the newest.
 * Any state change that is not "needs attention" keeps an answer where it was.
 */
export function displayOrder(items: readonly OutboxItem[]): OutboxItem[] {
  const rank = (item: OutboxItem) => (item.state === 'attention' ? 0 : 1);
  return [...items].sort(
    (a, b) => rank(a) - rank(b) || b.queuedAt - a.queuedAt || (a.id < b.id ? -1 : 1),
  );
}

/** How often an answer refused for the page's set-up is tried again while the page is open. */
export const SETUP_RETRY_MS = 5 * 60 * 1000;

// 'sending' found outside a running flush means a crash mid-request; the server is idempotent.
const isDue = (item: OutboxItem, now: number) =>
  (item.state === 'queued' || item.state === 'sending') && item.nextAttemptAt <= now;

export class Outbox {
  private readonly listeners = new Set<OutboxListener>();
  // Serialises this instance's flushes; the lock serialises tabs and workers.
  private chain: Promise<unknown> = Promise.resolve();
  // Serialises this instance's writes. Each reads the item first, so two that overlapped would
  // write back what they read, undoing the other (a check's status, a "seen", a discard).
  private writes: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: OutboxDeps) {}

  /**
   * Queues a submission; the caller sets `submittedAt` once, so every retry sends identical bytes.
   * Enqueueing an id again replaces a queued or rejected version (the corrected draft keeps its
   * id) but never one that is being sent or was delivered.
   */
  enqueue(submission: Submission, endpoint: string): Promise<OutboxItem> {
    const { now } = this.deps;
    return this.inTurn(submission.id, async (existing) => {
      if (existing && (existing.state === 'sending' || existing.state === 'delivered'))
        return existing;
      const item: OutboxItem = {
        id: submission.id,
        submission,
        endpoint,
        state: 'queued',
        attempts: existing?.attempts ?? 0,
        nextAttemptAt: now(),
        queuedAt: existing?.queuedAt ?? now(),
      };
      await this.write(item);
      return item;
    });
  }

  /** Sends every due item, oldest first, one at a time; returns early if another tab holds the lock. */
  flush(): Promise<void> {
    const run = () => this.drain();
    const { withLock } = this.deps;
    const next = this.chain.then(() => (withLock ? withLock(OUTBOX_LOCK, run) : run()));
    this.chain = next.catch(() => undefined);
    return next.then(() => undefined);
  }

  /** The user's "try again": a rejected or waiting item becomes due now. */
  async retryNow(id: string): Promise<void> {
    await this.inTurn(id, async (item) => {
      if (item && (item.state === 'attention' || item.state === 'queued')) {
        await this.write({ ...item, state: 'queued', nextAttemptAt: this.deps.now() });
      }
    });
    await this.flush();
  }

  /** Removes an item whatever its state: only ever on the user's explicit request. */
  discard(id: string): Promise<void> {
    // In turn, but without reading the item first: it goes whatever it holds.
    return this.turn(async () => {
      await this.deps.store.delete(id);
      this.emit(id, undefined);
    });
  }

  /**
   * Protocol 1.1: keeps what the receiver last said about a delivered answer, and what the person
   * has seen of it. `change` gets the status as stored now, so a check and a "seen" that overlap do
   * not undo each other. Nothing happens to an answer that is gone or not delivered.
   */
  updateStatus(
    id: string,
    change: (stored: KnownStatus | undefined) => KnownStatus,
  ): Promise<void> {
    return this.inTurn(id, async (item) => {
      if (item?.state !== 'delivered') return;
      await this.write({ ...item, answerStatus: change(item.answerStatus) });
    });
  }

  /**
   * "Forget everything on this device": `clear` empties the outbox's store (and may empty others
   * in the same transaction) in turn with the outbox's writes, so that a delivery or a status check
   * under way finds its answer gone and does not write it back.
   */
  forgetAll(clear: () => Promise<void>): Promise<void> {
    return this.turn(clear);
  }

  /** Removes delivered items, or those delivered before a time; returns how many. */
  async clearDelivered(deliveredBefore = Number.POSITIVE_INFINITY): Promise<number> {
    const delivered = (await this.deps.store.all()).filter(
      (item) => item.state === 'delivered' && (item.deliveredAt ?? 0) < deliveredBefore,
    );
    for (const item of delivered) await this.discard(item.id);
    return delivered.length;
  }

  /** Every item, oldest first. */
  async list(): Promise<OutboxItem[]> {
    return (await this.deps.store.all()).sort(
      (a, b) => a.queuedAt - b.queuedAt || (a.id < b.id ? -1 : 1),
    );
  }

  /** When the next automatic attempt is due, so the caller can set a timer or an alarm. */
  async nextDueAt(): Promise<number | undefined> {
    const times = (await this.deps.store.all())
      .filter((item) => item.state === 'queued' || item.state === 'sending')
      .map((item) => item.nextAttemptAt);
    return times.length ? Math.min(...times) : undefined;
  }

  isStale(item: OutboxItem, now = this.deps.now()): boolean {
    return isStale(item, now);
  }

  subscribe(listener: OutboxListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async drain(): Promise<void> {
    const { now, random } = this.deps;
    // After a retryable failure the endpoint is likely down: hold its other items until the
    // same time instead of hitting it once per item.
    const heldUntil = new Map<string, number>();
    for (const { id } of (await this.list()).filter((item) => isDue(item, now()))) {
      // Re-read: another tab may have sent or the user discarded it since the listing.
      const item = await this.inTurn(id, async (found) => {
        if (!found || !isDue(found, now())) return undefined;
        const held = heldUntil.get(found.endpoint);
        await this.write(
          held === undefined
            ? { ...found, state: 'sending' }
            : { ...found, state: 'queued', nextAttemptAt: held },
        );
        return held === undefined ? found : undefined;
      });
      if (!item) continue;
      let result: DeliveryResult;
      try {
        result = await this.deps.deliver(item);
      } catch (cause) {
        result = { outcome: 'retry', error: String(cause) };
      }
      // Discarded while in flight: respect the user's choice and do not bring it back.
      await this.inTurn(id, async (stored) => {
        if (!stored) return;
        const base: OutboxItem = {
          id: item.id,
          submission: item.submission,
          endpoint: item.endpoint,
          queuedAt: item.queuedAt,
          nextAttemptAt: item.nextAttemptAt,
          attempts: item.attempts + 1,
          state: 'queued',
        };
        if (result.status !== undefined) base.lastStatus = result.status;
        // Tried again at `at`, and the endpoint's other items wait until then too.
        const retryAt = (at: number, error: string) => {
          heldUntil.set(item.endpoint, at);
          return this.write({ ...base, nextAttemptAt: at, lastError: error });
        };
        if (result.outcome === 'delivered') {
          await this.write({
            ...base,
            submission: keptAfterDelivery(item.submission),
            state: 'delivered',
            deliveredAt: now(),
            ...(result.reference ? { reference: result.reference } : {}),
            ...(result.statusUrl ? { statusUrl: result.statusUrl } : {}),
            ...(result.updates ? { updates: result.updates } : {}),
          });
        } else if (result.outcome === 'misconfigured' && setupFailure(result.status)) {
          // The endpoint is there but refuses this page or is the wrong address (issue 13): the
          // webmaster can mend that, so keep trying every 5 minutes, however many tries: once an
          // admin allows the site in the desk (issue 21), the answer arrives within 5 minutes.
          await retryAt(now() + SETUP_RETRY_MS, result.error);
        } else if (result.outcome === 'retry') {
          await retryAt(
            now() + retryDelay(base.attempts, random, result.retryAfterMs),
            result.error,
          );
        } else {
          await this.write({
            ...base,
            state: 'attention',
            lastError: result.error,
            ...(result.outcome === 'rejected' && result.issues ? { issues: result.issues } : {}),
          });
        }
      });
    }
  }

  /**
   * Runs `step` on the item as stored once every write asked for before it is done. A step must
   * not wait for another step (it would wait for itself).
   */
  private inTurn<T>(id: string, step: (stored: OutboxItem | undefined) => Promise<T>): Promise<T> {
    return this.turn(async () => step(await this.deps.store.get(id)));
  }

  private turn<T>(step: () => Promise<T>): Promise<T> {
    const next = this.writes.then(step);
    this.writes = next.catch(() => undefined);
    return next;
  }

  private async write(item: OutboxItem): Promise<void> {
    await this.deps.store.put(item);
    this.emit(item.id, item);
  }

  private emit(id: string, item: OutboxItem | undefined): void {
    for (const listener of this.listeners) {
      try {
        listener(id, item);
      } catch {
        // A broken listener must not stop delivery.
      }
    }
  }
}
