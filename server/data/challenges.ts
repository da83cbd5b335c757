import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { englishErrors } from '../../utils/schema/english';
import { Challenge } from '../../utils/schema/index';
import { formatIssues } from '../../utils/schema/issues';
import type { Database, Queryable } from './db';
import { readSeedHash, seedHash, seedReport, writeSeedHash } from './seed-report';

/** A seed file that cannot be used: the message names the file, the item and each problem. */
export class SeedError extends Error {
  override name = 'SeedError';
}

/**
 * Reads and validates a seed file shaped like the feed, `{ "challenges": [...] }`. Unlike the
 * widget, which skips a bad feed item, seeding refuses the whole file: a typo must be fixed before
 * the municipality's challenges go public, not discovered as a missing item later.
 */
export function readSeedFile(path: string): Challenge[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SeedError(`seed file ${path}: ${(error as Error).message}`);
  }
  return validateSeed(json, path);
}

export function validateSeed(json: unknown, source: string): Challenge[] {
  const items = z.object({ challenges: z.array(z.unknown()) }).safeParse(json);
  if (!items.success) {
    throw new SeedError(`seed file ${source}: must be an object like { "challenges": [ ... ] }`);
  }
  const problems: string[] = [];
  const challenges: Challenge[] = [];
  items.data.challenges.forEach((item, index) => {
    const result = Challenge.safeParse(item, englishErrors);
    const id =
      typeof item === 'object' && item !== null && 'id' in item ? ` (${String(item.id)})` : '';
    if (result.success) challenges.push(result.data);
    else {
      for (const issue of formatIssues(result.error.issues)) {
        problems.push(`challenges[${index}]${id} ${issue.path}: ${issue.message}`);
      }
    }
  });
  const seen = new Set<string>();
  for (const challenge of challenges) {
    if (seen.has(challenge.id)) problems.push(`challenge id "${challenge.id}" appears twice`);
    seen.add(challenge.id);
  }
  if (problems.length > 0) {
    throw new SeedError(`seed file ${source} is invalid:\n  ${problems.join('\n  ')}`);
  }
  return challenges;
}

/** Where the seed comes from, for the log: how to read it and what to call it. */
export interface SeedSource {
  readonly load: () => readonly Challenge[];
  /** The file's path, or "inline seed". */
  readonly name: string;
}

/**
 * Seeds only an empty table ("on first start"): once the municipality has challenges in the
 * database, a restart must not bring back ones it removed nor undo its edits. On a later start a
 * seed that changed since it was last seen is compared with the database, and what was not
 * applied is logged (server/data/seed-report.ts), once per change; a seed that became invalid is
 * logged too rather than stopping a receiver that does not need it. Returns how many were
 * inserted.
 */
export async function seedChallenges(
  db: Database,
  seed: SeedSource,
  now: Date,
  log: (line: string) => void,
): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM challenges');
    if ((row?.n ?? 0) === 0) {
      const challenges = seed.load();
      for (const [position, challenge] of challenges.entries()) {
        // A seed is what the municipality publishes: its challenges are public from the start.
        await tx.query(
          `INSERT INTO challenges (id, position, data, created_at, published_at)
           VALUES ($1, $2, $3, $4, $4) ON CONFLICT (id) DO NOTHING`,
          [challenge.id, position, JSON.stringify(challenge), now],
        );
      }
      await writeSeedHash(tx, seedHash(challenges));
      return challenges.length;
    }
    let challenges: readonly Challenge[];
    try {
      challenges = seed.load();
    } catch (error) {
      if (!(error instanceof SeedError)) throw error;
      log(`${error.message}\n  (the database already has challenges; nothing was applied)`);
      return 0;
    }
    const hash = seedHash(challenges);
    if ((await readSeedHash(tx)) === hash) return 0;
    const stored = new Map(
      (await listChallenges(tx)).map((challenge) => [challenge.id, challenge]),
    );
    for (const line of seedReport(challenges, stored, seed.name)) log(line);
    await writeSeedHash(tx, hash);
    return 0;
  });
}

interface ChallengeRow extends Record<string, unknown> {
  id: string;
  data: string;
}

/**
 * Stored challenges are validated again on the way out, so a hand-edited row that no longer fits
 * the contract is left out with a warning instead of breaking every widget that reads the feed.
 */
function parseRows(rows: readonly ChallengeRow[]): Challenge[] {
  const challenges: Challenge[] = [];
  for (const row of rows) {
    const result = Challenge.safeParse(JSON.parse(row.data));
    if (result.success) challenges.push(result.data);
    else console.warn(`challenge "${row.id}" in the database is invalid and was left out`);
  }
  return challenges;
}

export async function listChallenges(db: Queryable): Promise<Challenge[]> {
  return parseRows(
    await db.query<ChallengeRow>('SELECT id, data FROM challenges ORDER BY position, id'),
  );
}

export async function findChallenge(db: Queryable, id: string): Promise<Challenge | undefined> {
  return parseRows(
    await db.query<ChallengeRow>('SELECT id, data FROM challenges WHERE id = $1', [id]),
  )[0];
}

/**
 * Whether the challenge `alias` is public at the time `now` (an SQL expression: a parameter, or
 * `now()`): published, or a draft whose chosen time has come. A draft is seen only in the desk and
 * its preview (server/data/tables/workflow.ts).
 */
export const publishedSql = (alias: string, now = 'now()') =>
  // coalesce: without a chosen time the comparison is NULL, and NOT NULL would hide drafts.
  `(${alias}.published_at IS NOT NULL OR coalesce(${alias}.publish_at <= ${now}, false))`;

/** The challenges the public sees (the feed, the demo pages): the published, not archived. */
export async function listPublicChallenges(db: Queryable, now: Date): Promise<Challenge[]> {
  return parseRows(
    await db.query<ChallengeRow>(
      `SELECT c.id, c.data FROM challenges c
       WHERE c.archived_at IS NULL AND ${publishedSql('c', '$1::timestamptz')}
       ORDER BY c.position, c.id`,
      [now],
    ),
  );
}

/** A challenge answers may name, and whether it is published yet (at `now`). */
export async function findChallengeForAnswers(
  db: Queryable,
  id: string,
  now: Date,
): Promise<{ challenge: Challenge; published: boolean } | undefined> {
  const rows = await db.query<ChallengeRow & { published: boolean }>(
    `SELECT c.id, c.data, ${publishedSql('c', '$2::timestamptz')} AS published
     FROM challenges c WHERE c.id = $1`,
    [id, now],
  );
  const [challenge] = parseRows(rows);
  return challenge && { challenge, published: rows[0]!.published === true };
}
