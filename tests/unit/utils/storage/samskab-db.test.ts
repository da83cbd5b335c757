import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../../utils/drafts';
import { StorageError } from '../../../../utils/storage/keyed-store';
import {
  memoryStores,
  openSamskabDb,
  openStores,
  type SamskabStores,
} from '../../../../utils/storage/samskab-db';
import { queuedItem } from '../fixtures';

const draft = (key: string): Draft => ({
  key,
  id: '7b0e3a4e-2f6a-4d8e-9a57-3c1f0f3e9b11',
  challengeId: key.split(':')[0]!,
  kind: 'need',
  fields: { body: 'Ældre på Øgade og Åvej', canHelpImplement: true },
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
});

const item = queuedItem;

async function roundTrip(stores: SamskabStores) {
  const d = draft('ensomhed-lunde:need');
  const o = item();
  await stores.drafts.put(d);
  await stores.outbox.put(o);
  expect(await stores.drafts.get(d.key)).toEqual(d);
  expect(await stores.outbox.get(o.id)).toEqual(o);
  expect(await stores.drafts.all()).toEqual([d]);
  await stores.drafts.put({ ...d, fields: { body: 'ny tekst' } });
  expect((await stores.drafts.get(d.key))?.fields).toEqual({ body: 'ny tekst' });
  await stores.outbox.delete(o.id);
  expect(await stores.outbox.get(o.id)).toBeUndefined();
  expect(await stores.outbox.all()).toEqual([]);
}

/** What IndexedDB does and memory must too: a value changed after saving or reading stays stored. */
async function copiesValues(stores: SamskabStores) {
  const d = draft('a:need');
  await stores.drafts.put(d);
  d.fields.body = 'changed after saving';
  const read = await stores.drafts.get('a:need');
  expect(read?.fields.body).toBe('Ældre på Øgade og Åvej');
  read!.fields.body = 'changed after reading';
  (await stores.drafts.all())[0]!.fields.body = 'changed in a listing';
  expect((await stores.drafts.get('a:need'))?.fields.body).toBe('Ældre på Øgade og Åvej');
}

describe('IndexedDB stores', () => {
  afterEach(() => vi.restoreAllMocks());

  it('store, read, replace and delete drafts and outbox items', async () => {
    const stores = await openSamskabDb({ indexedDB: new IDBFactory() });
    await roundTrip(stores);
    stores.close();
  });

  it('keep data across connections (a reload)', async () => {
    const factory = new IDBFactory();
    const first = await openSamskabDb({ indexedDB: factory });
    await first.drafts.put(draft('a:offer'));
    first.close();
    const second = await openSamskabDb({ indexedDB: factory });
    expect(await second.drafts.get('a:offer')).toEqual(draft('a:offer'));
    second.close();
  });

  it('forgetAll empties drafts and outbox', async () => {
    const stores = await openSamskabDb({ indexedDB: new IDBFactory() });
    await stores.drafts.put(draft('a:need'));
    await stores.outbox.put(item());
    await stores.forgetAll();
    expect(await stores.drafts.all()).toEqual([]);
    expect(await stores.outbox.all()).toEqual([]);
    stores.close();
  });

  it('a full disk is a typed "quota" error and loses nothing already stored', async () => {
    const stores = await openSamskabDb({ indexedDB: new IDBFactory() });
    await stores.drafts.put(draft('a:need'));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await stores.drafts
      .put({ ...draft('a:need'), fields: { body: 'x' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ reason: 'quota' });
    vi.restoreAllMocks();
    expect(await stores.drafts.get('a:need')).toEqual(draft('a:need'));
    stores.close();
  });

  it('closes on versionchange so a newer version in another tab can upgrade', async () => {
    const factory = new IDBFactory();
    const stores = await openSamskabDb({ indexedDB: factory, name: 'db' });
    const blocked = vi.fn();
    const newer = factory.open('db', 2);
    newer.onblocked = blocked;
    await new Promise((resolve, reject) => {
      newer.onsuccess = resolve;
      newer.onerror = reject;
    });
    expect(blocked).not.toHaveBeenCalled();
    newer.result.close();
    await expect(stores.drafts.get('a:need')).rejects.toMatchObject({ reason: 'closed' });
  });

  it('gives up on an open that hangs, and closes the connection if it opens later', async () => {
    const factory = new IDBFactory();
    // A connection that never closes blocks a delete, and the delete holds up our open.
    const holder = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open('db', 1);
      request.onsuccess = () => resolve(request.result);
    });
    const deleting = factory.deleteDatabase('db');
    const error = await openSamskabDb({ indexedDB: factory, name: 'db', timeoutMs: 30 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'StorageError', reason: 'pending' });
    expect(String(error)).toMatch(/did not open in time/);
    const close = vi.spyOn(globalThis.IDBDatabase.prototype, 'close');
    holder.close();
    await new Promise((resolve) => {
      deleting.onsuccess = resolve;
    });
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
  });
});

describe('openStores', () => {
  it('uses IndexedDB when it works', async () => {
    const opened = await openStores({ indexedDB: new IDBFactory() });
    expect(opened.persistent).toBe(true);
    expect(opened.reason).toBeUndefined();
    await roundTrip(opened.stores);
    opened.stores.close();
  });

  it('falls back to memory when indexedDB.open throws (private mode)', async () => {
    const throwing = {
      open: () => {
        throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const opened = await openStores({ indexedDB: throwing });
    expect(opened.persistent).toBe(false);
    expect(opened.reason).toMatch(/not available.*mutation operation/);
    await roundTrip(opened.stores);
  });

  it('in memory, copies values like IndexedDB does', async () => {
    const { stores } = await openStores({ indexedDB: null });
    await copiesValues(stores);
    await stores.outbox.put(item());
    await stores.forgetAll();
    expect([...(await stores.drafts.all()), ...(await stores.outbox.all())]).toEqual([]);
  });

  it('falls back to memory when there is no IndexedDB at all', async () => {
    const opened = await openStores({ indexedDB: null });
    expect(opened).toMatchObject({
      persistent: false,
      reason: expect.stringMatching(/not available/),
    });
  });

  it('falls back to memory when the open request fails', async () => {
    const factory = new IDBFactory();
    // Asking for an older version than exists is an error event, as a broken profile gives.
    await new Promise((resolve) => {
      const request = factory.open('db', 5);
      request.onsuccess = () => resolve(request.result.close());
    });
    const opened = await openStores({ indexedDB: factory, name: 'db' });
    expect(opened).toMatchObject({
      persistent: false,
      reason: expect.stringMatching(/failed to open/),
    });
  });
});

describe('memoryStores', () => {
  it('has the same behaviour', async () => {
    await roundTrip(memoryStores());
  });

  it('copies values like IndexedDB does', async () => {
    await copiesValues(memoryStores());
  });

  it('forgetAll empties both stores', async () => {
    const stores = memoryStores();
    await stores.drafts.put(draft('a:need'));
    await stores.outbox.put(item());
    await stores.forgetAll();
    expect([...(await stores.drafts.all()), ...(await stores.outbox.all())]).toEqual([]);
  });
});
