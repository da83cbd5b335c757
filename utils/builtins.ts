// A host page can break the JavaScript built-ins the widget relies on: old libraries add
// `Array.prototype.toJSON` (which double-encodes every array in JSON.stringify) or enumerable
// members of `Object.prototype`, or a script replaces `JSON` or `Promise` with something that
// does not behave. The page cannot be repaired from inside, and a garbled answer is worse than
// none, so the widget checks behaviour (not "native code": monitoring tools legitimately wrap
// `fetch`) before it accepts answers, and refuses with a message naming what is broken.

export type Realm = Pick<typeof globalThis, 'JSON' | 'Promise' | 'fetch' | 'setTimeout'>;

// The Promise of async functions is the realm's intrinsic one, whatever `window.Promise` is now.
const IntrinsicPromise = (async () => undefined)().constructor as PromiseConstructor;

function arraysWork(): boolean {
  const list = [3, 1, 2];
  return (
    list.map((n) => n * 2).join(',') === '6,2,4' &&
    list.filter((n) => n > 1).length === 2 &&
    list.slice(1).indexOf(2) === 1 &&
    list.some((n) => n === 1) &&
    list.find((n) => n > 2) === 3 &&
    list.includes(2) &&
    [...list].sort().join(',') === '1,2,3' &&
    Array.from('ab').length === 2
  );
}

function objectsWork(): boolean {
  for (const _ in {}) return false;
  return Object.keys({ a: 1 }).join() === 'a' && Object.assign({}, { a: 1 }).a === 1;
}

function jsonWorks(realm: Realm): boolean {
  const value = { a: [1, 'æ', null], b: { c: true } };
  const text = realm.JSON.stringify(value);
  return text === '{"a":[1,"æ",null],"b":{"c":true}}' && realm.JSON.parse(text).a[1] === 'æ';
}

async function promisesWork(realm: Realm): Promise<boolean> {
  const settled = new realm.Promise<number>((resolve) => resolve(1)).then((n) => n + 1);
  const late = new IntrinsicPromise<number>((resolve) => realm.setTimeout(() => resolve(0), 1000));
  return (await IntrinsicPromise.race([settled, late])) === 2;
}

/** The names of the built-ins that do not behave; empty when the page is fine. */
export async function brokenBuiltins(realm: Realm = globalThis): Promise<string[]> {
  const checks: [string, () => boolean | Promise<boolean>][] = [
    ['Array.prototype', arraysWork],
    ['Object.prototype', objectsWork],
    ['JSON', () => jsonWorks(realm)],
    ['Promise', () => promisesWork(realm)],
    ['fetch', () => typeof realm.fetch === 'function'],
  ];
  const broken: string[] = [];
  for (const [name, works] of checks) {
    try {
      if (!(await works())) broken.push(name);
    } catch {
      broken.push(name);
    }
  }
  return broken;
}
