import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, DraftStore, draftKey } from '../../../utils/drafts';
import { memoryStores, openSamskabDb } from '../../../utils/storage/samskab-db';

const T0 = Date.parse('2026-11-01T10:00:00Z');

function drafts() {
  const clock = { t: T0 };
  let n = 0;
  const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const store = new DraftStore(memoryStores().drafts, { now: () => clock.t, uuid });
  return { store, clock };
}

describe('DraftStore', () => {
  it('keeps the id and createdAt across saves and updates the fields and updatedAt', async () => {
    const { store, clock } = drafts();
    const first = await store.save('ensomhed-lunde', 'proposal', { body: 'Fællesspisning' });
    clock.t = T0 + 60_000;
    const second = await store.save('ensomhed-lunde', 'proposal', {
      body: 'Fællesspisning i købmandsgården',
      canHelpImplement: true,
    });
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({
      key: 'ensomhed-lunde:proposal',
      challengeId: 'ensomhed-lunde',
      kind: 'proposal',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:01:00.000Z',
    });
    expect(await store.load('ensomhed-lunde', 'proposal')).toEqual(second);
  });

  it('keeps one draft per challenge and kind, each with its own id', async () => {
    const { store } = drafts();
    const need = await store.save('a', 'need', { body: '1' });
    const offer = await store.save('a', 'offer', { body: '2' });
    const other = await store.save('b', 'need', { body: '3' });
    expect(new Set([need.id, offer.id, other.id]).size).toBe(3);
    expect(await store.load('a', 'need')).toMatchObject({ fields: { body: '1' } });
  });

  it('tells subscribers of every save and discard, and lists the kinds with a draft per challenge', async () => {
    const { store } = drafts();
    const heard = vi.fn();
    const stop = store.subscribe(heard);
    await store.save('a', 'need', { body: '1' });
    await store.save('a', 'offer', { body: '2' });
    await store.save('b', 'proposal', { body: '3' });
    await store.discard('a', 'need');
    expect(heard).toHaveBeenCalledTimes(4);
    expect(await store.kindsByChallenge()).toEqual(
      new Map([
        ['a', new Set(['offer'])],
        ['b', new Set(['proposal'])],
      ]),
    );
    stop();
    await store.save('c', 'need', {});
    expect(heard).toHaveBeenCalledTimes(4);
  });

  it('a failing subscriber does not fail the save', async () => {
    const { store } = drafts();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    store.subscribe(() => {
      throw new Error('marker broke');
    });
    await expect(store.save('a', 'need', { body: '1' })).resolves.toMatchObject({ kind: 'need' });
    expect(error).toHaveBeenCalledWith('Samskab: a draft listener failed', expect.any(Error));
    error.mockRestore();
  });

  it('discard removes the draft, and the next save starts over with a new id', async () => {
    const { store } = drafts();
    const first = await store.save('a', 'need', { body: 'x' });
    await store.discard('a', 'need');
    expect(await store.load('a', 'need')).toBeUndefined();
    const next = await store.save('a', 'need', { body: 'y' });
    expect(next.id).not.toBe(first.id);
  });

  it('lists the most recently edited first', async () => {
    const { store, clock } = drafts();
    await store.save('a', 'need', {});
    clock.t += 1000;
    await store.save('b', 'need', {});
    clock.t += 1000;
    await store.save('a', 'need', { body: 'again' });
    expect((await store.list()).map((draft) => draft.key)).toEqual(['a:need', 'b:need']);
  });

  it('makes UUID v4 ids by default and works on IndexedDB', async () => {
    const stores = await openSamskabDb({ indexedDB: new IDBFactory() });
    const store = new DraftStore(stores.drafts);
    const draft = await store.save('a', 'offer', { body: 'Lokale i Lunde' });
    expect(draft.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(await store.load('a', 'offer')).toEqual(draft);
    stores.close();
  });

  it('draftKey joins challenge and kind', () => {
    expect(draftKey('liv-paa-plejecentret', 'offer')).toBe('liv-paa-plejecentret:offer');
  });
});

describe('createAutosave', () => {
  afterEach(() => vi.useRealTimers());

  const timers = () => ({ setTimeout, clearTimeout }) as const;

  it('saves once, delayMs after the last change', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async () => {});
    const autosave = createAutosave(save, { delayMs: 400, ...timers() });
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(300);
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(300);
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(399);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flushNow saves pending changes at once and cancels the timer', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async () => {});
    const autosave = createAutosave(save, timers());
    autosave.schedule();
    await autosave.flushNow();
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    await autosave.flushNow();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flushNow waits for a save already running, and saves never overlap', async () => {
    vi.useFakeTimers();
    let running = 0;
    let overlapped = false;
    const done: string[] = [];
    const save = vi.fn(async () => {
      overlapped ||= running > 0;
      running++;
      await new Promise((resolve) => setTimeout(resolve, 100));
      running--;
      done.push('saved');
    });
    const autosave = createAutosave(save, { delayMs: 10, ...timers() });
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(10);
    expect(save).toHaveBeenCalledTimes(1);
    autosave.schedule();
    const flushed = autosave.flushNow();
    await vi.advanceTimersByTimeAsync(250);
    await flushed;
    expect(done).toEqual(['saved', 'saved']);
    expect(overlapped).toBe(false);
  });

  it('cancel drops a pending save', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async () => {});
    const autosave = createAutosave(save, timers());
    autosave.schedule();
    autosave.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    await autosave.flushNow();
    expect(save).not.toHaveBeenCalled();
  });

  it('reports a failed save and keeps working', async () => {
    const onError = vi.fn();
    const save = vi.fn().mockRejectedValueOnce(new Error('full')).mockResolvedValue(undefined);
    const autosave = createAutosave(save, { onError });
    autosave.schedule();
    await autosave.flushNow();
    expect(onError).toHaveBeenCalledWith(new Error('full'));
    autosave.schedule();
    await autosave.flushNow();
    expect(save).toHaveBeenCalledTimes(2);
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
