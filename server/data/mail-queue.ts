// The queue's statements (server/data/tables/mail.ts): what is put in it, and how a sender claims
// an address, reads what is due for it, and records what it sent. The sender's loop is in
// mail-sender.ts; what varies by kind of mail is in mail-reasons.ts.
import { randomUUID } from 'node:crypto';
import type { Queryable } from './db';
import { RECIPIENT_COLUMNS, type Recipient, recipientOf } from './recipients';

/** A list of ids as one text parameter (the drivers' parameters are scalars). */
const idList = (ids: readonly string[]) => ids.join(',');

export interface QueuedMail {
  readonly recipientId: string;
  readonly reason: string;
  /** What it is about (an answer's id); null when the reason needs nothing. */
  readonly subjectId?: string | null;
  /** Who caused it, for the audit log; null for the receiver itself or a citizen. */
  readonly staffId?: string | null;
  readonly dueAt: Date;
}

export async function queueMail(tx: Queryable, mail: QueuedMail, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO mail_queue (id, recipient_id, reason, subject_id, staff_id, created_at, due_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      randomUUID(),
      mail.recipientId,
      mail.reason,
      mail.subjectId ?? null,
      mail.staffId ?? null,
      now,
      mail.dueAt,
    ],
  );
}

/**
 * Gathering (a reason's `gatherMs`): a new row is due when the rows of its reason already waiting
 * for the same address are (those due later than now and not yet tried), or at `$due` when none
 * wait; and a thing (`subject`) that already has such a row gets no second one, since the mail
 * is written from the database when it goes and so tells its latest state. A row due now is not
 * joined: a sender may be writing its mail already. `recipient` and `subject` are SQL; `$reason`,
 * `$now` and `$due` are the statement's parameters.
 */
const gathered = (
  recipient: string,
  subject: string,
  p: { reason: string; now: string; due: string },
) => ({
  dueAt: `least(${p.due}, coalesce((SELECT min(w.due_at) FROM mail_queue w
      WHERE w.recipient_id = ${recipient} AND w.reason = ${p.reason} AND w.due_at > ${p.now}
        AND w.attempts = 0), ${p.due}))`,
  notWaiting: `NOT EXISTS (SELECT 1 FROM mail_queue w
      WHERE w.recipient_id = ${recipient} AND w.reason = ${p.reason} AND w.subject_id = ${subject}
        AND w.due_at > ${p.now} AND w.attempts = 0)`,
});

/**
 * One row of `reason` for each of these answers whose author asked for news at an address that is
 * not stopped; the answers' ids are the rows' subjects, gathered (above) with what already waits
 * for the address. One statement: a sender sees all of a staff action's rows or none. Returns how
 * many were queued.
 */
export async function queueAnswerMails(
  tx: Queryable,
  reason: string,
  answerIds: readonly string[],
  staffId: string | null,
  now: Date,
  dueAt: Date,
): Promise<number> {
  if (answerIds.length === 0) return 0;
  const gather = gathered('a.recipient_id', 'a.submission_id::text', {
    reason: '$2',
    now: '$4::timestamptz',
    due: '$5::timestamptz',
  });
  const rows = await tx.query(
    `INSERT INTO mail_queue (id, recipient_id, reason, subject_id, staff_id, created_at, due_at)
     SELECT gen_random_uuid(), a.recipient_id, $2, a.submission_id::text, $3::uuid, $4, ${gather.dueAt}
     FROM answer_update_addresses a JOIN mail_recipients r ON r.id = a.recipient_id
     WHERE a.submission_id = ANY(string_to_array($1, ',')::uuid[]) AND r.stopped_at IS NULL
       AND ${gather.notWaiting}
     RETURNING id`,
    [idList(answerIds), reason, staffId, now, dueAt],
  );
  return rows.length;
}

/**
 * The same for the answers to a challenge (its outcome): one row per answer with an address, not
 * erased. Returns the addresses queued for.
 */
