import { describe, expect, it } from 'vitest';
import { webLocks } from '../../../utils/locks';
import { fakeLockManager } from './fixtures';

describe('webLocks', () => {
  it('runs the function under the lock and returns its result', async () => {
    const withLock = webLocks(fakeLockManager());
    expect(await withLock('samskab-outbox', async () => 42)).toBe(42);
  });

  it('skips (undefined) when the lock is held elsewhere, instead of waiting', async () => {
    const withLock = webLocks(fakeLockManager());
    let ran = false;
    let release = () => {};
    const holder = withLock('samskab-outbox', () => new Promise<void>((r) => (release = r)));
    expect(
      await withLock('samskab-outbox', async () => {
        ran = true;
      }),
    ).toBeUndefined();
    expect(ran).toBe(false);
    expect(await withLock('another-lock', async () => 'free')).toBe('free');
    release();
    await holder;
    expect(await withLock('samskab-outbox', async () => 'again')).toBe('again');
  });

  it('asks the LockManager with ifAvailable', async () => {
    const asked: LockOptions[] = [];
    const locks = {
      request: async (_name: string, options: LockOptions, cb: (lock: Lock | null) => unknown) => {
        asked.push(options);
        return cb({ name: _name, mode: 'exclusive' });
      },
    } as unknown as LockManager;
    await webLocks(locks)('samskab-outbox', async () => {});
    expect(asked).toEqual([{ ifAvailable: true }]);
  });

  it('runs without a lock where Web Locks are missing', async () => {
    const withLock = webLocks(undefined);
    expect(await withLock('samskab-outbox', async () => 'ran')).toBe('ran');
  });

  it('propagates errors so the caller sees a failed flush', async () => {
    const withLock = webLocks(fakeLockManager());
    await expect(
      withLock('x', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
  });
});
