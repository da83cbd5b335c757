import { randomUUID } from 'node:crypto';
import type { Database } from '../../server/data/db';
import { openDatabase } from '../../server/data/db';
import { openPgliteWorker } from '../../server/data/pglite-client';
import { type RunningReceiver, type StartReceiverOptions, startReceiver } from '../../server/start';
import type { ChallengeInput, Submission } from '../../utils/schema/index';
import { unmigratedTemplatePath } from '../support/pglite-template';
import { freshPostgresDatabase, skipPostgres } from './postgres';

/** A valid envelope of each kind; tests change one field at a time. */
export function validSubmission(kind: Submission['kind'] = 'need'): Submission {
  const base = {
    id: randomUUID(),
    schemaVersion: 1 as const,
    challenge: {
      id: 'ensomhed-lunde',
      title: 'Færre ensomme aftener for ældre i Lunde',
      url: 'https://kommune.example/samskab/ensomhed-lunde',
    },
    text: {
      title: 'Købmandsgården står tom om aftenen',
      body: 'Min mor på 84 sidder alene hver aften.\nHun ville elske et sted at drikke kaffe med andre.',
    },
    author: { actorType: 'relative' as const, name: 'Karen Jensen', email: 'karen@example.dk' },
    consent: { contact: true, textVersion: 'da-2026-11' },
    locale: 'da',
    pageUrl: 'https://kommune.example/samskab',
    source: 'widget' as const,
    clientVersion: '0.1.0',
    createdAt: '2026-11-24T09:00:00.000Z',
    submittedAt: '2026-11-24T09:05:00.000Z',
  };
  if (kind === 'offer') {
    return {
      ...base,
      kind,
      author: { actorType: 'association', organisation: 'Lunde Borgerforening' },
      consent: { contact: false, textVersion: 'da-2026-11' },
      offer: { resourceType: 'venue', availability: 'Tirsdag aften', area: 'Lunde' },
    };
  }
  return { ...base, kind, canHelpImplement: kind === 'proposal' };
}

type Json = Record<string, unknown>;

/** A valid envelope of `kind` as plain JSON, with `value` put at the dotted `path`. */
export function envelopeWith(kind: Submission['kind'], path: string, value: unknown): Json {
  const envelope = structuredClone(validSubmission(kind)) as unknown as Json;
  const keys = path.split('.');
  const last = keys.pop()!;
  const target = keys.reduce((at, key) => at[key] as Json, envelope);
  target[last] = value;
  return envelope;
}

/** The value at a dotted path, undefined when any step is missing. */
export const valueAt = (envelope: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Json | undefined)?.[key], envelope);

/** A challenge that takes no anonymous answers, like "cykelture-for-beboere" in the sample. */
export const NAMED_ONLY_CHALLENGE: ChallengeInput = {
  id: 'cykelture-for-beboere',
  title: 'Cykelture for beboere, der ikke selv kan cykle',
  framing: 'Flere plejecentre har fået rickshaw-cykler, men de står stille.',
  seeking: ['offer'],
  allowAnonymous: false,
  url: 'https://kommune.example/samskab/cykelture',
};

export interface OpenTestDatabase {
  readonly db: Database;
  close(): Promise<void>;
}

/** A database of its own on the run's throwaway PostgreSQL, and the receiver's connection to it. */
export async function openTestPostgres(): Promise<OpenTestDatabase> {
  const database = await freshPostgresDatabase();
  const db = await openDatabase({ kind: 'postgres', url: database.url }).catch(
    async (error: unknown) => {
      await database.drop();
      throw error;
    },
  );
  return {
    db,
    close: async () => {
      await db.close();
      await database.drop();
    },
  };
}

/**
 * The databases the receiver runs on, for tests that must hold on each: in-memory PGlite always,
 * a throwaway PostgreSQL unless SAMSKAB_SKIP_POSTGRES=1 (without PostgreSQL installed, opening it
 * fails with a message saying so: a missing database must not look like a passing test).
 */
/**
 * PGlite in memory before any migration: a database in memory otherwise starts migrated (from the
 * template SAMSKAB_PGLITE_TEMPLATE names, tests/support/pglite-template.ts), and a migration's
 * own test must start before it.
 */
export const openUnmigratedMemoryDatabase = (): Promise<Database> =>
  openPgliteWorker(undefined, { template: unmigratedTemplatePath });

export const TEST_DATABASES: readonly {
  readonly name: string;
  /** A database of its own; `unmigrated` for a migration's test (PostgreSQL's always is). */
  open(options?: { readonly unmigrated?: boolean }): Promise<OpenTestDatabase>;
}[] = [
  {
    name: 'PGlite (in memory)',
    async open(options = {}) {
      const db = await (options.unmigrated
        ? openUnmigratedMemoryDatabase()
        : openDatabase({ kind: 'memory' }));
      return { db, close: () => db.close() };
    },
  },
  ...(skipPostgres ? [] : [{ name: 'PostgreSQL', open: openTestPostgres }]),
];

/**
 * A receiver for tests: in-memory PGlite unless `db` says otherwise, no seeded challenges, no rate
 * limit to speak of, and every unexpected error collected in `errors` (a test that expects none
 * checks it is empty) instead of printed.
 */
export async function startTestReceiver(
  options: Partial<StartReceiverOptions> = {},
): Promise<{ receiver: RunningReceiver; errors: unknown[] }> {
  const errors: unknown[] = [];
  const receiver = await startReceiver({
    database: { kind: 'memory' },
    seed: false,
    rateLimit: { limit: 1_000_000, windowMs: 60_000 },
    logError: (message, error) => errors.push({ message, error }),
    // News goes at once: a test of gathering (tests/server/mail/gathering.test.ts) sets its own.
    mailGatherMs: 0,
    ...options,
  });
  return { receiver, errors };
}

/** POSTs an envelope (or any text) as the widget does, with the body's id as Idempotency-Key. */
export function postSubmission(
  receiver: Pick<RunningReceiver, 'url'>,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const id =
    typeof body === 'object' && body !== null && 'id' in body && typeof body.id === 'string'
      ? body.id
      : undefined;
  return fetch(`${receiver.url}/api/submissions`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(id === undefined ? {} : { 'Idempotency-Key': id }),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
