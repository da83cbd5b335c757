// A value that tells its subscribers when it changes: the shape of a @preact/signals signal,
// without its 8 KB. The widget's answer chunk uses this; the extension passes real signals.
export interface Observable<T> {
  readonly value: T;
  subscribe(listener: (value: T) => void): () => void;
}

export interface Writable<T> extends Observable<T> {
  value: T;
}

export function observable<T>(initial: T): Writable<T> {
  let current = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get value() {
      return current;
    },
    set value(next: T) {
      if (Object.is(next, current)) return;
      current = next;
      for (const listener of listeners) listener(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
