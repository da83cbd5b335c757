// What the desk's front page reads besides the counts: the answers one member of staff is
// responsible for, and, before the first answer, how far the first steps have come.
import type { AnswerStatus } from '../../utils/schema/status';
import { publishedSql } from './challenges';
import type { Queryable } from './db';

export interface MyAnswer {
  readonly id: string;
  readonly reference: string;
  readonly status: AnswerStatus;
  readonly receivedAt: Date;
  /** The title, or the start of the text. */
  readonly heading: string;
}

/**
 * The answers `staffId` is *Ansvarlig* for and that are not erased: those still to finish first
 * (not done, not declined), each newest first; at most `limit`, and how many in all.
 */
export async function readMyAnswers(
  db: Queryable,
  staffId: string,
  limit: number,
): Promise<{ answers: MyAnswer[]; total: number }> {
  const rows = await db.query<{
    id: string;
    reference: string;
    status: AnswerStatus;
    received_at: Date;
    heading: string;
  }>(
    `SELECT id, reference, status, received_at,
            coalesce(nullif(title, ''), left(body, 80)) AS heading
     FROM submissions WHERE assignee_id = $1 AND erased_at IS NULL
     ORDER BY status IN ('done', 'not-taken-forward'), received_at DESC, id LIMIT $2`,
    [staffId, limit],
  );
  const [count] = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM submissions WHERE assignee_id = $1 AND erased_at IS NULL',
    [staffId],
  );
  return {
    total: count?.n ?? 0,
    answers: rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      status: row.status,
      receivedAt: new Date(row.received_at),
      heading: row.heading,
    })),
  };
}

export interface FirstSteps {
  /** Other staff members who can sign in (not disabled). */
  readonly colleagues: number;
  /** Challenges that are not archived, drafts included. */
  readonly challenges: number;
  /** Of those, the published ones (at `now`). */
  readonly published: number;
  /** The first draft, to publish; the first published challenge, to embed. */
  readonly draftId: string | null;
  readonly publishedId: string | null;
  /** Sites allowed in the desk (*Indlejr* → *Sites*), not counting SAMSKAB_ALLOWED_ORIGINS. */
  readonly allowedSites: number;
}

export async function readFirstSteps(
  db: Queryable,
  staffId: string,
  now: Date,
): Promise<FirstSteps> {
  const published = publishedSql('c', '$1::timestamptz');
  const [row] = await db.query<{
    colleagues: number;
    challenges: number;
    published: number;
    draft_id: string | null;
    published_id: string | null;
    allowed_sites: number;
  }>(
    `SELECT
       (SELECT count(*)::int FROM staff WHERE disabled_at IS NULL AND id <> $2) AS colleagues,
       (SELECT count(*)::int FROM challenges c WHERE c.archived_at IS NULL) AS challenges,
       (SELECT count(*)::int FROM challenges c
         WHERE c.archived_at IS NULL AND ${published}) AS published,
       (SELECT c.id FROM challenges c WHERE c.archived_at IS NULL AND NOT ${published}
         ORDER BY c.position, c.id LIMIT 1) AS draft_id,
       (SELECT c.id FROM challenges c WHERE c.archived_at IS NULL AND ${published}
         ORDER BY c.position, c.id LIMIT 1) AS published_id,
       (SELECT count(*)::int FROM allowed_origins) AS allowed_sites`,
    [now, staffId],
  );
  return {
    colleagues: row?.colleagues ?? 0,
    challenges: row?.challenges ?? 0,
    published: row?.published ?? 0,
    draftId: row?.draft_id ?? null,
    publishedId: row?.published_id ?? null,
    allowedSites: row?.allowed_sites ?? 0,
  };
}