export async function queueChallengeMails(
  tx: Queryable,
  reason: string,
  challengeId: string,
  staffId: string | null,
  now: Date,
  dueAt: Date,
): Promise<string[]> {
  const gather = gathered('a.recipient_id', 's.id::text', {
    reason: '$2',
    now: '$4::timestamptz',
    due: '$5::timestamptz',
  });
  const rows = await tx.query<{ recipient_id: string }>(
    `INSERT INTO mail_queue (id, recipient_id, reason, subject_id, staff_id, created_at, due_at)
     SELECT gen_random_uuid(), a.recipient_id, $2, s.id::text, $3::uuid, $4, ${gather.dueAt}
     FROM submissions s JOIN answer_update_addresses a ON a.submission_id = s.id
       JOIN mail_recipients r ON r.id = a.recipient_id
     WHERE s.challenge_id = $1 AND s.erased_at IS NULL AND r.stopped_at IS NULL
       AND ${gather.notWaiting}
     RETURNING recipient_id`,
    [challengeId, reason, staffId, now, dueAt],
  );
  return [...new Set(rows.map((row) => row.recipient_id))];
}

/** Rows of `reason` about these things for one address (a staff member's), gathered as above. */
export async function queueRecipientMails(
  tx: Queryable,
  recipientId: string,
  reason: string,
  subjectIds: readonly string[],
  staffId: string | null,
  now: Date,
  dueAt: Date,
): Promise<number> {
  if (subjectIds.length === 0) return 0;
  const gather = gathered('$1::uuid', 'subject.id', {
    reason: '$2',
    now: '$5::timestamptz',
    due: '$6::timestamptz',
  });
  const rows = await tx.query(
    `INSERT INTO mail_queue (id, recipient_id, reason, subject_id, staff_id, created_at, due_at)
     SELECT gen_random_uuid(), $1::uuid, $2, subject.id, $4::uuid, $5, ${gather.dueAt}
     FROM unnest(string_to_array($3, ',')) AS subject(id)
     WHERE ${gather.notWaiting}
     RETURNING id`,
    [recipientId, reason, idList(subjectIds), staffId, now, dueAt],
  );
  return rows.length;
}

/** What may go to an address now: its confirmation, or anything once it is confirmed. */
const READY = `q.due_at <= $1 AND (r.confirmed_at IS NOT NULL OR r.stopped_at IS NOT NULL
  OR q.reason = ANY(string_to_array($2, ',')))`;

/**
 * Claims the address with the earliest due mail that no live sender holds, until `until`; undefined
 * when there is none. FOR UPDATE SKIP LOCKED makes two senders on one PostgreSQL pick different
 * addresses instead of waiting for each other; the claim outlives the statement, so the SMTP
 * conversation holds no database lock, and a crashed sender's claim runs out at `until`.
 */
export async function claimRecipient(
  db: Queryable,
  sender: string,
  now: Date,
  until: Date,
  unconfirmedReasons: readonly string[],
): Promise<Recipient | undefined> {
  const [row] = await db.query<Parameters<typeof recipientOf>[0]>(
    `UPDATE mail_recipients SET claimed_by = $3, claimed_until = $4
     WHERE id = (
       SELECT r.id FROM mail_queue q JOIN mail_recipients r ON r.id = q.recipient_id
       WHERE ${READY} AND (r.claimed_until IS NULL OR r.claimed_until <= $1)
       ORDER BY q.due_at LIMIT 1
       FOR UPDATE OF r SKIP LOCKED)
     AND (claimed_until IS NULL OR claimed_until <= $1)
     RETURNING ${RECIPIENT_COLUMNS}`,
    [now, unconfirmedReasons.join(','), sender, until],
  );
  return row && recipientOf(row);
}

/** Keeps the claim while a mail is still being sent. */
export async function extendClaim(db: Queryable, id: string, sender: string, until: Date) {
  await db.query(
    'UPDATE mail_recipients SET claimed_until = $3 WHERE id = $1 AND claimed_by = $2',
    [id, sender, until],
  );
}

export async function releaseClaim(db: Queryable, id: string, sender: string): Promise<void> {
  await db.query(
    `UPDATE mail_recipients SET claimed_by = NULL, claimed_until = NULL
     WHERE id = $1 AND claimed_by = $2`,
    [id, sender],
  );
}

/** At the start of a receiver that is the only one (PGlite): claims left by a crash are void. */
export async function releaseAllClaims(db: Queryable): Promise<void> {
  await db.query(
    'UPDATE mail_recipients SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by IS NOT NULL',
  );
}

