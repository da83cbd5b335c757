import { describe, expect, it, vi } from 'vitest';
import { refreshSavedUpdates } from '../../../extension/background/saved-updates';
import { updatesOf } from '../../../extension/feed-updates';
import {
  memoryOpportunities,
  newUpdates,
  OpportunityStore,
  seenAllUpdates,
} from '../../../utils/opportunities';

const endpoint = 'https://lunde.example/api/submissions';
const feedUrl = 'https://lunde.example/api/challenges';
const challenge = {
  id: 'aftenbus',
  title: 'Ingen bus om aftenen',
  framing: 'F',
  url: 'https://lunde.example/aftenbus',
  seeking: ['need' as const],
  status: 'open' as const,
  allowAnonymous: true,
};
const first = { at: '2026-11-01T10:00:00.000Z', text: 'Vi har læst alle svar.' };
const second = { at: '2026-11-20T10:00:00.000Z', text: 'En aftenbus prøves fra februar.' };

/** A store with the challenge saved from its page, which showed the first update. */
async function savedWithNews() {
  const store = new OpportunityStore(memoryOpportunities());
  const saved = await store.saveChallenge(challenge, endpoint, 'https://lunde.example/', 'Lunde', {
    feedUrl,
    updates: [first],
  });
  return { store, saved };
}

describe('the saved challenges’ updates', () => {
  it('reads each item’s valid updates, newest first, and drops invalid ones only', () => {
    const map = updatesOf({
      challenges: [
        { id: 'aftenbus', updates: [first, second] },
        { id: 'bad', updates: [{ at: 'yesterday', text: 'x' }] },
        { id: 'none' },
        'junk',
      ],
    });
    expect(map.get('aftenbus')).toEqual([second, first]);
    expect(map.has('bad')).toBe(false);
    expect(map.has('none')).toBe(false);
    expect(updatesOf({ challenges: 'nope' }).size).toBe(0);
  });

  it('counts what was posted since the volunteer last looked', async () => {
    const { store, saved } = await savedWithNews();
    // Saved from the page that showed it: nothing is new yet.
    expect(newUpdates(saved)).toEqual([]);
    const later = await store.update(saved.id, { updates: [second, first] });
    expect(newUpdates(later!)).toEqual([second]);
    const seen = await store.update(saved.id, seenAllUpdates(later!));
    expect(newUpdates(seen!)).toEqual([]);
  });

  it('reads every saved challenge’s feed again and keeps changed updates; a bad feed changes nothing', async () => {
    const { store, saved } = await savedWithNews();
    await store.savePage({ title: 'Ingen feed', url: 'https://x.example/' });
    const loadFeed = vi.fn(async () => ({
      challenges: [],
      updates: new Map([['aftenbus', [second, first]]]),
      archived: new Set<string>(),
    }));
    const deps = {
      list: () => store.list(),
      update: (id: string, patch: object) => store.update(id, patch),
      loadFeed,
    };
    expect(await refreshSavedUpdates(deps)).toBe(1);
    expect(loadFeed).toHaveBeenCalledExactlyOnceWith(feedUrl);
    expect(newUpdates((await store.get(saved.id))!)).toEqual([second]);
    // The same again: nothing changed.
    expect(await refreshSavedUpdates(deps)).toBe(0);
    const failing = { ...deps, loadFeed: vi.fn(async () => Promise.reject(new Error('offline'))) };
    expect(await refreshSavedUpdates(failing)).toBe(0);
    expect((await store.get(saved.id))?.updates).toEqual([second, first]);
  });
});
