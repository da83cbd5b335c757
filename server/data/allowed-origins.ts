// The sites whose pages may post answers from a browser: SAMSKAB_ALLOWED_ORIGINS (fixed: changed
// only with the environment) and those admins allow in the desk (stored, shared by every receiver
// on the database). CORS asks on every cross-origin request, so the stored list is read at most
// once per `ttlMs` per receiver (and not at all while nobody asks): a change on one receiver
// reaches every other within `ttlMs`, and at once on the receiver where it was made.
import type { Clock } from '../config';
import type { Queryable } from './db';

/** How long a receiver keeps the stored list: with the preflights' Max-Age, under 10 s in all. */
export const ALLOWED_ORIGINS_TTL_MS = 5_000;
/** More than a municipality has sites; a limit so the list each request reads stays small. */
export const STORED_ORIGINS_MAX = 200;

export interface StoredOrigin {
  readonly origin: string;
  readonly addedAt: Date;
  /** The name of the staff member who allowed it. */
  readonly addedBy: string | null;
}

export type AllowOutcome = 'added' | 'already' | 'fixed' | 'full';
export type RemoveOutcome = 'removed' | 'missing' | 'fixed';

export interface AllowedOrigins {
  /** SAMSKAB_ALLOWED_ORIGINS: shown as fixed in the desk, never removed there. */
  readonly fixed: readonly string[];
  /** Every allowed origin, fixed and stored; the stored part at most `ttlMs` old. */
  current(): Promise<ReadonlySet<string>>;
  /** The stored ones as they are in the database now, oldest first (the desk). */
  stored(): Promise<StoredOrigin[]>;
  allow(origin: string, staffId: string | null, now: Date): Promise<AllowOutcome>;
  remove(origin: string): Promise<RemoveOutcome>;
}

export interface AllowedOriginsDeps {
  readonly db: Queryable;
  readonly fixed: readonly string[];
  readonly clock: Clock;
  readonly ttlMs?: number;
  /** A failed read keeps the last list (answers keep flowing) and is said here. */
  readonly logError: (message: string, error: unknown) => void;
}

export function createAllowedOrigins(deps: AllowedOriginsDeps): AllowedOrigins {
  const { db, fixed, clock } = deps;
  const ttlMs = deps.ttlMs ?? ALLOWED_ORIGINS_TTL_MS;
  let cached: ReadonlySet<string> = new Set(fixed);
  let readAt = Number.NEGATIVE_INFINITY;
  // One read at a time: a flood of preflights after the list went stale waits for the same one.
  let reading: Promise<ReadonlySet<string>> | undefined;
  // Bumped by a change made here: a read that began before it must not be taken as fresh.
  let generation = 0;

  const read = async (): Promise<ReadonlySet<string>> => {
    const started = clock();
    const readFor = generation;
    let list = cached;
    try {
      const rows = await db.query<{ origin: string }>('SELECT origin FROM allowed_origins');
      list = new Set([...fixed, ...rows.map((row) => row.origin)]);
    } catch (error) {
      deps.logError('Reading the allowed sites failed; the last list is used', error);
    }
    if (readFor === generation) {
      cached = list;
      // A failed read is not tried again at once: a database that is down is not asked per request.
      readAt = started;
      reading = undefined;
    }
    return list;
  };

  const current = () => {
    if (clock() - readAt < ttlMs) return Promise.resolve(cached);
    reading ??= read();
    return reading;
  };

  /** This receiver sees its own change at once; the others within `ttlMs`. */
  const changed = () => {
    generation += 1;
    readAt = Number.NEGATIVE_INFINITY;
    reading = undefined;
  };

  return {
    fixed,
    current,
    async stored() {
      const rows = await db.query<{ origin: string; added_at: Date; name: string | null }>(
        `SELECT a.origin, a.added_at, s.name FROM allowed_origins a
         LEFT JOIN staff s ON s.id = a.added_by ORDER BY a.added_at, a.origin`,
      );
      return rows.map((row) => ({
        origin: row.origin,
        addedAt: new Date(row.added_at),
        addedBy: row.name,
      }));
    },
    async allow(origin, staffId, now) {
      if (fixed.includes(origin)) return 'fixed';
      // The limit is checked in the statement that inserts, not in a read before it.
      const rows = await db.query<{ origin: string }>(
        `INSERT INTO allowed_origins (origin, added_at, added_by)
         SELECT $1, $2, $3 WHERE (SELECT count(*) FROM allowed_origins) < $4
         ON CONFLICT (origin) DO NOTHING RETURNING origin`,
        [origin, now, staffId, STORED_ORIGINS_MAX],
      );
      changed();
      if (rows.length > 0) return 'added';
      const [present] = await db.query('SELECT 1 FROM allowed_origins WHERE origin = $1', [origin]);
      return present ? 'already' : 'full';
    },
    async remove(origin) {
      if (fixed.includes(origin)) return 'fixed';
      const rows = await db.query<{ origin: string }>(
        'DELETE FROM allowed_origins WHERE origin = $1 RETURNING origin',
        [origin],
      );
      changed();
      return rows.length > 0 ? 'removed' : 'missing';
    },
  };
}
