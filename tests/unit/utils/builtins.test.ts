import { afterEach, describe, expect, it } from 'vitest';
import { brokenBuiltins, type Realm } from '../../../utils/builtins';

const restore: (() => void)[] = [];
afterEach(() => {
  for (const undo of restore.splice(0)) undo();
});

/** Changes a property of a built-in for one test, as a careless host page would. */
function tamper<T extends object>(target: T, key: PropertyKey, value: unknown, enumerable = true) {
  const before = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, enumerable, configurable: true, writable: true });
  restore.push(() => {
    if (before) Object.defineProperty(target, key, before);
    else delete (target as Record<PropertyKey, unknown>)[key];
  });
}

// Spreading globalThis would copy none of these: built-ins are not enumerable.
const realm = (changes: Partial<Realm>): Realm => ({
  JSON,
  Promise,
  fetch,
  setTimeout,
  ...changes,
});

describe('brokenBuiltins', () => {
  it('finds nothing wrong in an untouched realm', async () => {
    expect(await brokenBuiltins()).toEqual([]);
  });

  it('names JSON when arrays carry a toJSON of their own (old Prototype.js)', async () => {
    tamper(Array.prototype, 'toJSON', function (this: unknown[]) {
      return JSON.stringify(this.slice());
    });
    expect(await brokenBuiltins()).toEqual(['JSON']);
  });

  it('names Object.prototype when it has enumerable members', async () => {
    tamper(Object.prototype, 'polluted', 'yes');
    expect(await brokenBuiltins()).toContain('Object.prototype');
  });

  it('names Array.prototype when a method misbehaves', async () => {
    tamper(Array.prototype, 'map', () => [], false);
    expect(await brokenBuiltins()).toContain('Array.prototype');
  });

  it('names JSON when stringify is replaced', async () => {
    const stringify = () => '{}';
    expect(
      await brokenBuiltins(realm({ JSON: { parse: JSON.parse, stringify } as unknown as JSON })),
    ).toEqual(['JSON']);
  });

  it('names Promise when the page’s Promise never settles', async () => {
    // Ignores its executor: nothing it makes ever settles.
    class Stuck<T> extends Promise<T> {
      constructor(_executor: unknown) {
        super(() => undefined);
      }
    }
    const soon = ((fn: () => void) => globalThis.setTimeout(fn, 10)) as typeof setTimeout;
    expect(
      await brokenBuiltins(realm({ Promise: Stuck as PromiseConstructor, setTimeout: soon })),
    ).toEqual(['Promise']);
  });

  it('accepts a replacement Promise that behaves, and a wrapped fetch', async () => {
    class Polyfill<T> extends Promise<T> {}
    const wrapped = (...args: Parameters<typeof fetch>) => fetch(...args);
    const changes = { Promise: Polyfill as PromiseConstructor, fetch: wrapped };
    expect(await brokenBuiltins(realm(changes))).toEqual([]);
  });

  it('names fetch when there is none', async () => {
    const missing = undefined as unknown as typeof fetch;
    expect(await brokenBuiltins(realm({ fetch: missing }))).toEqual(['fetch']);
  });
});
