// The bottom layer of storage: what a store is and how it fails, with no import, so that the
// domain modules (drafts, outbox, opportunities) can name the store they need without pulling in
// IndexedDB or the fallback, and without a cycle back to the code that opens the database.

/** A keyed collection; values carry their own key (`key` for drafts, `id` for outbox items). */
export interface KeyedStore<T> {
  get(key: string): Promise<T | undefined>;
  put(value: T): Promise<void>;
  delete(key: string): Promise<void>;
  all(): Promise<T[]>;
}

export interface ClearableStore<T> extends KeyedStore<T> {
  clear(): Promise<void>;
}

/**
 * The stores of one database by name (`S` maps a store's name to its values' type), each with
 * the property its values keep their key in: the IndexedDB key path.
 */
export type KeyPaths<S> = { readonly [Name in keyof S]: Extract<keyof S[Name], string> };

/** The stores of one database by name, emptied together and closed together. */
export type StoreSet<S> = { [Name in keyof S]: KeyedStore<S[Name]> } & {
  /** Empties every store ("forget my drafts on this site"). */
  forgetAll(): Promise<void>;
  close(): void;
};

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
