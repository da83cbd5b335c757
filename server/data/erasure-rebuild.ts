// What an erasure leaves in the database's files, and clearing it. An UPDATE or DELETE does not
// overwrite the old row: PostgreSQL writes a new version and leaves the old one (the erased text,
// e-mail, phone, note) in the table's file until its space is reused, in the indexes that point
// at it (e-mail, phone, the search index), and in the write-ahead log (WAL). So every erasure,
// removal of contact details and deletion of an address for update mails notes, in the same
// transaction, that a rebuild is due; the receiver rebuilds at start and then at most every
// ERASURE_REBUILD_INTERVAL_MS when one is due (batched: many erasures, one rebuild).
//
// - PGlite: `VACUUM FULL` writes each table holding personal data anew and rebuilds every index on
//   it (so no separate REINDEX); the old files are truncated at once. Then the WAL is moved on:
//   segments are no longer recycled (a recycled segment is renamed, not emptied), and the
//   segment holding the erasure is switched away from and removed at a CHECKPOINT, again until
//   the segment in use is a new one (old recycled segments may wait ahead). PGlite holds the
//   database meanwhile: answers wait, about 2 s per 10,000 answers on a small server.
// - PostgreSQL: `VACUUM` (no lock against reads or writes, so several receivers keep taking
//   answers) removes the old versions and their index entries; their bytes stay in the files
//   until the space is reused. VACUUM FULL would take an exclusive lock on the answers for its
//   whole run, and the WAL, its archive and replicas belong to the database's operators:
//   README.md says what to run in a maintenance window.
import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from './db';

/** Every table an erasure, the retention period or an expired address changes. */
export const TABLES_WITH_PERSONAL_DATA = [
  'submissions',
  'answer_notes',
  'answer_events',
  'answer_update_addresses',
  // The addresses themselves (server/data/recipients.ts): deleted or unsubscribed.
  'mail_recipients',
  'audit_log',
] as const;

/** How often the receiver looks whether a rebuild is due. */
export const ERASURE_REBUILD_INTERVAL_MS = 10 * 60 * 1000;

const DUE_KEY = 'erasure.rebuild-due';
/** At most this many WAL segments are switched away from in one rebuild. */
const MAX_WAL_SWITCHES = 100;

/** Notes that personal data was just erased or deleted: the tables are to be rebuilt. */
export async function noteRebuildDue(db: Queryable, now: Date): Promise<void> {
  // A new value each time: a rebuild clears only the value it started from (below).
  await db.query(
    `INSERT INTO desk_settings (key, value) VALUES ($1, $2)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [DUE_KEY, `${now.toISOString()} ${randomUUID()}`],
  );
}

export async function rebuildDue(db: Queryable): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM desk_settings WHERE key = $1', [DUE_KEY]);
  return rows.length > 0;
}

/**
 * Rebuilds the tables holding personal data if an erasure asked for it since the last rebuild;
 * returns whether it did. An erasure during the rebuild leaves the next one due.
 */
export async function rebuildAfterErasures(db: Database): Promise<boolean> {
  const [due] = await db.query<{ value: string }>(
    'SELECT value FROM desk_settings WHERE key = $1',
    [DUE_KEY],
  );
  if (!due) return false;
  const present = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_name = ANY(string_to_array($1, ','))`,
    [TABLES_WITH_PERSONAL_DATA.join(',')],
  );
  // Names from the list above, never from input.
  const tables = present.map((row) => `"${row.name}"`).join(', ');
  if (db.kind === 'pglite') {
    if (tables) await db.query(`VACUUM FULL ${tables}`);
    await leaveWalSegmentsBehind(db);
  } else if (tables) {
    await db.query(`VACUUM (INDEX_CLEANUP ON) ${tables}`);
  }
  await db.query('DELETE FROM desk_settings WHERE key = $1 AND value = $2', [DUE_KEY, due.value]);
  return true;
}

/**
 * Makes PGlite's WAL hold nothing written before now: each round switches to the next segment
 * and checkpoints, which removes the segments before it. A segment made by recycling (renamed
 * from an old one, with its old bytes) may already wait ahead: the rounds go on until the switch
 * was made from a segment with none ahead, so the one in use is new (made zero-filled).
 */
async function leaveWalSegmentsBehind(db: Queryable): Promise<void> {
  // For this session: PGlite is one session, so from now on segments are removed, not recycled.
  await db.query('SET wal_recycle = off');
  for (let round = 0; round < MAX_WAL_SWITCHES; round++) {
    const [ahead] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_ls_waldir()
       WHERE name ~ '^[0-9A-F]{24}$' AND name > pg_walfile_name(pg_current_wal_insert_lsn())`,
    );
    await db.query('SELECT pg_switch_wal()');
    await db.query('CHECKPOINT');
    if ((ahead?.n ?? 0) === 0) return;
  }
}
