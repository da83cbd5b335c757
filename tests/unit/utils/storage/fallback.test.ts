import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../../utils/drafts';
import type { OutboxItem } from '../../../../utils/outbox';
import { fallbackStores } from '../../../../utils/storage/fallback';
import { type KeyPaths, StorageError } from '../../../../utils/storage/keyed-store';
import { memoryStoreSet } from '../../../../utils/storage/memory';
import { openSamskabDb, openStores } from '../../../../utils/storage/samskab-db';
import { queuedItem } from '../fixtures';

const item = queuedItem;

/** What another tab (or the person, in the browser's settings) does to the database. */
function deleteDatabase(factory: IDBFactory, name: string) {
  return new Promise<void>((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

function openNewerVersion(factory: IDBFactory, name: string) {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(name, 2);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('stores that outlive a failing IndexedDB', () => {
  it('storage full: the write is kept in memory, said once, and what was stored stays', async () => {
    const degraded = vi.fn();
    const { stores, persistent } = await openStores(
      { indexedDB: new IDBFactory() },
      { onDegraded: degraded },
    );
    expect(persistent).toBe(true);
    const first = item();
    await stores.outbox.put(first);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const second = item();
    await stores.outbox.put(second);
    await stores.outbox.put({ ...second, state: 'sending' });
    expect(degraded).toHaveBeenCalledTimes(1);
    expect(degraded.mock.calls[0]![0]).toMatch(/full/);
    expect(await stores.outbox.get(second.id)).toMatchObject({ state: 'sending' });
    expect((await stores.outbox.all()).map((i) => i.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
  });

  it('database deleted in another tab: reopened, and this page’s answers written back', async () => {
    const factory = new IDBFactory();
    const degraded = vi.fn();
    const { stores } = await openStores(
      { indexedDB: factory, name: 'db' },
      { onDegraded: degraded },
    );
    const unsent = item();
    await stores.outbox.put(unsent);
    await deleteDatabase(factory, 'db');
    const next = item();
    await stores.outbox.put(next);
    expect(degraded).not.toHaveBeenCalled();
    // A reload opens the recreated database and finds both.
    const reloaded = await openSamskabDb({ indexedDB: factory, name: 'db' });
    expect((await reloaded.outbox.all()).map((i) => i.id).sort()).toEqual(
      [unsent.id, next.id].sort(),
    );
    reloaded.close();
  });

  it('upgraded by a newer version in another tab: carries on in memory, nothing stored lost', async () => {
    const factory = new IDBFactory();
    const degraded = vi.fn();
    const { stores } = await openStores(
      { indexedDB: factory, name: 'db' },
      { onDegraded: degraded },
    );
    const stored = item();
    await stores.outbox.put(stored);
    const newer = await openNewerVersion(factory, 'db');
    const later = item();
    await stores.outbox.put(later);
    expect(degraded).toHaveBeenCalledTimes(1);
    expect((await stores.outbox.all()).map((i) => i.id).sort()).toEqual(
      [stored.id, later.id].sort(),
    );
    // The newer version still holds what was stored before the upgrade.
    const tx = newer.transaction('outbox');
    const request = tx.objectStore('outbox').getAll();
    const kept = await new Promise<OutboxItem[]>((resolve) => {
      request.onsuccess = () => resolve(request.result);
    });
    expect(kept.map((i) => i.id)).toEqual([stored.id]);
    newer.close();
  });

  it('forgetAll empties the memory copy too', async () => {
    const { stores } = await openStores({ indexedDB: new IDBFactory() });
    await stores.drafts.put({
      key: 'a:need',
      id: '7b0e3a4e-2f6a-4d8e-9a57-3c1f0f3e9b11',
      challengeId: 'a',
      kind: 'need',
      fields: {},
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
    });
    await stores.forgetAll();
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await stores.drafts.all()).toEqual([]);
  });
});

/**
 * Another tab creating the database and holding its upgrade open (as a busy, slow device can):
 * every other open waits until `release`. The earlier visit's answer and draft are in it.
 */
function slowFirstOpen(factory: IDBFactory, name: string, earlier: OutboxItem, draft: Draft) {
  let released = false;
  const request = factory.open(name, 1);
  request.onupgradeneeded = () => {
    const db = request.result;
    db.createObjectStore('drafts', { keyPath: 'key' }).put(draft);
    const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
    outbox.put(earlier);
    const spin = () => {
      if (!released) outbox.get('none').onsuccess = spin;
    };
    spin();
  };
  const opened = new Promise<IDBDatabase>((resolve) => {
    request.onsuccess = () => resolve(request.result);
  });
  return {
    release: async () => {
      released = true;
      (await opened).close();
    },
  };
}

const draft = (key: string, body: string): Draft => ({
  key,
  id: '7b0e3a4e-2f6a-4d8e-9a57-3c1f0f3e9b11',
  challengeId: key.split(':')[0]!,
  kind: 'need',
  fields: { body },
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
});

describe('a database that opens late', () => {
  it('starts in memory, then takes the database into use with what this page wrote', async () => {
    const factory = new IDBFactory();
    const earlier = item();
    const other = slowFirstOpen(factory, 'db', earlier, draft('b:need', 'from last week'));
    const degraded = vi.fn();
    const recovered = vi.fn();
    const { stores, persistent } = await openStores(
      { indexedDB: factory, name: 'db', timeoutMs: 30 },
      { onDegraded: degraded, onRecovered: recovered },
    );
    expect(persistent).toBe(true);
    expect(degraded).toHaveBeenCalledWith(expect.stringMatching(/did not open in time/));
    const fresh = item();
    await stores.outbox.put(fresh);
    await stores.drafts.put(draft('a:need', 'typed while waiting'));
    // Discarded while waiting: the stored copy of last week must not come back.
    await stores.drafts.put(draft('b:need', 'replaced'));
    await stores.drafts.delete('b:need');
    expect((await stores.outbox.all()).map((i) => i.id)).toEqual([fresh.id]);

    await other.release();
    await vi.waitFor(() => expect(recovered).toHaveBeenCalledTimes(1));
    expect((await stores.outbox.all()).map((i) => i.id).sort()).toEqual(
      [earlier.id, fresh.id].sort(),
    );
    // A reload finds the same.
    const reload = await openStores({ indexedDB: factory, name: 'db' });
    expect((await reload.stores.outbox.all()).map((i) => i.id).sort()).toEqual(
      [earlier.id, fresh.id].sort(),
    );
    expect((await reload.stores.drafts.all()).map((d) => d.fields.body)).toEqual([
      'typed while waiting',
    ]);
    reload.stores.close();
    stores.close();
  });

  it('a "forget" while waiting empties the database when it opens', async () => {
    const factory = new IDBFactory();
    const other = slowFirstOpen(factory, 'db', item(), draft('b:need', 'from last week'));
    const recovered = vi.fn();
    const { stores } = await openStores(
      { indexedDB: factory, name: 'db', timeoutMs: 30 },
      { onRecovered: recovered },
    );
    await stores.forgetAll();
    const after = item();
    await stores.outbox.put(after);
    await other.release();
    await vi.waitFor(() => expect(recovered).toHaveBeenCalled());
    expect((await stores.outbox.all()).map((i) => i.id)).toEqual([after.id]);
    expect(await stores.drafts.all()).toEqual([]);
    stores.close();
  });

  it('an IndexedDB that is missing stays memory-only, as before', async () => {
    const { persistent, reason } = await openStores({ indexedDB: null });
    expect(persistent).toBe(false);
    expect(reason).toMatch(/not available/);
  });
});

describe('the fallback, for any set of stores', () => {
  type Note = { ref: string; text: string };
  const keyPaths: KeyPaths<{ notes: Note }> = { notes: 'ref' };

  it('keeps writing in memory when the database is full, and says so once', async () => {
    const database = memoryStoreSet(keyPaths);
    await database.notes.put({ ref: 'a', text: 'stored' });
    const degraded = vi.fn();
    const stores = fallbackStores(keyPaths, database, {
      reopen: () => Promise.reject(new Error('not called')),
      onDegraded: degraded,
    });
    expect(await stores.notes.all()).toEqual([{ ref: 'a', text: 'stored' }]);
    vi.spyOn(database.notes, 'put').mockRejectedValue(new StorageError('quota', 'storage is full'));
    await stores.notes.put({ ref: 'b', text: 'in memory' });
    await stores.notes.put({ ref: 'c', text: 'in memory too' });
    expect(degraded).toHaveBeenCalledTimes(1);
    expect(degraded).toHaveBeenCalledWith('storage is full');
    expect((await stores.notes.all()).map((note) => note.ref)).toEqual(['a', 'b', 'c']);
    expect(await database.notes.all()).toEqual([{ ref: 'a', text: 'stored' }]);
  });

  it('lets errors that are not storage failures through', async () => {
    const database = memoryStoreSet(keyPaths);
    vi.spyOn(database.notes, 'get').mockRejectedValue(new TypeError('a bug'));
    const stores = fallbackStores(keyPaths, database, {
      reopen: () => Promise.reject(new Error('not called')),
      onDegraded: vi.fn(),
    });
    await expect(stores.notes.get('a')).rejects.toThrow('a bug');
  });

  it('adopts a database that arrives late, with what was written and deleted meanwhile', async () => {
    const stores = fallbackStores(keyPaths, undefined, {
      reopen: () => Promise.reject(new Error('not called')),
      onDegraded: vi.fn(),
    });
    await stores.notes.put({ ref: 'new', text: 'typed while waiting' });
    await stores.notes.delete('old');
    const database = memoryStoreSet(keyPaths);
    await database.notes.put({ ref: 'old', text: 'discarded while waiting' });
    await database.notes.put({ ref: 'other', text: 'from before' });
    await stores.adopt(database);
    expect((await database.notes.all()).map((note) => note.ref).sort()).toEqual(['new', 'other']);
    expect((await stores.notes.all()).map((note) => note.ref).sort()).toEqual(['new', 'other']);
  });
});
