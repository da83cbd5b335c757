/** Runs `fn` only if the named lock is free right now; resolves undefined when it is held elsewhere. */
export type WithLock = <T>(name: string, fn: () => Promise<T>) => Promise<T | undefined>;

/**
 * The Web Locks adapter for the outbox: with `ifAvailable` a second tab does not queue up behind
 * the sender, it simply skips, because the holder sends its items too. Without Web Locks
 * (old browsers, Node) it runs unlocked: the server's idempotency keeps a double send harmless.
 */
export function webLocks(locks: LockManager | undefined = globalThis.navigator?.locks): WithLock {
  if (!locks) return (_name, fn) => fn();
  return async (name, fn) => {
    let result: Awaited<ReturnType<typeof fn>> | undefined;
    await locks.request(name, { ifAvailable: true }, async (lock) => {
      if (lock) result = await fn();
    });
    return result;
  };
}
