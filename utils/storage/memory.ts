// Keyed stores in memory: what IndexedDB would do, without a database, for tests and for callers
// that keep nothing. Values are copied in and out as IndexedDB does, so a caller that changes an
// object after saving it, or changes what it read, sees what it would with the database.
import type { ClearableStore, KeyPaths, StoreSet } from './keyed-store';

/** A store whose values keep their key in `keyPath`; it lasts as long as the page. */
export function memoryStore<T>(keyPath: Extract<keyof T, string>): ClearableStore<T> {
  const map = new Map<string, T>();
  return {
    get: async (key) => structuredClone(map.get(key)),
    put: async (value) => void map.set(value[keyPath] as string, structuredClone(value)),
    delete: async (key) => void map.delete(key),
    all: async () => [...map.values()].map((value) => structuredClone(value)),
    clear: async () => map.clear(),
  };
}

/** The same stores as a database with these key paths would have. */
export function memoryStoreSet<S>(keyPaths: KeyPaths<S>): StoreSet<S> {
  const stores = Object.entries<string>(keyPaths).map(
    ([name, keyPath]) => [name, memoryStore<Record<string, string>>(keyPath)] as const,
  );
  return {
    ...Object.fromEntries(stores),
    forgetAll: async () => void (await Promise.all(stores.map(([, store]) => store.clear()))),
    close: () => undefined,
  } as StoreSet<S>;
}
