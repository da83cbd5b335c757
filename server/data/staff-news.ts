// What staff choose to hear by mail (issue 20, point 7), and the queueing for it: a mail when a
// colleague makes them *Ansvarlig* for answers, and a daily mail of the new answers to the
// challenges they follow. Staff addresses are their accounts' e-mails, recipients made confirmed
// (server/data/recipients.ts); the mails are written by server/loop/staff-mails.ts. Whether a
// staff member still wants a mail, still has the answer or still follows the challenge is asked
// again when the mail is written, so a change of mind before it goes is obeyed.
import { copenhagenOffsetMs, fromCopenhagenWall } from '../../utils/copenhagen-time';
import type { Queryable } from './db';
import { queueRecipientMails } from './mail-queue';
import { emailKey } from './mail-tokens';
import { recipientFor } from './recipients';

export interface StaffMailChoices {
  readonly whenAssigned: boolean;
  readonly dailyDigest: boolean;
}

export async function staffMailChoices(db: Queryable, staffId: string): Promise<StaffMailChoices> {
  const [row] = await db.query<{ mail_when_assigned: boolean; mail_daily_digest: boolean }>(
    'SELECT mail_when_assigned, mail_daily_digest FROM staff WHERE id = $1',
    [staffId],
  );
  return {
    whenAssigned: row?.mail_when_assigned === true,
    dailyDigest: row?.mail_daily_digest === true,
  };
}

/**
 * Saves the choices. Choosing a mail again also takes back an unsubscription made from a mail's
 * link (or a refusal by the mail server): the signed-in owner of the address asks for it.
 */
export async function saveStaffMailChoices(
  db: Queryable,
  staffId: string,
  choices: StaffMailChoices,
  secret: string,
  now: Date,
): Promise<void> {
  const [staff] = await db.query<{ email: string }>(
    `UPDATE staff SET mail_when_assigned = $2, mail_daily_digest = $3 WHERE id = $1
     RETURNING email`,
    [staffId, choices.whenAssigned, choices.dailyDigest],
  );
  if (!staff || !(choices.whenAssigned || choices.dailyDigest)) return;
  const recipient = await recipientFor(db, secret, 'staff', staff.email, now);
  if (recipient.stoppedAt) {
    await db.query(
      `UPDATE mail_recipients SET email = $2, stopped_at = NULL, stopped_why = NULL
       WHERE id = $1`,
      [recipient.id, staff.email],
    );
  }
}

/** Whether mail to this staff address was stopped from a mail's link or by the mail server. */
export async function staffMailStopped(db: Queryable, secret: string, email: string) {
  const rows = await db.query(
    `SELECT 1 FROM mail_recipients
     WHERE audience = 'staff' AND email_key = $1 AND stopped_at IS NOT NULL`,
    [emailKey(secret, email)],
  );
  return rows.length > 0;
}

/** Whether the staff member follows the challenge. */
export async function follows(db: Queryable, staffId: string, challengeId: string) {
  const rows = await db.query(
    'SELECT 1 FROM challenge_follows WHERE staff_id = $1 AND challenge_id = $2',
    [staffId, challengeId],
  );
  return rows.length > 0;
}

export async function setFollow(
  db: Queryable,
  staffId: string,
  challengeId: string,
  follow: boolean,
  now: Date,
): Promise<void> {
  if (follow) {
    await db.query(
      `INSERT INTO challenge_follows (staff_id, challenge_id, since)
       SELECT $1, id, $3 FROM challenges WHERE id = $2 ON CONFLICT DO NOTHING`,
      [staffId, challengeId, now],
    );
  } else {
    await db.query('DELETE FROM challenge_follows WHERE staff_id = $1 AND challenge_id = $2', [
      staffId,
      challengeId,
    ]);
  }
}

/** The challenges a staff member follows, by title. */
export async function followedChallenges(
  db: Queryable,
  staffId: string,
): Promise<{ id: string; title: string }[]> {
  const rows = await db.query<{ id: string; title: string | null }>(
    `SELECT c.id, c.data::json->>'title' AS title FROM challenge_follows f
     JOIN challenges c ON c.id = f.challenge_id
     WHERE f.staff_id = $1 ORDER BY c.position, c.id`,
    [staffId],
  );
  return rows.map((row) => ({ id: row.id, title: row.title ?? row.id }));
}

/** The hour (Copenhagen time) the daily mail of new answers goes. */
export const DIGEST_HOUR = 7;

/**
 * The next DIGEST_HOUR o'clock in Copenhagen after `now`: when the day's new answers go as one
 * mail. Summer and winter time both give 07:00 on the wall clock.
 */
export function nextDigestAt(now: Date, hour = DIGEST_HOUR): Date {
  const localNow = new Date(now.getTime() + copenhagenOffsetMs(now));
  for (let days = 0; days <= 2; days++) {
    const wall = Date.UTC(
      localNow.getUTCFullYear(),
      localNow.getUTCMonth(),
      localNow.getUTCDate() + days,
      hour,
    );
    const at = fromCopenhagenWall(wall);
    if (at.getTime() > now.getTime()) return at;
  }
  throw new Error('no digest time within two days');
}

/** The staff recipient of a member who wants `choice`, made if needed; undefined otherwise. */
async function wantingRecipient(
  tx: Queryable,
  secret: string,
  staffId: string,
  choice: 'mail_when_assigned' | 'mail_daily_digest',
  now: Date,
): Promise<string | undefined> {
  const [staff] = await tx.query<{ email: string }>(
    `SELECT email FROM staff WHERE id = $1 AND ${choice} AND disabled_at IS NULL`,
    [staffId],
  );
  if (!staff) return undefined;
  const recipient = await recipientFor(tx, secret, 'staff', staff.email, now);
  return recipient.stoppedAt ? undefined : recipient.id;
}

/**
 * A colleague made `assigneeId` Ansvarlig for these answers: a mail, if they chose one (never
 * for making oneself Ansvarlig), gathered with what else waits for them.
 */
export async function queueAssignedMails(
  tx: Queryable,
  secret: string,
  answerIds: readonly string[],
  assigneeId: string,
  change: { readonly staffId: string; readonly now: Date; readonly dueAt: Date },
): Promise<number> {
  if (answerIds.length === 0 || assigneeId === change.staffId) return 0;
  const recipientId = await wantingRecipient(
    tx,
    secret,
    assigneeId,
    'mail_when_assigned',
    change.now,
  );
  if (!recipientId) return 0;
  return queueRecipientMails(
    tx,
    recipientId,
    'assigned',
    answerIds,
    change.staffId,
    change.now,
    change.dueAt,
  );
}

/**
 * A new answer: a line in tomorrow morning's mail for each staff member who follows its
 * challenge and chose the daily mail. Returns how many were queued.
 */
export async function queueDigestLines(
  tx: Queryable,
  secret: string,
  answerId: string,
  now: Date,
): Promise<number> {
  const followers = await tx.query<{ staff_id: string }>(
    `SELECT f.staff_id FROM challenge_follows f JOIN submissions s ON s.challenge_id = f.challenge_id
     WHERE s.id = $1`,
    [answerId],
  );
  let queued = 0;
  for (const { staff_id: staffId } of followers) {
    const recipientId = await wantingRecipient(tx, secret, staffId, 'mail_daily_digest', now);
    if (!recipientId) continue;
    queued += await queueRecipientMails(
      tx,
      recipientId,
      'digest',
      [answerId],
      null,
      now,
      nextDigestAt(now),
    );
  }
  return queued;
}
