import { describe, expect, it, vi } from 'vitest';
import {
  type ContextMenuDeps,
  createContextMenu,
  MENU_ID,
} from '../../../extension/background/context-menu';
import { DEFAULT_SETTINGS } from '../../../extension/settings';
import { memoryOpportunities, OpportunityStore } from '../../../utils/opportunities';

const TAB = { title: 'Frivillig i Lunde', url: 'https://frivillig.example/1' };

function setup(locale: 'da' | 'en' = 'da') {
  const store = new OpportunityStore(memoryOpportunities(), { uuid: () => 'u1' });
  const data: Record<string, unknown> = { settings: { ...DEFAULT_SETTINGS, locale } };
  const deps = {
    tab: vi.fn(async () => TAB),
    readMeta: vi.fn(async (): Promise<unknown> => {
      throw new Error('no access');
    }),
    opportunities: store,
    contextMenus: {
      removeAll: vi.fn(async () => undefined),
      create: vi.fn(() => MENU_ID),
      update: vi.fn(async () => undefined),
    },
    storage: {
      get: async (key: string) => ({ [key]: data[key] }),
      set: async (items: Record<string, unknown>) => void Object.assign(data, items),
    },
    uiLocale: 'da' as const,
    error: vi.fn(),
  } satisfies ContextMenuDeps;
  return { menu: createContextMenu(deps), deps, store, data };
}

describe('the "Save to Samskab" menu', () => {
  it('is made afresh on install, in the volunteer’s language', async () => {
    const { menu, deps } = setup();
    await menu.install();
    expect(deps.contextMenus.removeAll).toHaveBeenCalled();
    expect(deps.contextMenus.create).toHaveBeenCalledWith({
      id: MENU_ID,
      title: 'Gem i Samskab',
      contexts: ['page', 'selection', 'link'],
    });
    const english = setup('en');
    await english.menu.install();
    expect(english.deps.contextMenus.create).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Save to Samskab' }),
    );
  });

  it('is renamed when the language changes, and only then', async () => {
    const { menu, deps, data } = setup();
    await menu.storageChanged({ other: {} }, 'local');
    await menu.storageChanged({ settings: {} }, 'session');
    expect(deps.contextMenus.update).not.toHaveBeenCalled();
    data.settings = { ...DEFAULT_SETTINGS, locale: 'en' };
    await menu.storageChanged({ settings: {} }, 'local');
    expect(deps.contextMenus.update).toHaveBeenCalledWith(MENU_ID, { title: 'Save to Samskab' });
    // A menu that is gone (not yet installed) is no error.
    deps.contextMenus.update.mockRejectedValueOnce(new Error('no such item'));
    await expect(menu.storageChanged({ settings: {} }, 'local')).resolves.toBeUndefined();
  });

  it('saves the page with the selected text as its note', async () => {
    const { menu, deps } = setup();
    const saved = await menu.clicked(
      { menuItemId: MENU_ID, selectionText: `  ${'x'.repeat(5000)}` },
      { id: 7 },
    );
    expect(deps.tab).toHaveBeenCalledWith(7);
    expect(saved).toMatchObject({ title: TAB.title, url: TAB.url });
    expect(saved?.note).toHaveLength(4000);
  });

  it('saves a clicked link, not the page', async () => {
    const { menu, deps, store } = setup();
    const link = 'https://frivillig.example/2';
    expect(await menu.clicked({ menuItemId: MENU_ID, linkUrl: link }, { id: 7 })).toMatchObject({
      title: link,
      url: link,
      note: '',
    });
    expect(deps.tab).not.toHaveBeenCalled();
    expect(await store.list()).toHaveLength(1);
  });

  it('ignores other menu items, and logs a save that failed', async () => {
    const { menu, deps, store } = setup();
    expect(await menu.clicked({ menuItemId: 'other' }, { id: 7 })).toBeUndefined();
    expect(await store.list()).toEqual([]);
    // No tab and no link: nothing valid to save.
    expect(await menu.clicked({ menuItemId: MENU_ID }, undefined)).toBeUndefined();
    expect(deps.error).toHaveBeenCalledWith('Samskab: page not saved', expect.anything());
    expect(await store.list()).toEqual([]);
  });
});
