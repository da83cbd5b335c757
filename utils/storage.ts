import { type IDBPDatabase, wrap } from 'idb';
import type { Draft } from './drafts';
import { fallbackStores } from './fallback-storage';
import type { OutboxItem } from './outbox';

/** A keyed collection; values carry their own key (`key` for drafts, `id` for outbox items). */
export interface KeyedStore<T> {
  get(key: string): Promise<T | undefined>;
  put(value: T): Promise<void>;
  delete(key: string): Promise<void>;
  all(): Promise<T[]>;
}
export type OutboxStore = KeyedStore<OutboxItem>;
export type DraftStoreBackend = KeyedStore<Draft>;

export interface SamskabStores {
  drafts: DraftStoreBackend;
  outbox: OutboxStore;
  /** "Forget my drafts on this site": empties drafts and outbox. */
  forgetAll(): Promise<void>;
  close(): void;
}

/** `pending`: the open is slow or blocked by another tab, and may still succeed. */
export type StorageErrorReason = 'quota' | 'closed' | 'unavailable' | 'pending' | 'failed';

/** A storage failure the UI can name; a failed write changes nothing already stored. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly reason: StorageErrorReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const STORES = ['drafts', 'outbox'] as const;
type StoreName = (typeof STORES)[number];

function toStorageError(cause: unknown): StorageError {
  if (cause instanceof StorageError) return cause;
  const name = cause instanceof Error ? cause.name : '';
  // Firefox has used its own name for the quota error.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return new StorageError('quota', 'storage is full', { cause });
  }
  if (name === 'InvalidStateError') {
    return new StorageError('closed', 'storage was closed (updated in another tab?)', { cause });
  }
  return new StorageError('failed', `storage failed: ${String(cause)}`, { cause });
}

// Async so that a synchronous throw (a closed connection) is mapped too.
const guard =
  <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    try {
      return await fn(...args);
    } catch (cause) {
      throw toStorageError(cause);
    }
  };

function idbStore<T>(db: IDBPDatabase, name: StoreName): KeyedStore<T> {
  return {
    get: guard((key: string) => db.get(name, key) as Promise<T | undefined>),
    put: guard(async (value: T) => {
      const tx = db.transaction(name, 'readwrite');
      const done = Promise.all([tx.store.put(value), tx.done]);
      // Commit at once rather than when the page's task ends: a draft written on pagehide must
      // reach the database before the page is gone.
      tx.commit?.();
      await done;
    }),
    delete: guard((key: string) => db.delete(name, key)),
    all: guard(() => db.getAll(name) as Promise<T[]>),
  };
}

export type OpenDeps = { indexedDB?: IDBFactory | null; name?: string; timeoutMs?: number };

/**
 * Opens (or creates) the database. Rejects with a StorageError when IndexedDB is missing, throws
 * (private modes), is blocked by an old tab, or hangs — a hung open would freeze the widget.
 */
export function openSamskabDb(
  deps: OpenDeps = {},
  onLate: (stores: SamskabStores) => void = (stores) => stores.close(),
): Promise<SamskabStores> {
  const factory = deps.indexedDB === undefined ? globalThis.indexedDB : deps.indexedDB;
  return new Promise<SamskabStores>((resolve, reject) => {
    let settled = false;
    const fail = (message: string, cause?: unknown, reason: StorageErrorReason = 'unavailable') => {
      settled = true;
      reject(new StorageError(reason, message, { cause }));
    };
    let request: IDBOpenDBRequest;
    try {
      if (!factory) throw new Error('not supported');
      request = factory.open(deps.name ?? 'samskab', 1);
    } catch (cause) {
      return fail(`IndexedDB is not available: ${String(cause)}`, cause);
    }
    const timer = setTimeout(
      () => fail('IndexedDB did not open in time', undefined, 'pending'),
      deps.timeoutMs ?? 5000,
    );
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const name of STORES) {
        if (!db.objectStoreNames.contains(name)) {
          db.createObjectStore(name, { keyPath: name === 'drafts' ? 'key' : 'id' });
        }
      }
    };
    request.onblocked = () => {
      if (!settled) fail('IndexedDB upgrade is blocked by another tab', undefined, 'pending');
    };
    wrap(request).then(
      (db) => {
        clearTimeout(timer);
        if (!db) return;
        // Let a newer version in another tab upgrade; our later writes fail as 'closed'.
        db.addEventListener('versionchange', () => db.close());
        const stores: SamskabStores = {
          drafts: idbStore<Draft>(db, 'drafts'),
          outbox: idbStore<OutboxItem>(db, 'outbox'),
          forgetAll: guard(async () => {
            const tx = db.transaction([...STORES], 'readwrite');
            await Promise.all([...STORES.map((name) => tx.objectStore(name).clear()), tx.done]);
          }),
          close: () => db.close(),
        };
        // Opened after we gave up (slow or blocked): by default closed, so it blocks no one.
        if (settled) return onLate(stores);
        settled = true;
        resolve(stores);
      },
      (cause: unknown) => {
        clearTimeout(timer);
        if (!settled) fail(`IndexedDB failed to open: ${String(cause)}`, cause);
      },
    );
  });
}

/** Same interface, in memory: drafts last as long as the page. Values are copied like IDB does. */
export function memoryStores(): SamskabStores {
  const make = <T>(keyOf: (value: T) => string) => {
    const map = new Map<string, T>();
    const store: KeyedStore<T> = {
      get: async (key) => structuredClone(map.get(key)),
      put: async (value) => void map.set(keyOf(value), structuredClone(value)),
      delete: async (key) => void map.delete(key),
      all: async () => [...map.values()].map((value) => structuredClone(value)),
    };
    return { store, map };
  };
  const drafts = make<Draft>((draft) => draft.key);
  const outbox = make<OutboxItem>((item) => item.id);
  return {
    drafts: drafts.store,
    outbox: outbox.store,
    forgetAll: async () => {
      drafts.map.clear();
      outbox.map.clear();
    },
    close: () => undefined,
  };
}

export type OpenedStores = { stores: SamskabStores; persistent: boolean; reason?: string };

export interface StorageEvents {
  /** The stores went on in memory only; the reason names what failed. */
  onDegraded?(reason: string): void;
  /** A database that opened late was taken into use: what was kept in memory is now in it. */
  onRecovered?(): void;
}

/**
 * IndexedDB when it works, else memory; `persistent: false` lets the UI say drafts will not last.
 * Once open, a database that fails later (storage full, deleted or upgraded in another tab) goes
 * on in memory and `onDegraded` says why. An open that is only slow or blocked by another tab
 * starts in memory too, but is taken into use when it does open (`onRecovered`): answers stored
 * by earlier visits are then shown and sent without a reload.
 */
export async function openStores(
  deps: OpenDeps = {},
  events: StorageEvents = {},
): Promise<OpenedStores> {
  const onDegraded = events.onDegraded ?? (() => undefined);
  const reopen = () => openSamskabDb(deps);
  let late = (stores: SamskabStores) => stores.close();
  try {
    const first = await openSamskabDb(deps, (stores) => late(stores));
    return { stores: fallbackStores(first, { reopen, onDegraded }), persistent: true };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    if (!(cause instanceof StorageError && cause.reason === 'pending')) {
      return { stores: memoryStores(), persistent: false, reason };
    }
    const stores = fallbackStores(undefined, { reopen, onDegraded });
    onDegraded(reason);
    late = (opened) =>
      void stores.adopt(opened).then(
        () => events.onRecovered?.(),
        (error: unknown) => console.error('Samskab: a late IndexedDB could not be used', error),
      );
    return { stores, persistent: true };
  }
}
