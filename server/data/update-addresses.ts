// The addresses people gave only for news about one answer (the envelope's `updates.email`), kept
// in their own table: nothing that lists, searches or exports answers reads it. Only the update
// mailer reads it, and it is deleted 30 days after the challenge closed (the retention job), when
// the answer or its person is erased (server/data/erasure.ts), and, for an answer to a challenge
// this receiver does not know (an inline challenge, which never closes here), 180 days after it
// arrived: as long as clients follow an answer's status.
import type { Queryable } from './db';

export const DAYS_KEPT_AFTER_CLOSE = 30;
export const DAYS_KEPT_UNKNOWN_CHALLENGE = 180;

/** Keeps the address for a stored answer, unless it has one already or was erased. */
export async function storeUpdateAddress(
  db: Queryable,
  answerId: string,
  email: string,
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO answer_update_addresses (submission_id, email, created_at)
     SELECT id, $2, $3 FROM submissions WHERE id = $1 AND erased_at IS NULL
     ON CONFLICT (submission_id) DO NOTHING`,
    [answerId, email.trim(), now],
  );
}

/** Deletes the addresses of these answers (erasure). */
export async function deleteUpdateAddresses(db: Queryable, idList: string): Promise<void> {
  await db.query(
    `DELETE FROM answer_update_addresses WHERE submission_id = ANY(string_to_array($1, ',')::uuid[])`,
    [idList],
  );
}

/** Deletes the addresses whose time is up; returns how many. */
export async function deleteExpiredUpdateAddresses(db: Queryable, now: Date): Promise<number> {
  const rows = await db.query(
    `DELETE FROM answer_update_addresses a USING submissions s
     LEFT JOIN challenges c ON c.id = s.challenge_id
     WHERE s.id = a.submission_id AND (
       (c.closed_at IS NOT NULL
         AND c.closed_at <= $1::timestamptz - make_interval(days => ${DAYS_KEPT_AFTER_CLOSE}))
       OR (c.id IS NULL
         AND s.received_at <= $1::timestamptz - make_interval(days => ${DAYS_KEPT_UNKNOWN_CHALLENGE})))
     RETURNING a.submission_id`,
    [now],
  );
  return rows.length;
}

export interface UpdateRecipient {
  readonly id: string;
  readonly reference: string;
  readonly email: string;
  /** The envelope, for the challenge's title as the person saw it. */
  readonly envelope: string;
  readonly statusToken: string | null;
}

/** The answers among `ids` that have an address and are not erased. */
export async function updateRecipients(
  db: Queryable,
  ids: readonly string[],
): Promise<UpdateRecipient[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<{
    id: string;
    reference: string;
    email: string;
    envelope: string;
    status_token: string | null;
  }>(
    `SELECT s.id, s.reference, a.email, s.envelope, s.status_token
     FROM answer_update_addresses a JOIN submissions s ON s.id = a.submission_id
     WHERE a.submission_id = ANY(string_to_array($1, ',')::uuid[]) AND s.erased_at IS NULL
     ORDER BY s.reference`,
    [ids.join(',')],
  );
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    email: row.email,
    envelope: row.envelope,
    statusToken: row.status_token,
  }));
}
