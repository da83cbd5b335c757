import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SCRIPT_ID,
  type ContentScripts,
  restoreScanAll,
  type ScanAllDeps,
  setScanAll,
} from '../../../extension/background/scan-all';
import { DEFAULT_SETTINGS, type Settings } from '../../../extension/settings';

const PROFILE = { ...DEFAULT_SETTINGS.profile, name: 'Mette' };

/** `scripting` and `storage.local` in memory, and `<all_urls>` granted or not. */
function setup({ granted, settings }: { granted: boolean; settings?: Partial<Settings> }) {
  const registered = new Set<string>();
  const scripting = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      ids.filter((id) => registered.has(id)).map((id) => ({ id })),
    ),
    registerContentScripts: vi.fn(
      async (scripts: Parameters<ContentScripts['registerContentScripts']>[0]) => {
        for (const script of scripts) registered.add(script.id);
      },
    ),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      for (const id of ids) registered.delete(id);
    }),
  } satisfies ContentScripts;
  const data: Record<string, unknown> = {
    settings: { ...DEFAULT_SETTINGS, profile: PROFILE, ...settings },
  };
  const permissions = { contains: vi.fn(async () => granted) };
  const deps: ScanAllDeps = {
    permissions,
    scripting,
    storage: {
      get: async (key) => ({ [key]: data[key] }),
      set: async (items) => void Object.assign(data, items),
    },
  };
  return { deps, scripting, registered, permissions, stored: () => data.settings as Settings };
}

describe('"find challenges on every site"', () => {
  it('registers the content script once the permission is granted, and says so', async () => {
    const { deps, scripting, registered, permissions, stored } = setup({ granted: true });
    expect(await setScanAll(true, deps)).toBe(true);
    expect(permissions.contains).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
    expect(scripting.registerContentScripts).toHaveBeenCalledWith([
      {
        id: CONTENT_SCRIPT_ID,
        matches: ['<all_urls>'],
        js: ['content-scripts/detect.js'],
        runAt: 'document_idle',
      },
    ]);
    expect([...registered]).toEqual([CONTENT_SCRIPT_ID]);
    // The rest of the settings stay as they were.
    expect(stored()).toEqual({ ...DEFAULT_SETTINGS, profile: PROFILE, scanAll: true });

    // Asked again: still one registration.
    expect(await setScanAll(true, deps)).toBe(true);
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });

  it('stays off without the permission, whatever the page asked', async () => {
    const { deps, scripting, stored } = setup({ granted: false });
    expect(await setScanAll(true, deps)).toBe(false);
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
    expect(stored().scanAll).toBe(false);
  });

  it('unregisters when switched off', async () => {
    const { deps, scripting, registered, stored } = setup({ granted: true });
    await setScanAll(true, deps);
    expect(await setScanAll(false, deps)).toBe(false);
    expect(scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: [CONTENT_SCRIPT_ID] });
    expect(registered.size).toBe(0);
    expect(stored().scanAll).toBe(false);
  });

  it('unregisters when the permission was taken back in the browser', async () => {
    const { deps, registered, permissions } = setup({ granted: true });
    await setScanAll(true, deps);
    permissions.contains.mockResolvedValue(false);
    expect(await setScanAll(true, deps)).toBe(false);
    expect(registered.size).toBe(0);
  });

  it('registers again on start when opted in (Firefox forgets), and not otherwise', async () => {
    const on = setup({ granted: true, settings: { scanAll: true } });
    await restoreScanAll(on.deps);
    expect([...on.registered]).toEqual([CONTENT_SCRIPT_ID]);

    const off = setup({ granted: true });
    await restoreScanAll(off.deps);
    expect(off.scripting.getRegisteredContentScripts).not.toHaveBeenCalled();
    expect(off.registered.size).toBe(0);
  });
});
