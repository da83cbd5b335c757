// The status checks' rate limit (issue 20), counted IN THE DATABASE so every receiver on one
// PostgreSQL shares it: `GET /api/status/:token` counts 1, `POST /api/status` counts one per entry,
// both before any answer is looked up. One row per client key (server/http/client-address.ts) and fixed
// window: a single upsert adds the request's entries only while the sum stays within the limit,
// and PostgreSQL takes the row's lock for it, so of any number of parallel requests on any number
// of receivers exactly the limit's worth of entries are answered. A refused request adds nothing.
// A fixed window lets a client use up to twice the limit across a window's edge; for reading
// statuses that is acceptable (the sign-in throttle, where it is not, keeps a sliding window).
import type { RateLimit } from '../config';
import type { Queryable } from './db';

/** Migration 13. Client addresses, kept one window: not in backups (server/data/backup.ts). */
export const STATUS_CHECK_STATEMENTS: readonly string[] = [
  `CREATE TABLE status_checks (
    client_key text NOT NULL,
    window_start timestamptz NOT NULL,
    used integer NOT NULL,
    PRIMARY KEY (client_key, window_start)
  )`,
  'CREATE INDEX status_checks_window_idx ON status_checks (window_start)',
];

/**
 * Whether the checks may be made: the shape of http/'s RateDecision, written here because data/
 * stands below http/ (a handler answers both the same way).
 */
export type StatusCheckDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** The window a moment falls in: its start, in ms. */
export const windowStart = (now: number, windowMs: number) => Math.floor(now / windowMs) * windowMs;

/**
 * Counts `entries` status checks for a client before they are made: allowed (and counted), or
 * refused with the seconds until the next window (and not counted). More entries than the whole
 * limit are refused without a query.
 */
export async function countStatusChecks(
  db: Queryable,
  key: string,
  entries: number,
  { limit, windowMs }: RateLimit,
  now: number,
): Promise<StatusCheckDecision> {
  const start = windowStart(now, windowMs);
  const retryAfterSeconds = Math.max(1, Math.ceil((start + windowMs - now) / 1000));
  if (entries > limit) return { allowed: false, retryAfterSeconds };
  await db.query('DELETE FROM status_checks WHERE window_start < $1', [new Date(start)]);
  const rows = await db.query<{ used: number }>(
    `INSERT INTO status_checks (client_key, window_start, used) VALUES ($1, $2, $3)
     ON CONFLICT (client_key, window_start)
     DO UPDATE SET used = status_checks.used + EXCLUDED.used
     WHERE status_checks.used + EXCLUDED.used <= $4
     RETURNING used`,
    [key, new Date(start), entries, limit],
  );
  return rows.length > 0 ? { allowed: true } : { allowed: false, retryAfterSeconds };
}
