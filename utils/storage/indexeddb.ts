// Keyed stores in IndexedDB, for any database and store. Every failure reaches the caller as a
// StorageError, so the fallback can tell a database closed under us (reopen) from a full disk
// (carry on in memory), and the UI can name what happened.
import { type IDBPDatabase, wrap } from 'idb';
import { type ClearableStore, type KeyPaths, StorageError, type StoreSet } from './keyed-store';

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

/** Async so that a synchronous throw (a closed connection) is mapped too. */
export const withStorageErrors =
  <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    try {
      return await fn(...args);
    } catch (cause) {
      throw toStorageError(cause);
    }
  };

/** One object store of an open database. */
export function indexedDbStore<T>(db: IDBPDatabase, name: string): ClearableStore<T> {
  return {
    get: withStorageErrors((key: string) => db.get(name, key) as Promise<T | undefined>),
    put: withStorageErrors(async (value: T) => {
      const tx = db.transaction(name, 'readwrite');
      const done = Promise.all([tx.store.put(value), tx.done]);
      // Commit at once rather than when the page's task ends: a draft written on pagehide must
      // reach the database before the page is gone.
      tx.commit?.();
      await done;
    }),
    delete: withStorageErrors((key: string) => db.delete(name, key)),
    all: withStorageErrors(() => db.getAll(name) as Promise<T[]>),
    clear: withStorageErrors(() => db.clear(name)),
  };
}

/** Every store of an open database; `forgetAll` empties them in one transaction. */
export function indexedDbStoreSet<S>(db: IDBPDatabase, keyPaths: KeyPaths<S>): StoreSet<S> {
  const names = Object.keys(keyPaths);
  const set: Record<string, unknown> = {
    forgetAll: withStorageErrors(async () => {
      const tx = db.transaction(names, 'readwrite');
      await Promise.all([...names.map((name) => tx.objectStore(name).clear()), tx.done]);
    }),
    close: () => db.close(),
  };
  for (const name of names) set[name] = indexedDbStore(db, name);
  return set as StoreSet<S>;
}

/**
 * Asks for a database, creating the stores it lacks when it is new (or older). Throws at once
 * where `open` does (some private modes).
 */
export function requestDatabase<S>(
  factory: IDBFactory,
  name: string,
  version: number,
  keyPaths: KeyPaths<S>,
  onBlocked: () => void = () => undefined,
): Promise<IDBPDatabase | undefined> {
  const request = factory.open(name, version);
  request.onblocked = onBlocked;
  request.onupgradeneeded = () => {
    const db = request.result;
    for (const [store, keyPath] of Object.entries<string>(keyPaths)) {
      if (!db.objectStoreNames.contains(store)) db.createObjectStore(store, { keyPath });
    }
  };
  return wrap(request);
}

/**
 * Opens a database and waits as long as that takes: for extension pages and workers, which no
 * host page waits on. A failed open is a StorageError too.
 */
export async function openDatabase<S>(
  name: string,
  version: number,
  keyPaths: KeyPaths<S>,
  factory: IDBFactory = globalThis.indexedDB,
): Promise<IDBPDatabase> {
  try {
    return (await requestDatabase(factory, name, version, keyPaths))!;
  } catch (cause) {
    throw toStorageError(cause);
  }
}
