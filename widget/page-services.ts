// One outbox and one draft store per page, shared by every mount on it. The outbox is flushed
// at load, when the browser comes back online or the tab becomes visible, after each new
// answer, and on a timer for the next retry; Web Locks make sure only one tab sends.
import type { AnswerEventDetail, AnswerServices } from '../components/services';
import { deliver } from '../utils/delivery';
import { DraftStore } from '../utils/drafts';
import type { Locale } from '../utils/i18n/languages';
import { webLocks } from '../utils/locks';
import { observable } from '../utils/observable';
import { KEEP_DELIVERED_MS, Outbox, type OutboxItem } from '../utils/outbox';
import { openStores } from '../utils/storage/samskab-db';

// Re-check at least this often: another tab may have queued or sent something meanwhile.
const MAX_WAIT_MS = 30_000;

export interface PageServices {
  outbox: Outbox;
  /** What a mount's views need, but their words (widget/answer.tsx adds those). */
  services(locale: Locale, host: HTMLElement, endpoint: string): Omit<AnswerServices, 'strings'>;
  release(host: HTMLElement): void;
}

let current: Promise<PageServices> | undefined;

export function pageServices(): Promise<PageServices> {
  current ??= create();
  return current;
}

/** Some browsers (and some pages) throw on merely reading `indexedDB`: then keep to memory. */
function reachableIndexedDB(): IDBFactory | null {
  try {
    return globalThis.indexedDB ?? null;
  } catch {
    return null;
  }
}

async function create(): Promise<PageServices> {
  const degraded = observable<string | undefined>(undefined);
  // Set below, once the outbox it flushes exists; the database cannot open late before then.
  let recovered: () => void = () => undefined;
  const { stores, persistent, reason } = await openStores(
    { indexedDB: reachableIndexedDB() },
    {
      onDegraded: (why) => {
        console.warn(
          `Samskab: storage failed, drafts and answers are kept in memory only (${why})`,
        );
        degraded.value = why;
      },
      onRecovered: () => recovered(),
    },
  );
  if (!persistent) console.warn(`Samskab: drafts are kept in memory only (${reason})`);
  // Taken now: a page that replaces fetch later cannot intercept or fake a delivery.
  const send = fetch.bind(globalThis);
  const outbox = new Outbox({
    store: stores.outbox,
    deliver: (item) => deliver(item, { fetch: send, now: Date.now }),
    now: Date.now,
    random: Math.random,
    withLock: webLocks(),
  });
  const drafts = new DraftStore(stores.drafts);
  const items = observable<OutboxItem[]>([]);
  const online = observable(navigator.onLine);
  const hosts = new Set<HTMLElement>();
  const queuedBy = new Map<string, HTMLElement>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  // The list is kept from the outbox's own change events and published at most every 250 ms:
  // re-reading the whole store per change made a long drain quadratic. A full re-read after each
  // flush picks up what other tabs did; ids changed meanwhile keep the newer local version.
  const known = new Map<string, OutboxItem>();
  const rereads = new Set<Set<string>>();
  let publishing = false;
  const publish = () => {
    if (publishing) return;
    publishing = true;
    setTimeout(() => {
      publishing = false;
      items.value = [...known.values()];
    }, 250);
  };
  const refresh = async () => {
    const changed = new Set<string>();
    rereads.add(changed);
    const stored = await outbox.list().finally(() => rereads.delete(changed));
    const ids = new Set(stored.map((item) => item.id));
    for (const id of known.keys()) if (!ids.has(id) && !changed.has(id)) known.delete(id);
    for (const item of stored) if (!changed.has(item.id)) known.set(item.id, item);
    publish();
  };
  const emit = (type: string, detail: AnswerEventDetail, host?: HTMLElement) => {
    const targets = host?.isConnected
      ? [host]
      : [...hosts].filter((h) => h.isConnected).slice(0, 1);
    for (const target of targets) {
      target.dispatchEvent(new CustomEvent(`samskab:${type}`, { bubbles: true, detail }));
    }
  };
  const flush = async () => {
    clearTimeout(timer);
    try {
      await outbox.flush();
    } catch (error) {
      console.error('Samskab: outbox flush failed', error);
    }
    await refresh();
    const due = await outbox.nextDueAt();
    const wait =
      due === undefined ? MAX_WAIT_MS : Math.min(MAX_WAIT_MS, Math.max(0, due - Date.now()));
    timer = setTimeout(flush, wait);
  };

  outbox.subscribe((id, item) => {
    for (const changed of rereads) changed.add(id);
    if (item) known.set(id, item);
    else known.delete(id);
    publish();
    if (!item) return;
    const detail = { id, kind: item.submission.kind, challengeId: item.submission.challenge.id };
    if (item.state === 'delivered') emit('sent', detail, queuedBy.get(id));
    if (item.state === 'attention') emit('failed', detail, queuedBy.get(id));
  });
  addEventListener('online', () => {
    online.value = true;
    void flush();
  });
  addEventListener('offline', () => {
    online.value = false;
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void flush();
  });
  // A slow database opened after all: show and send what earlier visits left in it.
  recovered = () => {
    console.info('Samskab: IndexedDB opened late; drafts and answers are stored again');
    degraded.value = undefined;
    void flush();
  };
  void outbox
    .clearDelivered(Date.now() - KEEP_DELIVERED_MS)
    .catch(() => 0)
    .then(flush);

  return {
    outbox,
    release: (host) => hosts.delete(host),
    services: (locale, host, endpoint) => {
      hosts.add(host);
      return {
        locale,
        source: 'widget',
        clientVersion: __VERSION__,
        pageUrl: location.href,
        persistent,
        degraded,
        drafts,
        outbox: items,
        online,
        submit: async (submission) => {
          queuedBy.set(submission.id, host);
          await outbox.enqueue(submission, endpoint);
          void flush();
        },
        retryNow: (id) => outbox.retryNow(id),
        discard: (id) => outbox.discard(id),
        forget: async () => {
          await outbox.forgetAll(() => stores.forgetAll());
          await refresh();
        },
        emit: (type, detail) => emit(type, detail, host),
        now: Date.now,
      };
    },
  };
}
