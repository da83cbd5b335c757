import { describe, expect, it, vi } from 'vitest';
import { type SavePageDeps, saveLink, savePage } from '../../../extension/background/save-page';
import { memoryOpportunities, OpportunityStore } from '../../../utils/opportunities';

const TAB = { title: 'Frivillig i Lunde', url: 'https://frivillig.example/1' };
const jobPosting = {
  '@type': 'JobPosting',
  title: 'Lektiehjælper',
  validThrough: '2026-12-15',
  hiringOrganization: { name: 'Lunde Bibliotek' },
};
const meta = (overrides: object = {}) => ({
  title: TAB.title,
  url: `${TAB.url}#top`,
  selection: 'tirsdage',
  jsonld: [JSON.stringify(jobPosting)],
  ...overrides,
});

function setup(readMeta: SavePageDeps['readMeta'], tab: { title?: string; url?: string } = TAB) {
  const store = new OpportunityStore(memoryOpportunities(), { now: () => 1000, uuid: () => 'u1' });
  const deps: SavePageDeps = {
    tab: vi.fn(async () => tab),
    readMeta: vi.fn(readMeta),
    opportunities: Promise.resolve(store),
  };
  return { deps, store };
}

describe('saving a page by hand', () => {
  it('takes title, deadline and organiser from the page’s JSON-LD', async () => {
    const { deps, store } = setup(async () => meta());
    const saved = await savePage(7, deps);
    expect(deps.tab).toHaveBeenCalledWith(7);
    expect(deps.readMeta).toHaveBeenCalledWith(7);
    expect(saved).toEqual({
      id: 'page:u1',
      title: 'Lektiehjælper',
      url: `${TAB.url}#top`,
      note: 'tirsdage',
      status: 'interested',
      deadline: '2026-12-15',
      organiser: 'Lunde Bibliotek',
      savedAt: 1000,
      updatedAt: 1000,
    });
    expect(await store.list()).toEqual([saved]);
  });

  it('falls back to the tab’s title and URL when the page cannot be read', async () => {
    const { deps } = setup(async () => {
      throw new Error('Cannot access contents of the page');
    });
    expect(await savePage(7, deps)).toMatchObject({ title: TAB.title, url: TAB.url, note: '' });
  });

  it('trusts nothing the page returned', async () => {
    const { deps } = setup(async () => ({ ...meta(), title: 'x'.repeat(301) }));
    expect(await savePage(7, deps)).toMatchObject({ title: TAB.title, url: TAB.url });
    expect((await savePage(7, setup(async () => 'junk').deps)).title).toBe(TAB.title);
  });

  it('names an untitled page by its URL', async () => {
    const { deps } = setup(async () => undefined, { url: TAB.url });
    expect(await savePage(7, deps)).toMatchObject({ title: TAB.url, url: TAB.url });
  });

  it('keeps the selected text as the note, over the page’s', async () => {
    const { deps } = setup(async () => meta());
    expect(await savePage(7, deps, { note: 'valgt tekst' })).toMatchObject({ note: 'valgt tekst' });
  });

  it('saves a link by its URL', async () => {
    const { deps } = setup(async () => meta());
    expect(await saveLink('https://frivillig.example/2', 'note', deps)).toMatchObject({
      title: 'https://frivillig.example/2',
      url: 'https://frivillig.example/2',
      note: 'note',
    });
  });
});
