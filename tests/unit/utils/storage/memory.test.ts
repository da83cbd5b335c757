import { describe, expect, it } from 'vitest';
import type { KeyPaths } from '../../../../utils/storage/keyed-store';
import { memoryStore, memoryStoreSet } from '../../../../utils/storage/memory';

type Note = { ref: string; text: string; tags: string[] };
type Tag = { name: string };

describe('memory keyed stores', () => {
  it('key values by their key path and copy them in and out, as IndexedDB does', async () => {
    const notes = memoryStore<Note>('ref');
    const note: Note = { ref: 'a', text: 'Øgade', tags: ['ældre'] };
    await notes.put(note);
    note.tags.push('changed after saving');
    const read = await notes.get('a');
    expect(read).toEqual({ ref: 'a', text: 'Øgade', tags: ['ældre'] });
    read!.tags.push('changed after reading');
    (await notes.all())[0]!.tags.push('changed in a listing');
    expect((await notes.get('a'))?.tags).toEqual(['ældre']);
    await notes.put({ ref: 'a', text: 'replaced', tags: [] });
    expect(await notes.all()).toEqual([{ ref: 'a', text: 'replaced', tags: [] }]);
    await notes.delete('a');
    expect(await notes.get('a')).toBeUndefined();
  });

  it('clear empties the store', async () => {
    const notes = memoryStore<Note>('ref');
    await notes.put({ ref: 'a', text: '', tags: [] });
    await notes.put({ ref: 'b', text: '', tags: [] });
    await notes.clear();
    expect(await notes.all()).toEqual([]);
  });

  it('a set has one store per key path, and forgetAll empties them all', async () => {
    const keyPaths: KeyPaths<{ notes: Note; tags: Tag }> = { notes: 'ref', tags: 'name' };
    const set = memoryStoreSet(keyPaths);
    await set.notes.put({ ref: 'a', text: '', tags: [] });
    await set.tags.put({ name: 'ældre' });
    expect(await set.tags.get('ældre')).toEqual({ name: 'ældre' });
    expect(await set.notes.get('ældre')).toBeUndefined();
    await set.forgetAll();
    expect([...(await set.notes.all()), ...(await set.tags.all())]).toEqual([]);
    set.close();
  });
});
