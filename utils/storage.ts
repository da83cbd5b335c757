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

export type StorageErrorReason = 'quota' | 'closed' | 'unavailable' | 'failed';

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
export function openSamskabDb(deps: OpenDeps = {}): Promise<SamskabStores> {
  const factory = deps.indexedDB === undefined ? globalThis.indexedDB : deps.indexedDB;
  return new Promise<SamskabStores>((resolve, reject) => {
    let settled = false;
    const fail = (message: string, cause?: unknown) => {
      settled = true;
      reject(new StorageError('unavailable', message, { cause }));
    };
    let request: IDBOpenDBRequest;
    try {
      if (!factory) throw new Error('not supported');
      request = factory.open(deps.name ?? 'samskab', 1);
    } catch (cause) {
      return fail(`IndexedDB is not available: ${String(cause)}`, cause);
    }
    const timer = setTimeout(() => fail('IndexedDB did not open in time'), deps.timeoutMs ?? 5000);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const name of STORES) {
        if (!db.objectStoreNames.contains(name)) {
          db.createObjectStore(name, { keyPath: name === 'drafts' ? 'key' : 'id' });
        }
      }
    };
    request.onblocked = () => fail('IndexedDB upgrade is blocked by another tab');
    wrap(request).then(
      (db) => {
        clearTimeout(timer);
        // Opened after we gave up: close it so it does not block anyone.
        if (settled || !db) return db?.close();
        settled = true;
        // Let a newer version in another tab upgrade; our later writes fail as 'closed'.
        db.addEventListener('versionchange', () => db.close());
        resolve({
          drafts: idbStore<Draft>(db, 'drafts'),
          outbox: idbStore<OutboxItem>(db, 'outbox'),
          forgetAll: guard(async () => {
            const tx = db.transaction([...STORES], 'readwrite');
            await Promise.all([...STORES.map((name) => tx.objectStore(name).clear()), tx.done]);
          }),
          close: () => db.close(),
        });
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

/**
 * IndexedDB when it works, else memory; `persistent: false` lets the UI say drafts will not last.
 * Once open, a database that fails later (storage full, deleted or upgraded in another tab) goes
 * on in memory and `onDegraded` says why.
 */
export async function openStores(
  deps: OpenDeps = {},
  onDegraded: (reason: string) => void = () => undefined,
): Promise<OpenedStores> {
  try {
    const reopen = () => openSamskabDb(deps);
    return { stores: fallbackStores(await reopen(), { reopen, onDegraded }), persistent: true };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { stores: memoryStores(), persistent: false, reason };
  }
}
