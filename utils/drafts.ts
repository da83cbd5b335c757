import type { Kind } from './schema/common';
import type { KeyedStore } from './storage/keyed-store';

export type DraftFields = Record<string, string | boolean>;

export type Draft = {
  key: string;
  /** UUID v4 made on the first save; it becomes the submission id and Idempotency-Key. */
  id: string;
  challengeId: string;
  kind: Kind;
  fields: DraftFields;
  createdAt: string;
  updatedAt: string;
};

/** Where drafts are kept: IndexedDB, memory, or the fallback between them. */
export type DraftStoreBackend = KeyedStore<Draft>;

export const draftKey = (challengeId: string, kind: Kind): string => `${challengeId}:${kind}`;

export type DraftDeps = { now?: () => number; uuid?: () => string };

/**
 * One draft per challenge and kind. Discard the draft once its submission is delivered: a new
 * answer must get a new id, or the endpoint would take it for a repeat (409) and ignore it.
 */
export class DraftStore {
  private readonly now: () => number;
  private readonly uuid: () => string;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly backend: DraftStoreBackend,
    deps: DraftDeps = {},
  ) {
    this.now = deps.now ?? Date.now;
    this.uuid = deps.uuid ?? (() => crypto.randomUUID());
  }

  load(challengeId: string, kind: Kind): Promise<Draft | undefined> {
    return this.backend.get(draftKey(challengeId, kind));
  }

  /**
   * Creates the draft (and its id) on the first save; later saves keep id and createdAt. A caller
   * that already knows the stored draft (or knows there is none: `null`) passes it, so the write
   * is issued at once, with no read first: on `pagehide` there is no time for a round trip.
   */
  async save(
    challengeId: string,
    kind: Kind,
    fields: DraftFields,
    known?: Draft | null,
  ): Promise<Draft> {
    const key = draftKey(challengeId, kind);
    const existing = known === undefined ? await this.backend.get(key) : (known ?? undefined);
    const at = new Date(this.now()).toISOString();
    const draft: Draft = {
      key,
      id: existing?.id ?? this.uuid(),
      challengeId,
      kind,
      fields: { ...fields },
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    };
    await this.backend.put(draft);
    this.changed();
    return draft;
  }

  async discard(challengeId: string, kind: Kind): Promise<void> {
    await this.backend.delete(draftKey(challengeId, kind));
    this.changed();
  }

  /**
   * Calls `listener` after every save and discard, so that markers showing which challenges and
   * kinds have a draft follow the forms. Gives the function that removes the listener.
   */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Calls `show` with the kinds that have a draft, per challenge id: now, and after every save and
   * discard until `stop`. `ready` settles after the first read. A read that fails is logged and
   * skipped: a missing marker is better than a missing page, and the drafts are still there.
   */
  followKinds(show: (byChallenge: Map<string, Set<Kind>>) => void): {
    ready: Promise<void>;
    stop(): void;
  } {
    let stopped = false;
    const read = () =>
      this.kindsByChallenge().then(
        (byChallenge) => {
          if (!stopped) show(byChallenge);
        },
        (error: unknown) => console.error('Samskab: drafts could not be listed', error),
      );
    const unsubscribe = this.subscribe(() => void read());
    return {
      ready: read(),
      stop: () => {
        stopped = true;
        unsubscribe();
      },
    };
  }

  /** The kinds with a draft, per challenge id. */
  async kindsByChallenge(): Promise<Map<string, Set<Kind>>> {
    const byChallenge = new Map<string, Set<Kind>>();
    for (const draft of await this.backend.all()) {
      const kinds = byChallenge.get(draft.challengeId) ?? new Set<Kind>();
      kinds.add(draft.kind);
      byChallenge.set(draft.challengeId, kinds);
    }
    return byChallenge;
  }

  private changed() {
    // A failing marker must not fail the save that triggered it.
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (error) {
        console.error('Samskab: a draft listener failed', error);
      }
    }
  }

  /** Most recently edited first. */
  async list(): Promise<Draft[]> {
    return (await this.backend.all()).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }
}

/** Method syntax on purpose: it accepts both the DOM and the Node timer signatures. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type Autosave = { schedule(): void; flushNow(): Promise<void>; cancel(): void };

/**
 * Debounced saving: typing only re-arms a timer, and the save runs `delayMs` after the last
 * keystroke. Saves never overlap. `flushNow` (for pagehide / hidden) saves pending changes at once
 * and resolves when everything scheduled so far is stored.
 */
export function createAutosave(
  save: () => Promise<void>,
  options: Partial<Timers> & { delayMs?: number; onError?: (error: unknown) => void } = {},
): Autosave {
  const delayMs = options.delayMs ?? 400;
  const set = options.setTimeout ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clear =
    options.clearTimeout ??
    ((handle: unknown) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]));
  const onError =
    options.onError ?? ((error: unknown) => console.error('Samskab: draft not saved', error));
  let timer: unknown;
  let pending = false;
  let running: Promise<void> = Promise.resolve();

  const cancel = () => {
    if (pending) clear(timer);
    pending = false;
  };
  const run = () => {
    cancel();
    running = running.then(save).catch(onError);
    return running;
  };
  return {
    schedule() {
      cancel();
      pending = true;
      timer = set(run, delayMs);
    },
    flushNow: () => (pending ? run() : running),
    cancel,
  };
}
