// The widget's and the side panel's database, `samskab`: drafts and the outbox. The top layer of
// storage, the only one that knows what is stored; how a store works and fails is below it.
import type { IDBPDatabase } from 'idb';
import type { Draft } from '../drafts';
import type { OutboxItem } from '../outbox';
import { fallbackStores } from './fallback';
import { indexedDbStoreSet, requestDatabase } from './indexeddb';
import { type KeyPaths, StorageError, type StorageErrorReason, type StoreSet } from './keyed-store';
import { memoryStoreSet } from './memory';

type Samskab = { drafts: Draft; outbox: OutboxItem };
// Version 1 of the schema, as browsers have it: change only with an upgrade path.
const KEY_PATHS: KeyPaths<Samskab> = { drafts: 'key', outbox: 'id' };

export type SamskabStores = StoreSet<Samskab>;

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
    let opening: Promise<IDBPDatabase | undefined>;
    try {
      if (!factory) throw new Error('not supported');
      opening = requestDatabase(factory, deps.name ?? 'samskab', 1, KEY_PATHS, () => {
        if (!settled) fail('IndexedDB upgrade is blocked by another tab', undefined, 'pending');
      });
    } catch (cause) {
      return fail(`IndexedDB is not available: ${String(cause)}`, cause);
    }
    const timer = setTimeout(
      () => fail('IndexedDB did not open in time', undefined, 'pending'),
      deps.timeoutMs ?? 5000,
    );
    opening.then(
      (db) => {
        clearTimeout(timer);
        if (!db) return;
        // Let a newer version in another tab upgrade; our later writes fail as 'closed'.
        db.addEventListener('versionchange', () => db.close());
        const stores = indexedDbStoreSet(db, KEY_PATHS);
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

/** Same interface, in memory: drafts last as long as the page (for tests and other callers). */
export const memoryStores = (): SamskabStores => memoryStoreSet(KEY_PATHS);

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
    return { stores: fallbackStores(KEY_PATHS, first, { reopen, onDegraded }), persistent: true };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    // Stores with no database behind them yet: what the page writes is kept in their memory copy.
    // The same in memory-only mode, so the widget carries one memory implementation, not two.
    const stores = fallbackStores(KEY_PATHS, undefined, { reopen, onDegraded });
    if (!(cause instanceof StorageError && cause.reason === 'pending')) {
      return { stores, persistent: false, reason };
    }
    onDegraded(reason);
    late = (opened) =>
      void stores.adopt(opened).then(
        () => events.onRecovered?.(),
        (error: unknown) => console.error('Samskab: a late IndexedDB could not be used', error),
      );
    return { stores, persistent: true };
  }
}
