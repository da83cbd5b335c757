import { type KeyedStore, type KeyPaths, StorageError, type StoreSet } from './keyed-store';

const MEMORY = Symbol('memory');

export interface FallbackDeps<S> {
  /** Opens the database again, after another tab deleted or upgraded it. */
  reopen(): Promise<StoreSet<S>>;
  /** Called once, when the stores go on in memory only; the reason names what failed. */
  onDegraded(reason: string): void;
}

export type FallbackStores<S> = StoreSet<S> & {
  /**
   * Takes a database that opened late into use, then gives it this page's memory-only changes
   * (a forget, deletions, every value). Writes from now on go to it directly, queued after these.
   */
  adopt(stores: StoreSet<S>): Promise<void>;
};

/** One store of a set, found by its name in `keyPaths`; callers see them typed, by property. */
const named = <S>(stores: StoreSet<S>, name: string) =>
  (stores as unknown as Record<string, KeyedStore<unknown>>)[name]!;

/**
 * Stores that keep working when IndexedDB stops: storage full, or the database closed under us
 * because another tab deleted or upgraded it. A copy of everything this page read or wrote is
 * kept in memory; a write always lands there first. On a closed database the stores reopen once
 * and write that copy back (a deleted database would otherwise take unsent answers with it); when
 * that fails, or storage is full, they carry on in memory and say so through `onDegraded`.
 * `first` undefined: the database has not opened (yet), start in memory and `adopt` it later.
 */
export function fallbackStores<S>(
  keyPaths: KeyPaths<S>,
  first: StoreSet<S> | undefined,
  deps: FallbackDeps<S>,
): FallbackStores<S> {
  let current = first;
  const names = Object.keys(keyPaths);
  // What this page read or wrote, by store; and what happened in memory only, for a database
  // adopted later: keys deleted, a "forget all".
  const copy: Record<string, Map<string, unknown>> = {};
  const deleted: Record<string, Set<string>> = {};
  for (const name of names) {
    copy[name] = new Map();
    deleted[name] = new Set();
  }
  let forgotten = false;

  const degrade = (cause: unknown) => {
    if (!current) return;
    current = undefined;
    deps.onDegraded(cause instanceof Error ? cause.message : String(cause));
  };
  const restore = async (stores: StoreSet<S>) => {
    for (const name of names) {
      const target = named(stores, name);
      for (const value of copy[name]!.values()) await target.put(structuredClone(value));
    }
  };
  async function attempt<T>(op: (stores: StoreSet<S>) => Promise<T>): Promise<T | typeof MEMORY> {
    if (!current) return MEMORY;
    try {
      return await op(current);
    } catch (cause) {
      if (!(cause instanceof StorageError)) throw cause;
      if (cause.reason !== 'closed') {
        degrade(cause);
        return MEMORY;
      }
      try {
        const reopened = await deps.reopen();
        current = reopened;
        await restore(reopened);
        return await op(reopened);
      } catch (again) {
        degrade(again);
        return MEMORY;
      }
    }
  }

  const store = (name: string): KeyedStore<unknown> => {
    const map = copy[name]!;
    const keyPath = (keyPaths as Record<string, string>)[name]!;
    const keyOf = (value: unknown) => (value as Record<string, string>)[keyPath]!;
    return {
      async get(key) {
        const found = await attempt((s) => named(s, name).get(key));
        if (found === MEMORY) return structuredClone(map.get(key));
        if (found === undefined) map.delete(key);
        else map.set(key, structuredClone(found));
        return found;
      },
      async put(value) {
        const key = keyOf(value);
        map.set(key, structuredClone(value));
        deleted[name]!.delete(key);
        await attempt((s) => named(s, name).put(value));
      },
      async delete(key) {
        map.delete(key);
        if (!current) deleted[name]!.add(key);
        await attempt((s) => named(s, name).delete(key));
      },
      async all() {
        const found = await attempt((s) => named(s, name).all());
        if (found === MEMORY) return [...map.values()].map((value) => structuredClone(value));
        map.clear();
        for (const value of found) map.set(keyOf(value), structuredClone(value));
        return found;
      },
    };
  };

  const set: Record<string, unknown> = {
    async forgetAll() {
      for (const name of names) copy[name]!.clear();
      if (!current) forgotten = true;
      await attempt((s) => s.forgetAll());
    },
    close: () => current?.close(),
    async adopt(stores: StoreSet<S>) {
      if (current) return stores.close();
      current = stores;
      if (forgotten) await stores.forgetAll();
      for (const name of names) {
        for (const key of deleted[name]!) await named(stores, name).delete(key);
      }
      await restore(stores);
    },
  };
  for (const name of names) set[name] = store(name);
  return set as FallbackStores<S>;
}
