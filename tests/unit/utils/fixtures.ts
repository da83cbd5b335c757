import type { DetectedConfig } from '../../../utils/detect';
import type { OutboxItem } from '../../../utils/outbox';
import type { Submission } from '../../../utils/schema/submission';

let counter = 0;

/** A valid envelope; ids are UUID v4 and unique per call unless given. */
export function submission(overrides: Partial<Submission> = {}): Submission {
  counter++;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return {
    id,
    schemaVersion: 1,
    kind: 'need',
    challenge: { id: 'ensomhed-lunde', title: 'Færre ensomme aftener for ældre i Lunde' },
    text: { body: 'Mange ældre på Bøgevej ser ingen om aftenen.' },
    author: { actorType: 'citizen' },
    consent: { contact: false, textVersion: '2026-01' },
    locale: 'da',
    pageUrl: 'https://kommune.example/samskab',
    source: 'widget',
    clientVersion: '0.1.0',
    createdAt: '2026-11-01T10:00:00.000Z',
    submittedAt: '2026-11-01T10:05:00.000Z',
    ...overrides,
  };
}

/** A new answer as the outbox stores it: queued, due now. */
export function queuedItem(): OutboxItem {
  const sub = submission();
  return {
    id: sub.id,
    submission: sub,
    endpoint: 'https://kommune.example/api',
    state: 'queued',
    attempts: 0,
    nextAttemptAt: 0,
    queuedAt: 0,
  };
}

export type Call = { url: string; init: RequestInit; key: string };

/**
 * A fetch that records calls and answers from `respond`. The Response is built per call, since a
 * body can be read only once.
 */
export function fakeFetch(respond: (call: Call, index: number) => Response | Promise<Response>) {
  const calls: Call[] = [];
  // Like window.fetch, refuse to be called as a method of another object ("Illegal invocation").
  const fetch = async function (
    this: unknown,
    input: RequestInfo | URL,
    init: RequestInit = {},
  ): Promise<Response> {
    if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
    const headers = new Headers(init.headers);
    const call = { url: String(input), init, key: headers.get('Idempotency-Key') ?? '' };
    calls.push(call);
    return respond(call, calls.length - 1);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

/** An in-process LockManager with the `ifAvailable` semantics of the Web Locks API. */
export function fakeLockManager(): LockManager {
  const held = new Set<string>();
  const request = async (
    name: string,
    options: LockOptions,
    callback: (lock: Lock | null) => unknown,
  ) => {
    if (held.has(name)) {
      if (options.ifAvailable) return callback(null);
      throw new Error('fake lock manager only supports ifAvailable');
    }
    held.add(name);
    try {
      return await callback({ name, mode: 'exclusive' });
    } finally {
      held.delete(name);
    }
  };
  return { request, query: async () => ({}) } as unknown as LockManager;
}

/** One embed's settings as the detector reports them: none set but those in `set`. */
export const detectedConfig = (set: Partial<DetectedConfig> = {}): DetectedConfig => ({
  endpoint: null,
  challenges: null,
  challenge: null,
  locale: null,
  privacyUrl: null,
  colorScheme: null,
  ...set,
});
