import { describe, expect, it, vi } from 'vitest';
import {
  ensureOriginPermission,
  originPattern,
  PermissionDenied,
} from '../../../extension/origin-permission';

const fake = (has: boolean, grants: boolean) => ({
  contains: vi.fn(async () => has),
  request: vi.fn(async () => grants),
});

describe('ensureOriginPermission', () => {
  it('asks for the endpoint origin only, and only the first time', async () => {
    const granted = fake(true, false);
    await ensureOriginPermission('https://lunde.dk/api/submissions?x=1', granted);
    expect(granted.request).not.toHaveBeenCalled();

    const first = fake(false, true);
    await ensureOriginPermission('http://127.0.0.1:8080/api/submissions', first);
    expect(first.request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });

  it('refuses to send when the volunteer says no', async () => {
    await expect(
      ensureOriginPermission('https://lunde.dk/api', fake(false, false)),
    ).rejects.toThrow(PermissionDenied);
  });

  it('builds match patterns from scheme and host alone', () => {
    expect(originPattern('https://user.example:8443/a/b?c#d')).toBe('https://user.example/*');
  });
});
