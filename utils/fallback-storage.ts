import { type KeyedStore, type SamskabStores, StorageError } from './storage';

type Name = 'drafts' | 'outbox';
const NAMES: Name[] = ['drafts', 'outbox'];
const MEMORY = Symbol('memory');

export interface FallbackDeps {
  /** Opens the database again, after another tab deleted or upgraded it. */
  reopen(): Promise<SamskabStores>;
  /** Called once, when the stores go on in memory only; the reason names what failed. */
  onDegraded(reason: string): void;
}

/**
 * Stores that keep working when IndexedDB stops: storage full, or the database closed under us
 * because another tab deleted or upgraded it. A copy of everything this page read or wrote is
 * kept in memory; a write always lands there first. On a closed database the stores reopen once
 * and write that copy back (a deleted database would otherwise take unsent answers with it); when
 * that fails, or storage is full, they carry on in memory and say so through `onDegraded`.
 */
export function fallbackStores(
  first: SamskabStores | undefined,
  deps: FallbackDeps,
): SamskabStores & { adopt(stores: SamskabStores): Promise<void> } {
  let current: SamskabStores | undefined = first;
  const copy: Record<Name, Map<string, unknown>> = { drafts: new Map(), outbox: new Map() };
  // What happened in memory only, for a database adopted later: keys deleted, a "forget all".
  const deleted: Record<Name, Set<string>> = { drafts: new Set(), outbox: new Set() };
  let forgotten = false;
  const keyOf = (name: Name, value: unknown) =>
    (value as Record<string, string>)[name === 'drafts' ? 'key' : 'id']!;

  const degrade = (cause: unknown) => {
    if (!current) return;
    current = undefined;
    deps.onDegraded(cause instanceof Error ? cause.message : String(cause));
  };
  const restore = async (stores: SamskabStores) => {
    for (const name of NAMES) {
      const target = stores[name] as KeyedStore<unknown>;
      for (const value of copy[name].values()) await target.put(structuredClone(value));
    }
  };
  async function attempt<T>(op: (stores: SamskabStores) => Promise<T>): Promise<T | typeof MEMORY> {
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

  const store = <T>(name: Name): KeyedStore<T> => {
    const map = copy[name] as Map<string, T>;
    return {
      async get(key) {
        const found = await attempt((s) => s[name].get(key) as Promise<T | undefined>);
        if (found === MEMORY) return structuredClone(map.get(key));
        if (found === undefined) map.delete(key);
        else map.set(key, structuredClone(found));
        return found;
      },
      async put(value) {
        const key = keyOf(name, value);
        map.set(key, structuredClone(value));
        deleted[name].delete(key);
        await attempt((s) => (s[name] as KeyedStore<T>).put(value));
      },
      async delete(key) {
        map.delete(key);
        if (!current) deleted[name].add(key);
        await attempt((s) => s[name].delete(key));
      },
      async all() {
        const found = await attempt((s) => s[name].all() as Promise<T[]>);
        if (found === MEMORY) return [...map.values()].map((value) => structuredClone(value));
        map.clear();
        for (const value of found) map.set(keyOf(name, value), structuredClone(value));
        return found;
      },
    };
  };

  return {
    drafts: store('drafts'),
    outbox: store('outbox'),
    async forgetAll() {
      for (const name of NAMES) copy[name].clear();
      if (!current) forgotten = true;
      await attempt((s) => s.forgetAll());
    },
    close: () => current?.close(),
    /**
     * Takes a database that opened late into use, then gives it this page's memory-only changes
     * (a forget, deletions, every value). Writes from now on go to it directly, queued after these.
     */
    async adopt(stores) {
      if (current) return stores.close();
      current = stores;
      if (forgotten) await stores.forgetAll();
      for (const name of NAMES) for (const key of deleted[name]) await stores[name].delete(key);
      await restore(stores);
    },
  };
}
