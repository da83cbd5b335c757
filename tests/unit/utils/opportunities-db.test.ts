import 'fake-indexeddb/auto';
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type Opportunity,
  OpportunityStore,
  openOpportunities,
} from '../../../utils/opportunities';
import { StorageError } from '../../../utils/storage/keyed-store';

const saved: Opportunity = {
  id: 'page:u1',
  title: 'Besøgsven i Lunde',
  url: 'https://lunde.example/besoegsven',
  note: 'ring tirsdag',
  status: 'interested',
  savedAt: 1000,
  updatedAt: 1000,
};

function request<T>(req: IDBRequest<T>) {
  return new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** The database as volunteers' browsers have it, written the way the extension always has. */
async function existingDatabase(name: string) {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore('opportunities', { keyPath: 'id' }).put(saved);
  };
  (await request(open)).close();
}

afterEach(() => vi.restoreAllMocks());

describe("the extension's opportunities database", () => {
  it('keeps its name, version and schema', async () => {
    const store = new OpportunityStore(await openOpportunities());
    await store.savePage({ title: 'En side', url: 'https://lunde.example/' });
    expect(await indexedDB.databases()).toContainEqual({ name: 'samskab-extension', version: 1 });
    const db = await request(indexedDB.open('samskab-extension'));
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames]).toEqual(['opportunities']);
    const objects = db.transaction('opportunities').objectStore('opportunities');
    expect(objects.keyPath).toBe('id');
    expect([...objects.indexNames]).toEqual([]);
    db.close();
  });

  it('reads what volunteers saved before', async () => {
    await existingDatabase('before');
    const store = new OpportunityStore(await openOpportunities('before'));
    expect(await store.list()).toEqual([saved]);
    await store.update(saved.id, { status: 'done' });
    expect(await store.get(saved.id)).toMatchObject({ status: 'done', note: 'ring tirsdag' });
    await store.remove(saved.id);
    expect(await store.list()).toEqual([]);
  });

  it('clear empties it', async () => {
    await existingDatabase('clear');
    const store = new OpportunityStore(await openOpportunities('clear'));
    await store.clear();
    expect(await store.list()).toEqual([]);
  });

  it('a full disk is a StorageError, as in the widget, and loses nothing stored', async () => {
    await existingDatabase('full');
    const store = new OpportunityStore(await openOpportunities('full'));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await store.update(saved.id, { note: 'ny' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ reason: 'quota' });
    vi.restoreAllMocks();
    expect(await store.get(saved.id)).toEqual(saved);
  });
});
