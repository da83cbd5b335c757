// The list of erasures (erasure-tables.ts): which answers were erased or lost their contact
// details, by id, and when. Written in the same transaction as each erasure; kept in every backup
// and, by `npm run backup`, in a file of its own beside it (no personal data, so it may be kept
// longer and elsewhere); merged and re-applied by `npm run restore` (server/data/backup.ts).
import type { Queryable } from './db';

export type ErasureKind = 'answer' | 'contact';

export interface Erasure {
  /** The answer's id. */
  readonly id: string;
  readonly what: ErasureKind;
  /** When, as an ISO time. */
  readonly at: string;
}

const BATCH = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** One entry per answer; an erasure outweighs a removal of contact details. */
function deduplicated(entries: readonly Erasure[]): Erasure[] {
  const byId = new Map<string, Erasure>();
  for (const entry of entries) {
    const known = byId.get(entry.id);
    if (!known || (known.what === 'contact' && entry.what === 'answer')) byId.set(entry.id, entry);
  }
  return [...byId.values()];
}

/**
 * Adds entries to the list, each answer once: an answer already listed keeps its entry, unless
 * it was listed for its contact details and is now erased.
 */
export async function addErasures(db: Queryable, entries: readonly Erasure[]): Promise<void> {
  const unique = deduplicated(entries);
  for (let start = 0; start < unique.length; start += BATCH) {
    const batch = unique.slice(start, start + BATCH);
    // Lists as text parameters (SqlParam has no arrays): ids, kinds and ISO times hold no commas.
    await db.query(
      `INSERT INTO erasures (submission_id, what, at)
       SELECT * FROM unnest(string_to_array($1, ',')::uuid[], string_to_array($2, ','),
                            string_to_array($3, ',')::timestamptz[])
       ON CONFLICT (submission_id) DO UPDATE SET what = excluded.what, at = excluded.at
       WHERE erasures.what = 'contact' AND excluded.what = 'answer'`,
      [
        batch.map((entry) => entry.id).join(','),
        batch.map((entry) => entry.what).join(','),
        batch.map((entry) => entry.at).join(','),
      ],
    );
  }
}

/** Records that these answers were erased (or lost their contact details) now. */
export function recordErasures(
  db: Queryable,
  ids: readonly string[],
  what: ErasureKind,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  return addErasures(
    db,
    ids.map((id) => ({ id, what, at })),
  );
}

/** The whole list, oldest first. */
export async function readErasures(db: Queryable): Promise<Erasure[]> {
  const rows = await db.query<{ id: string; what: ErasureKind; at: Date | string }>(
    'SELECT submission_id AS id, what, at FROM erasures ORDER BY at, submission_id',
  );
  return rows.map((row) => ({ id: row.id, what: row.what, at: new Date(row.at).toISOString() }));
}

const FILE_HEADER = '# Samskab erasures';

/** The list as the file `npm run backup` writes beside a backup: one `<id> <what> <time>` a line. */
export function formatErasureFile(entries: readonly Erasure[], now: Date): string {
  return [
    `${FILE_HEADER} of ${now.toISOString()}: answers erased ('answer') or whose contact details were removed ('contact'), by id. No personal data.`,
    '# Give it to `npm run restore -- --erasures <this file> <backup>` so an older backup does not bring them back.',
    ...entries.map((entry) => `${entry.id} ${entry.what} ${entry.at}`),
    '',
  ].join('\n');
}

export class ErasureListError extends Error {
  override name = 'ErasureListError';
}

// How dumpDatabase writes a row of the list (server/data/backup.ts): the database's own quoting of a
// uuid, a word and a time, none of which holds a quote.
const BACKUP_ROW =
  /^INSERT INTO "erasures" \("submission_id", "what", "at"\) VALUES \('([0-9a-f-]{36})', '(answer|contact)', '([^']+)'\);$/gm;

/**
 * The entries of a list file, or of a backup (its `erasures` rows): `--erasures` takes either, so
 * a newer backup's list can be given when restoring an older one. A line that is neither a
 * comment nor an entry makes it refuse the whole file.
 */
export function parseErasures(text: string): Erasure[] {
  if (text.startsWith('-- Samskab backup')) {
    return [...text.matchAll(BACKUP_ROW)].map((match) => ({
      id: match[1]!,
      what: match[2] as ErasureKind,
      at: timeOf(match[3]!),
    }));
  }
  if (!text.startsWith(FILE_HEADER))
    throw new ErasureListError('this is neither a list of erasures nor a Samskab backup');
  const entries: Erasure[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [id = '', what = '', at = '', ...rest] = line.trim().split(/\s+/);
    if (!UUID.test(id) || (what !== 'answer' && what !== 'contact') || rest.length > 0)
      throw new ErasureListError(`line ${index + 1} of the list of erasures is not an entry`);
    entries.push({ id, what, at: timeOf(at) });
  });
  return entries;
}

/** A time as the database or the list wrote it, as an ISO time. */
function timeOf(text: string): string {
  // PostgreSQL writes `2026-05-12 10:00:00.123+02`; Date reads it with a T and a whole offset.
  const iso = text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  const time = new Date(iso);
  if (Number.isNaN(time.getTime()))
    throw new ErasureListError(`"${text}" in the list of erasures is not a time`);
  return time.toISOString();
}
