import { describe, expect, it } from 'vitest';
import {
  browserLocale,
  DEFAULT_SETTINGS,
  loadSettings,
  prefillFrom,
  type StorageArea,
  saveSettings,
} from '../../../extension/settings';

function area(
  initial: Record<string, unknown> = {},
): StorageArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('settings', () => {
  it('falls back to the defaults when nothing or junk is stored', async () => {
    expect(await loadSettings(area())).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(area({ settings: { locale: 'fr' } }))).toEqual(DEFAULT_SETTINGS);
  });

  it('speaks the browser’s language until the volunteer chooses one', async () => {
    expect(browserLocale('da')).toBe('da');
    expect(browserLocale('da-DK')).toBe('da');
    expect(browserLocale('en-US')).toBe('en');
    expect(browserLocale('de')).toBe('en');
    expect(browserLocale('dav')).toBe('en');
    expect((await loadSettings(area(), 'en')).locale).toBe('en');
    // A choice made in the settings wins over the browser's language.
    const chosen = area({ settings: { ...DEFAULT_SETTINGS, locale: 'da' } });
    expect((await loadSettings(chosen, 'en')).locale).toBe('da');
  });

  it('stores only valid settings', async () => {
    const store = area();
    const settings = { ...DEFAULT_SETTINGS, locale: 'en' as const };
    await saveSettings(store, settings);
    expect(await loadSettings(store)).toEqual(settings);
    await expect(
      saveSettings(store, { ...settings, profile: { ...settings.profile, name: 'x'.repeat(201) } }),
    ).rejects.toThrow();
  });

  it('prefills only what the volunteer filled in', () => {
    expect(prefillFrom({ ...DEFAULT_SETTINGS.profile, name: 'Mette' })).toEqual({
      actorType: 'volunteer',
      name: 'Mette',
    });
  });
});
