import { describe, expect, it, vi } from 'vitest';
import {
  confirmedOrigins,
  ensureOriginPermission,
  originPattern,
  PermissionDenied,
} from '../../../extension/origin-permission';

/** The browser's permissions (granted patterns), the stored list, and the panel's own question. */
function gate(granted: string[], grants: boolean, says: boolean, confirmed: string[] = []) {
  const stored: Record<string, unknown> = { confirmedOrigins: [...confirmed] };
  return {
    stored,
    permissions: {
      contains: vi.fn(async ({ origins }: { origins: string[] }) =>
        origins.every((o) => granted.includes(o)),
      ),
      request: vi.fn(async () => grants),
    },
    confirmed: confirmedOrigins({
      get: async (key) => ({ [key]: stored[key] }),
      set: async (items) => {
        Object.assign(stored, items);
      },
    }),
    confirm: vi.fn(async () => says),
  };
}

describe('ensureOriginPermission', () => {
  it('asks the browser for the endpoint origin only, and only the first time', async () => {
    const granted = gate(['https://lunde.dk/*'], false, false);
    await ensureOriginPermission('https://lunde.dk/api/submissions?x=1', granted);
    expect(granted.permissions.request).not.toHaveBeenCalled();
    expect(granted.confirm).not.toHaveBeenCalled();

    const first = gate([], true, false);
    await ensureOriginPermission('http://127.0.0.1:8080/api/submissions', first);
    expect(first.permissions.request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(first.confirm).not.toHaveBeenCalled();
    // Remembered, so that turning on "every site" later does not ask again.
    expect(first.stored.confirmedOrigins).toEqual(['http://127.0.0.1:8080']);
  });

  it('refuses to send when the volunteer says no to the browser', async () => {
    await expect(
      ensureOriginPermission('https://lunde.dk/api', gate([], false, true)),
    ).rejects.toThrow(PermissionDenied);
  });

  it('in the all-sites mode, asks the volunteer for each new origin itself', async () => {
    const everything = ['<all_urls>', 'https://lunde.dk/*', 'https://evil.example/*'];
    const yes = gate(everything, true, true);
    await ensureOriginPermission('https://evil.example/collect', yes);
    expect(yes.confirm).toHaveBeenCalledWith('https://evil.example');
    expect(yes.permissions.request).not.toHaveBeenCalled();
    expect(yes.stored.confirmedOrigins).toEqual(['https://evil.example']);
    // The second answer to the same origin goes without a question.
    await ensureOriginPermission('https://evil.example/collect', yes);
    expect(yes.confirm).toHaveBeenCalledTimes(1);
    // Another origin is asked again.
    await ensureOriginPermission('https://lunde.dk/api', yes);
    expect(yes.confirm).toHaveBeenCalledTimes(2);

    const no = gate(everything, true, false);
    await expect(ensureOriginPermission('https://evil.example/collect', no)).rejects.toThrow(
      PermissionDenied,
    );
    expect(no.stored.confirmedOrigins).toEqual([]);
  });

  it('keeps only strings from storage', async () => {
    const list = confirmedOrigins({
      get: async () => ({ confirmedOrigins: ['https://a.example', 7, null] }),
      set: async () => undefined,
    });
    expect(await list.has('https://a.example')).toBe(true);
    expect(await list.has('7')).toBe(false);
  });

  it('builds match patterns from scheme and host alone', () => {
    expect(originPattern('https://user.example:8443/a/b?c#d')).toBe('https://user.example/*');
  });
});