/** When the next mail may be due (a retry, the next day's mail, a claim running out). */
export async function nextDue(
  db: Queryable,
  unconfirmedReasons: readonly string[],
): Promise<Date | undefined> {
  const [row] = await db.query<{ at: Date | null }>(
    `SELECT min(greatest(q.due_at, coalesce(r.claimed_until, q.due_at))) AS at
     FROM mail_queue q JOIN mail_recipients r ON r.id = q.recipient_id
     WHERE (r.confirmed_at IS NOT NULL OR r.stopped_at IS NOT NULL
       OR q.reason = ANY(string_to_array($1, ',')))`,
    [unconfirmedReasons.join(',')],
  );
  return row?.at ? new Date(row.at) : undefined;
}

export interface QueueRow {
  readonly id: string;
  readonly reason: string;
  readonly subjectId: string | null;
  readonly staffId: string | null;
  readonly attempts: number;
  readonly mailId: string | null;
}

/** What is due for a claimed address, oldest first. */
export async function dueMails(db: Queryable, recipientId: string, now: Date): Promise<QueueRow[]> {
  const rows = await db.query<{
    id: string;
    reason: string;
    subject_id: string | null;
    staff_id: string | null;
    attempts: number;
    mail_id: string | null;
  }>(
    `SELECT id, reason, subject_id, staff_id, attempts, mail_id FROM mail_queue
     WHERE recipient_id = $1 AND due_at <= $2 ORDER BY due_at, created_at, id`,
    [recipientId, now],
  );
  return rows.map((row) => ({
    id: row.id,
    reason: row.reason,
    subjectId: row.subject_id,
    staffId: row.staff_id,
    attempts: Number(row.attempts),
    mailId: row.mail_id,
  }));
}

/** How many mails of `reasons` went to the address since `since`, and when the first went. */
export async function sentSince(
  db: Queryable,
  recipientId: string,
  since: Date,
  reasons: readonly string[],
): Promise<{ count: number; first: Date | undefined }> {
  const [row] = await db.query<{ count: string | number; first: Date | null }>(
    `SELECT count(*) AS count, min(sent_at) AS first FROM mail_sent
     WHERE recipient_id = $1 AND sent_at > $2 AND reason = ANY(string_to_array($3, ','))`,
    [recipientId, since, reasons.join(',')],
  );
  return { count: Number(row?.count ?? 0), first: row?.first ? new Date(row.first) : undefined };
}

/**
 * Marks the rows as going out in mail `mailId` (kept if a first attempt set one, so a mail sent
 * again after a crash has the same Message-ID) and counts the attempt before it is made: a mail
 * that crashes the receiver is not tried for ever.
 */
export async function startAttempt(
  db: Queryable,
  ids: readonly string[],
  mailId: string,
): Promise<void> {
  await db.query(
    `UPDATE mail_queue SET mail_id = coalesce(mail_id, $2::uuid), attempts = attempts + 1
     WHERE id = ANY(string_to_array($1, ',')::uuid[])`,
    [idList(ids), mailId],
  );
}

export async function dropMails(db: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.query("DELETE FROM mail_queue WHERE id = ANY(string_to_array($1, ',')::uuid[])", [
    idList(ids),
  ]);
}

/** Tries again at `at` (a failure), or sends at `at` (over the daily limit). */
export async function deferMails(
  db: Queryable,
  ids: readonly string[],
  at: Date,
  problem?: string,
): Promise<void> {
  await db.query(
    `UPDATE mail_queue SET due_at = $2, last_error = coalesce($3, last_error)
     WHERE id = ANY(string_to_array($1, ',')::uuid[])`,
    [idList(ids), at, problem ?? null],
  );
}

/**
 * The mail went: its rows leave the queue and it counts towards the address's daily limit (unless
 * the address was deleted meanwhile: unsubscribed, erased, or unconfirmed for 7 days).
 */
export async function recordSent(
  tx: Queryable,
  recipientId: string,
  reason: string,
  ids: readonly string[],
  now: Date,
): Promise<void> {
  await tx.query("DELETE FROM mail_queue WHERE id = ANY(string_to_array($1, ',')::uuid[])", [
    idList(ids),
  ]);
  await tx.query(
    `INSERT INTO mail_sent (id, recipient_id, reason, sent_at)
     SELECT $1, id, $3, $4 FROM mail_recipients WHERE id = $2`,
    [randomUUID(), recipientId, reason, now],
  );
}
