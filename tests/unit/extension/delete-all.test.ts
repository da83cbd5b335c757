import { describe, expect, it, vi } from 'vitest';
import { type DeleteAllDeps, deleteAll } from '../../../extension/background/delete-all';
import { OUTBOX_ALARM } from '../../../extension/background/outbox-worker';

const REQUIRED = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Every step records itself, so the order is checked as well as what was done. */
function setup(granted: string[] = [...REQUIRED, 'https://lunde.example/*', '<all_urls>']) {
  const steps: string[] = [];
  const step =
    <T>(name: string, value?: T) =>
    async (...args: unknown[]) => {
      steps.push(args.length ? `${name} ${JSON.stringify(args)}` : name);
      return value as T;
    };
  const deps = {
    stores: Promise.resolve({ forgetAll: vi.fn(step('drafts and outbox')) }),
    opportunities: Promise.resolve({ clear: vi.fn(step('saved list')) }),
    alarms: { clear: vi.fn(step('alarm', true)) },
    setScanAll: vi.fn(step('content script', false)),
    storage: {
      local: { clear: vi.fn(step('storage.local')) },
      session: { clear: vi.fn(step('storage.session')) },
    },
    permissions: {
      getAll: vi.fn(async () => ({ origins: granted })),
      remove: vi.fn(step('permissions', true)),
    },
    requiredOrigins: REQUIRED,
    forgetTabs: vi.fn(() => void steps.push('tabs')),
    deleted: vi.fn(() => void steps.push('broadcast')),
  } satisfies DeleteAllDeps;
  return { deps, steps };
}

describe('"delete all my data"', () => {
  it('removes everything, then tells the pages', async () => {
    const { deps, steps } = setup();
    await deleteAll(deps);
    expect(steps).toEqual([
      'drafts and outbox',
      'saved list',
      `alarm ${JSON.stringify([OUTBOX_ALARM])}`,
      'content script [false]',
      'storage.local',
      // Only what was granted at runtime: the manifest's own permissions cannot go.
      `permissions ${JSON.stringify([{ origins: ['https://lunde.example/*', '<all_urls>'] }])}`,
      'storage.session',
      'tabs',
      'broadcast',
    ]);
  });

  it('asks to remove no permission when none was granted', async () => {
    const { deps } = setup(REQUIRED);
    await deleteAll(deps);
    expect(deps.permissions.remove).not.toHaveBeenCalled();
    expect(deps.deleted).toHaveBeenCalled();
  });

  it('goes on when the content script, a permission or storage.session cannot be removed', async () => {
    const { deps, steps } = setup();
    deps.setScanAll.mockRejectedValueOnce(new Error('no scripting'));
    deps.permissions.remove.mockRejectedValueOnce(new Error('required'));
    deps.storage.session.clear.mockRejectedValueOnce(new Error('no session'));
    await deleteAll(deps);
    expect(steps).toEqual([
      'drafts and outbox',
      'saved list',
      expect.any(String),
      'storage.local',
      'tabs',
      'broadcast',
    ]);
    // Firefox before 115 has no storage.session.
    await deleteAll({ ...deps, storage: { local: deps.storage.local } });
  });

  it('fails, and tells no page, when the databases cannot be cleared', async () => {
    const { deps } = setup();
    deps.stores = Promise.resolve({
      forgetAll: vi.fn(async () => {
        throw new Error('disk full');
      }),
    });
    await expect(deleteAll(deps)).rejects.toThrow('disk full');
    expect(deps.deleted).not.toHaveBeenCalled();
  });
});
