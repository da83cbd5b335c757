import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  indexedDbStore,
  indexedDbStoreSet,
  openDatabase,
  requestDatabase,
} from '../../../../utils/storage/indexeddb';
import { type KeyPaths, StorageError } from '../../../../utils/storage/keyed-store';

type Note = { ref: string; text: string };
type Tag = { name: string };
const KEY_PATHS: KeyPaths<{ notes: Note; tags: Tag }> = { notes: 'ref', tags: 'name' };

afterEach(() => vi.restoreAllMocks());

describe('IndexedDB keyed stores, for any database', () => {
  it('create the stores with their key paths and keep what is stored across connections', async () => {
    const factory = new IDBFactory();
    const first = await openDatabase('any', 1, KEY_PATHS, factory);
    expect([...first.objectStoreNames].sort()).toEqual(['notes', 'tags']);
    expect(first.transaction('notes').store.keyPath).toBe('ref');
    expect(first.transaction('tags').store.keyPath).toBe('name');
    await indexedDbStore<Note>(first, 'notes').put({ ref: 'a', text: 'første' });
    first.close();
    const second = await openDatabase('any', 1, KEY_PATHS, factory);
    const notes = indexedDbStore<Note>(second, 'notes');
    expect(await notes.get('a')).toEqual({ ref: 'a', text: 'første' });
    expect(await notes.all()).toEqual([{ ref: 'a', text: 'første' }]);
    await notes.delete('a');
    expect(await notes.get('a')).toBeUndefined();
    second.close();
  });

  it('an upgrade creates only the stores that are missing', async () => {
    const factory = new IDBFactory();
    const old = await openDatabase('any', 1, { notes: 'ref' }, factory);
    await indexedDbStore<Note>(old, 'notes').put({ ref: 'a', text: 'kept' });
    old.close();
    const upgraded = await openDatabase('any', 2, KEY_PATHS, factory);
    expect(await indexedDbStore<Note>(upgraded, 'notes').all()).toEqual([
      { ref: 'a', text: 'kept' },
    ]);
    expect(await indexedDbStore<Tag>(upgraded, 'tags').all()).toEqual([]);
    upgraded.close();
  });

  it('clear empties one store; forgetAll empties every store of the set', async () => {
    const db = await openDatabase('any', 1, KEY_PATHS, new IDBFactory());
    const set = indexedDbStoreSet(db, KEY_PATHS);
    await set.notes.put({ ref: 'a', text: 'x' });
    await set.tags.put({ name: 'ældre' });
    await indexedDbStore(db, 'tags').clear();
    expect(await set.tags.all()).toEqual([]);
    expect(await set.notes.all()).toHaveLength(1);
    await set.tags.put({ name: 'ældre' });
    await set.forgetAll();
    expect([...(await set.notes.all()), ...(await set.tags.all())]).toEqual([]);
    set.close();
  });

  it('name a full disk "quota", a closed database "closed" and anything else "failed"', async () => {
    const db = await openDatabase('any', 1, KEY_PATHS, new IDBFactory());
    const notes = indexedDbStore<Note>(db, 'notes');
    await notes.put({ ref: 'a', text: 'stored' });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    put.mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const full = await notes.put({ ref: 'a', text: 'new' }).catch((e: unknown) => e);
    expect(full).toBeInstanceOf(StorageError);
    expect(full).toMatchObject({ reason: 'quota', message: 'storage is full' });
    put.mockImplementation(() => {
      throw new DOMException('Firefox says so', 'NS_ERROR_DOM_QUOTA_REACHED');
    });
    await expect(notes.put({ ref: 'a', text: 'new' })).rejects.toMatchObject({ reason: 'quota' });
    put.mockImplementation(() => {
      throw new TypeError('something else');
    });
    await expect(notes.put({ ref: 'a', text: 'new' })).rejects.toMatchObject({
      name: 'StorageError',
      reason: 'failed',
      message: expect.stringMatching(/something else/),
    });
    put.mockRestore();
    expect(await notes.get('a')).toEqual({ ref: 'a', text: 'stored' });
    db.close();
    // The connection is gone: `transaction` throws at once, and that is mapped too.
    for (const op of [() => notes.get('a'), () => notes.all(), () => notes.clear()]) {
      await expect(op()).rejects.toMatchObject({ name: 'StorageError', reason: 'closed' });
    }
  });

  it('requestDatabase throws at once where open does, and reports a blocked upgrade', async () => {
    const throwing = {
      open: () => {
        throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    expect(() => requestDatabase(throwing, 'any', 1, KEY_PATHS)).toThrow(/mutation/);
    const factory = new IDBFactory();
    const holder = await openDatabase('any', 1, KEY_PATHS, factory);
    const blocked = vi.fn(() => holder.close());
    const upgraded = await requestDatabase(factory, 'any', 2, KEY_PATHS, blocked);
    expect(blocked).toHaveBeenCalledTimes(1);
    upgraded?.close();
  });

  it('a failed open is a StorageError', async () => {
    const factory = new IDBFactory();
    (await openDatabase('any', 3, KEY_PATHS, factory)).close();
    // Asking for an older version than exists fails, as a broken profile can.
    const error = await openDatabase('any', 1, KEY_PATHS, factory).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ reason: 'failed', message: expect.stringMatching(/Version/) });
  });
});
