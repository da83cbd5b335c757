import { describe, expect, it, vi } from 'vitest';
import { isConfirmedEndpoint } from '../../../extension/background/confirmed-endpoint';
import { challengeKey } from '../../../utils/opportunities';

const endpoint = 'https://lunde.example/api/submissions';

function deps(
  saved: Record<string, { endpoint?: string }>,
  granted: string[],
  confirmedList: string[] = [],
) {
  return {
    confirmed: {
      has: async (origin: string) => confirmedList.includes(origin),
      add: async () => undefined,
    },
    saved: vi.fn(async (id: string) => saved[id]),
    permissions: {
      contains: vi.fn(async ({ origins }: { origins: string[] }) =>
        origins.every((o) => granted.includes(o)),
      ),
    },
  };
}

describe('isConfirmedEndpoint', () => {
  const saved = { [challengeKey(endpoint, 'ensomhed')]: { endpoint } };

  it('is true once the challenge is saved and its origin granted', async () => {
    const d = deps(saved, ['https://lunde.example/*']);
    expect(await isConfirmedEndpoint(endpoint, 'ensomhed', d)).toBe(true);
    expect(d.permissions.contains).toHaveBeenCalledWith({ origins: ['https://lunde.example/*'] });
  });

  it('is false for an endpoint no saved challenge names', async () => {
    const d = deps(saved, ['https://lunde.example/*', 'https://evil.example/*']);
    expect(await isConfirmedEndpoint('https://evil.example/collect', 'ensomhed', d)).toBe(false);
    // The same origin, another path: not what the volunteer saw.
    expect(await isConfirmedEndpoint('https://lunde.example/other', 'ensomhed', d)).toBe(false);
    // Another challenge of the same endpoint that was never saved.
    expect(await isConfirmedEndpoint(endpoint, 'andet', d)).toBe(false);
  });

  it('is false when the saved item names another endpoint, or has none', async () => {
    const key = challengeKey(endpoint, 'ensomhed');
    for (const item of [{ endpoint: 'https://evil.example/x' }, {}]) {
      const d = deps({ [key]: item }, ['https://lunde.example/*']);
      expect(await isConfirmedEndpoint(endpoint, 'ensomhed', d)).toBe(false);
    }
  });

  it('is false while the browser has not granted the origin', async () => {
    const d = deps(saved, []);
    expect(await isConfirmedEndpoint(endpoint, 'ensomhed', d)).toBe(false);
  });

  it('in the all-sites mode, is true only for an origin the volunteer confirmed', async () => {
    // `<all_urls>` holds every origin: the browser's answer says nothing about this endpoint.
    const everything = ['<all_urls>', 'https://lunde.example/*', 'https://evil.example/*'];
    const evil = 'https://evil.example/collect';
    const key = challengeKey(evil, 'ensomhed');
    expect(
      await isConfirmedEndpoint(evil, 'ensomhed', deps({ [key]: { endpoint: evil } }, everything)),
    ).toBe(false);
    expect(
      await isConfirmedEndpoint(
        evil,
        'ensomhed',
        deps({ [key]: { endpoint: evil } }, everything, ['https://evil.example']),
      ),
    ).toBe(true);
  });
});
