// How many answers there are, and how many nobody has read yet (status "received"): per challenge
// for the desk's front page, per kind for a challenge's page. Counted in the database, never by
// loading answers.
import type { Queryable } from './db';

export interface AnswerCount {
  readonly total: number;
  /** Still "received": not looked at by anyone. */
  readonly fresh: number;
}

interface CountRow extends Record<string, unknown> {
  key: string;
  total: number;
  fresh: number;
}

/** The 50 challenges that most recently received an answer, newest first. */
export async function answerCountsByChallenge(
  db: Queryable,
): Promise<(AnswerCount & { readonly challengeId: string })[]> {
  const rows = await db.query<CountRow>(
    `SELECT challenge_id AS key, count(*)::int AS total,
            count(*) FILTER (WHERE status = 'received')::int AS fresh
     FROM submissions GROUP BY challenge_id ORDER BY max(received_at) DESC LIMIT 50`,
  );
  return rows.map((row) => ({ challengeId: row.key, total: row.total, fresh: row.fresh }));
}

/** One challenge's answers by kind; a kind with no answers is missing. */
export async function answerCountsByKind(
  db: Queryable,
  challengeId: string,
): Promise<Map<string, AnswerCount>> {
  const rows = await db.query<CountRow>(
    `SELECT kind AS key, count(*)::int AS total,
            count(*) FILTER (WHERE status = 'received')::int AS fresh
     FROM submissions WHERE challenge_id = $1 GROUP BY kind`,
    [challengeId],
  );
  return new Map(rows.map((row) => [row.key, { total: row.total, fresh: row.fresh }]));
}
