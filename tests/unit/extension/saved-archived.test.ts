// A saved challenge the receiver archived (protocol 1.5, the feed's `archived`): marked archived,
// so the popup and side panel stop listing it; listed in the feed again (restored), it is listed
// again; merely missing from a feed (an older receiver, an item a client cannot read), unchanged.
import { describe, expect, it } from 'vitest';
import { refreshSavedUpdates } from '../../../extension/background/saved-updates';
import { archivedOf, type LoadedFeed } from '../../../extension/feed-updates';
import { memoryOpportunities, OpportunityStore } from '../../../utils/opportunities';

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

async function saved() {
  const store = new OpportunityStore(memoryOpportunities());
  const item = await store.saveChallenge(challenge, endpoint, 'https://lunde.example/', 'Lunde', {
    feedUrl,
  });
  const refresh = (feed: Partial<LoadedFeed>) =>
    refreshSavedUpdates({
      list: () => store.list(),
      update: (id, patch) => store.update(id, patch),
      loadFeed: async () => ({
        challenges: [],
        updates: new Map(),
        archived: new Set<string>(),
        ...feed,
      }),
    });
  return { store, id: item.id, refresh };
}

describe('a saved challenge the receiver archived', () => {
  it('reads the feed’s archived ids as its own property, valid ids only', () => {
    expect([
      ...archivedOf({ challenges: [], archived: ['aftenbus', 'NOT AN ID', 7, 'b'] }),
    ]).toEqual(['aftenbus', 'b']);
    expect(archivedOf({ challenges: [] }).size).toBe(0);
    expect(archivedOf({ challenges: [], archived: 'aftenbus' }).size).toBe(0);
    expect(archivedOf(Object.create({ archived: ['aftenbus'] })).size).toBe(0);
  });

  it('is marked archived when the feed names it, and listed again once restored', async () => {
    const { store, id, refresh } = await saved();
    expect(await refresh({ archived: new Set(['aftenbus']) })).toBe(1);
    expect((await store.get(id))?.archived).toBe(true);
    // Named again: nothing changes.
    expect(await refresh({ archived: new Set(['aftenbus']) })).toBe(0);
    // Missing from the feed without being named: left as it is.
    expect(await refresh({})).toBe(0);
    expect((await store.get(id))?.archived).toBe(true);
    // Restored: in the feed again.
    expect(await refresh({ challenges: [challenge] })).toBe(1);
    expect((await store.get(id))?.archived).toBeUndefined();
  });

  it('is not marked when merely missing from a feed that names no archived ones', async () => {
    const { store, id, refresh } = await saved();
    expect(await refresh({})).toBe(0);
    expect((await store.get(id))?.archived).toBeUndefined();
  });

  it('is listed again when saved again from a page that shows it', async () => {
    const { store, id, refresh } = await saved();
    await refresh({ archived: new Set(['aftenbus']) });
    await store.saveChallenge(challenge, endpoint, 'https://lunde.example/', 'Lunde', { feedUrl });
    expect((await store.get(id))?.archived).toBeUndefined();
  });
});

describe('a saved challenge the receiver closed', () => {
  it('is kept as the feed has it now, so the popup marks it closed', async () => {
    const { store, id, refresh } = await saved();
    const closed = {
      ...challenge,
      title: 'Ingen bus om aftenen (lukket)',
      status: 'closed' as const,
    };
    expect(await refresh({ challenges: [closed] })).toBe(1);
    const item = await store.get(id);
    expect(item?.challenge?.status).toBe('closed');
    expect(item?.title).toBe(closed.title);
    // The same again: nothing changes.
    expect(await refresh({ challenges: [item!.challenge!] })).toBe(0);
  });
});
