// The sites this receiver refused (a preflight, an answer or a status check from a page whose
// origin is not allowed, or the embed check saying no), so that the desk can show a webmaster's
// new page before any citizen's answer waits for it. Counted in memory, in a summary of bounded
// size that keeps the most refused (server/data/top-origins.ts), and added to the database's
// counts at most every `flushEveryMs`: a flood of refused requests costs no write per request.
// The database keeps the `keep` most refused sites; the least-seen go first. Only the origin,
// the times and the count are kept: no answer, no address, nothing else of the request.
import type { Clock } from '../config';
import type { Database, Queryable } from './db';
import { TopKeys } from './top-origins';

/** Sites counted between two writes: far more than the sites that really embed the widget. */
export const REFUSED_IN_MEMORY = 256;
/** Sites the database keeps. */
export const REFUSED_KEPT = 256;
/** How often the counts are written while there are any. */
export const REFUSED_FLUSH_MS = 5_000;
/** Counts stop here rather than overflow the column. */
const COUNT_MAX = 2_000_000_000;

export interface RefusedOrigin {
  readonly origin: string;
  readonly firstSeen: Date;
  readonly lastSeen: Date;
  readonly count: number;
}

export interface RefusedOrigins {
  /** Counts one refusal of `origin`, which must be a page origin (server/http/origin.ts). */
  record(origin: string): void;
  /** Writes what was counted since the last write. */
  flush(): Promise<void>;
  /** The most refused sites, after writing this receiver's counts. */
  list(limit: number): Promise<RefusedOrigin[]>;
  /** Takes a site off the list (it was just allowed). */
  forget(origin: string): Promise<void>;
  /** Writes the last counts and stops the timer. */
  close(): Promise<void>;
}

export interface RefusedOriginsDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly logError: (message: string, error: unknown) => void;
  readonly inMemory?: number;
  readonly keep?: number;
  readonly flushEveryMs?: number;
}

/** Adds counts to the table and trims it: one transaction, two statements, whatever the counts. */
export async function addRefusedCounts(
  tx: Queryable,
  counts: readonly RefusedOrigin[],
  keep: number,
): Promise<void> {
  const rows = counts.map((seen) => ({
    origin: seen.origin,
    first_seen: seen.firstSeen.toISOString(),
    last_seen: seen.lastSeen.toISOString(),
    count: Math.min(seen.count, COUNT_MAX),
  }));
  await tx.query(
    `INSERT INTO refused_origins (origin, first_seen, last_seen, count)
     SELECT r.origin, r.first_seen, r.last_seen, r.count
     FROM json_to_recordset($1::json)
       AS r(origin text, first_seen timestamptz, last_seen timestamptz, count integer)
     ON CONFLICT (origin) DO UPDATE SET
       first_seen = LEAST(refused_origins.first_seen, excluded.first_seen),
       last_seen = GREATEST(refused_origins.last_seen, excluded.last_seen),
       count = LEAST(refused_origins.count::bigint + excluded.count, ${COUNT_MAX})::integer`,
    [JSON.stringify(rows)],
  );
  await tx.query(
    `DELETE FROM refused_origins WHERE origin IN (
       SELECT origin FROM refused_origins ORDER BY count DESC, last_seen DESC, origin OFFSET $1)`,
    [keep],
  );
}

/** Two lists of counts as one, summed by origin, the most refused first. */
export function mergeCounts(
  a: readonly RefusedOrigin[],
  b: readonly RefusedOrigin[],
): RefusedOrigin[] {
  const merged = new Map<string, RefusedOrigin>();
  for (const seen of [...a, ...b]) {
    const known = merged.get(seen.origin);
    merged.set(
      seen.origin,
      known
        ? {
            origin: seen.origin,
            firstSeen: known.firstSeen < seen.firstSeen ? known.firstSeen : seen.firstSeen,
            lastSeen: known.lastSeen > seen.lastSeen ? known.lastSeen : seen.lastSeen,
            count: known.count + seen.count,
          }
        : seen,
    );
  }
  return [...merged.values()].sort(
    (x, y) => y.count - x.count || y.lastSeen.getTime() - x.lastSeen.getTime(),
  );
}

export function createRefusedOrigins(deps: RefusedOriginsDeps): RefusedOrigins {
  const { db, clock } = deps;
  const keep = deps.keep ?? REFUSED_KEPT;
  const flushEveryMs = deps.flushEveryMs ?? REFUSED_FLUSH_MS;
  let counting = new TopKeys(deps.inMemory ?? REFUSED_IN_MEMORY);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let closed = false;

  // Counts a failed write could not store, written with the next (at most `keep` of them).
  let unwritten: RefusedOrigin[] = [];

  const write = async () => {
    if (counting.size === 0 && unwritten.length === 0) return;
    const counted = counting;
    counting = new TopKeys(counted.capacity);
    const counts = mergeCounts(
      unwritten,
      counted.list().map((seen) => ({
        origin: seen.key,
        firstSeen: new Date(seen.firstSeen),
        lastSeen: new Date(seen.lastSeen),
        count: seen.count,
      })),
    ).slice(0, keep);
    try {
      await db.transaction((tx) => addRefusedCounts(tx, counts, keep));
      unwritten = [];
    } catch (error) {
      unwritten = counts;
      deps.logError('Writing the refused sites failed; tried again with the next counts', error);
    }
  };

  /** One write at a time, in order. */
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    writing = writing.then(write);
    return writing;
  };

  return {
    record(origin) {
      if (closed) return;
      counting.see(origin, clock());
      if (timer === undefined) {
        timer = setTimeout(() => void flush(), flushEveryMs);
        // A receiver with nothing else to do may exit; close() writes what is left.
        timer.unref?.();
      }
    },
    flush,
    async list(limit) {
      await flush();
      const rows = await db.query<{
        origin: string;
        first_seen: Date;
        last_seen: Date;
        count: number;
      }>(
        `SELECT origin, first_seen, last_seen, count FROM refused_origins
         ORDER BY count DESC, last_seen DESC, origin LIMIT $1`,
        [limit],
      );
      return rows.map((row) => ({
        origin: row.origin,
        firstSeen: new Date(row.first_seen),
        lastSeen: new Date(row.last_seen),
        count: row.count,
      }));
    },
    async forget(origin) {
      counting.delete(origin);
      unwritten = unwritten.filter((seen) => seen.origin !== origin);
      await writing;
      await db.query('DELETE FROM refused_origins WHERE origin = $1', [origin]);
    },
    async close() {
      closed = true;
      await flush();
    },
  };
}
