// The listeners one mount or effect of a page adds, removed together in its cleanup (after
// Hypothesis's `ListenerCollection`). DOM listeners and subscriptions that hand back their own
// unsubscribe (`onBroadcast`) are kept alike. Once removed, the collection stays closed: what an
// async step adds after the cleanup ran is removed at once instead of leaking.

type Target = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export class ListenerCollection {
  private readonly removers = new Set<() => void>();
  private closed = false;

  /** `target.addEventListener(type, listener)` until `removeAll()`. */
  add(target: Target, type: string, listener: (event: Event) => void): void {
    target.addEventListener(type, listener);
    this.track(() => target.removeEventListener(type, listener));
  }

  /** A subscription made elsewhere: `unsubscribe` is called on `removeAll()`. */
  track(unsubscribe: () => void): void {
    if (this.closed) unsubscribe();
    else this.removers.add(unsubscribe);
  }

  get size(): number {
    return this.removers.size;
  }

  removeAll(): void {
    this.closed = true;
    for (const remove of this.removers) remove();
    this.removers.clear();
  }
}
