import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

async function manifest(browser: 'chrome' | 'firefox', mode = 'production') {
  const fn = config.manifest;
  if (typeof fn !== 'function') throw new Error('manifest is not a function');
  return (await fn({
    browser,
    mode,
    command: 'build',
    manifestVersion: browser === 'chrome' ? 3 : 2,
  })) as Record<string, unknown>;
}

describe('manifest', () => {
  it('asks for no host permission at install in the shipped Chrome build', async () => {
    const chrome = await manifest('chrome');
    expect(chrome.host_permissions).toBeUndefined();
    expect(chrome.optional_host_permissions).toEqual(['<all_urls>']);
    expect(chrome.permissions).toEqual([
      'storage',
      'activeTab',
      'scripting',
      'alarms',
      'contextMenus',
      'sidePanel',
    ]);
  });

  it('gives Firefox its id, data consent and optional origins, without sidePanel', async () => {
    const firefox = await manifest('firefox');
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(firefox.optional_permissions).toEqual(['<all_urls>']);
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: {
        id: 'samskab@samskab.dk',
        data_collection_permissions: { required: expect.any(Array) },
      },
    });
  });

  it('grants the loopback receiver only in the e2e build', async () => {
    expect((await manifest('chrome', 'e2e')).host_permissions).toEqual([
      'http://127.0.0.1/*',
      'http://localhost/*',
    ]);
  });
});
