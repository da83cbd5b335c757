// What a later start says about a seed file that changed after it was loaded. The seed is read
// into an empty database only: once staff manage the challenges in the desk, the database is the
// truth, and a restart must neither overwrite their edits nor bring back what they removed. But
// an edited seed that silently does nothing looks broken, so each start whose seed differs from
// the one last seen names every challenge in it that differs from the database, and how.
import { createHash } from 'node:crypto';
import type { Challenge } from '../../utils/schema/index';
import { canonicalJson } from './canonical-json';
import type { Queryable } from './db';

/** The `desk_settings` key holding the hash of the seed last applied or reported. */
export const SEED_HASH_KEY = 'seed_hash';

/** The seed's challenges, defaults applied, as one hash: key order and white space do not count. */
export const seedHash = (challenges: readonly Challenge[]) =>
  createHash('sha256').update(canonicalJson(challenges)).digest('base64url');

/** The top-level fields in which two versions of a challenge differ (for the log, the history). */
export function differingFields(seed: Challenge, stored: Challenge): string[] {
  const keys = [...new Set([...Object.keys(seed), ...Object.keys(stored)])];
  const field = (challenge: Challenge, key: string) =>
    canonicalJson((challenge as Record<string, unknown>)[key] ?? null);
  return keys.filter((key) => field(seed, key) !== field(stored, key));
}

/**
 * One line per seed challenge the database does not hold as written: missing, or differing in the
 * fields named. Only ids and field names, never values (a contact's email, say).
 */
export function seedReport(
  seed: readonly Challenge[],
  stored: ReadonlyMap<string, Challenge>,
  source: string,
): string[] {
  const lines: string[] = [];
  for (const challenge of seed) {
    const current = stored.get(challenge.id);
    if (!current) {
      lines.push(
        `seed ${source}: challenge "${challenge.id}" is not in the database; not applied (create it in the desk, /desk/challenges)`,
      );
      continue;
    }
    const fields = differingFields(challenge, current);
    if (fields.length > 0) {
      lines.push(
        `seed ${source}: challenge "${challenge.id}" differs from the database in ${fields.join(', ')}; not applied (edit it in the desk, /desk/challenges/${challenge.id})`,
      );
    }
  }
  return lines;
}

export async function readSeedHash(db: Queryable): Promise<string | undefined> {
  const [row] = await db.query<{ value: string }>(
    'SELECT value FROM desk_settings WHERE key = $1',
    [SEED_HASH_KEY],
  );
  return row?.value;
}

export async function writeSeedHash(db: Queryable, hash: string): Promise<void> {
  await db.query(
    `INSERT INTO desk_settings (key, value) VALUES ($1, $2)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [SEED_HASH_KEY, hash],
  );
}
