// The addresses people gave only for news about one answer (the envelope's `updates.email`), kept
import type { Database, Queryable } from './db';
import { queueMail } from './mail-queue';
import { claimConfirmation, recipientFor } from './recipients';

export const DAYS_KEPT_AFTER_CLOSE = 30;
export const DAYS_KEPT_UNKNOWN_CHALLENGE = 180;

/**
 * Keeps the address for a stored answer (unless the answer has one already or was erased), and
 * queues the mail asking to confirm it when one is due (recipients.ts: at most one a day, never for
 * a confirmed or stopped address) and the answer points at it: a replay naming another address,
 * or an erased answer, makes no mail. One transaction: the link and the request go together.
 */
export async function takeUpdateAddress(
  db: Database,
  secret: string,
  answerId: string,
  email: string,
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    const recipient = await recipientFor(tx, secret, 'citizen', email, now);
    await tx.query(
      `INSERT INTO answer_update_addresses (submission_id, recipient_id, created_at)
       SELECT id, $2, $3 FROM submissions WHERE id = $1 AND erased_at IS NULL
       ON CONFLICT (submission_id) DO NOTHING`,
      [answerId, recipient.id, now],
    );
    const [link] = await tx.query<{ recipient_id: string | null }>(
      'SELECT recipient_id FROM answer_update_addresses WHERE submission_id = $1',
      [answerId],
    );
    if (link?.recipient_id !== recipient.id) return;
    if (await claimConfirmation(tx, recipient.id, now)) {
      await queueMail(tx, { recipientId: recipient.id, reason: 'confirm', dueAt: now }, now);
    }
  });
}

/**
 * Answers stored before the mail queue (migration 7) kept the address in the link itself: each
 * becomes a recipient that is asked to confirm it, like an address given today. Run at start.
 */
export async function adoptLegacyAddresses(
  db: Database,
  secret: string,
  now: Date,
): Promise<number> {
  const legacy = await db.query<{ submission_id: string; email: string }>(
    'SELECT submission_id, email FROM answer_update_addresses WHERE recipient_id IS NULL',
  );
  for (const { submission_id: answerId, email } of legacy) {
    await db.transaction(async (tx) => {
      if (email) {
        const recipient = await recipientFor(tx, secret, 'citizen', email, now);
        await tx.query(
          'UPDATE answer_update_addresses SET recipient_id = $2, email = NULL WHERE submission_id = $1',
          [answerId, recipient.id],
        );
        if (await claimConfirmation(tx, recipient.id, now)) {
          await queueMail(tx, { recipientId: recipient.id, reason: 'confirm', dueAt: now }, now);
        }
      } else {
        await tx.query('DELETE FROM answer_update_addresses WHERE submission_id = $1', [answerId]);
      }
    });
  }
  return legacy.length;
}

/**
 * Deletes the links of these answers (erasure), the news queued about them, and the addresses no
 * other answer points at (unless stopped: a stopped address is only its key).
 */
export async function deleteUpdateAddresses(db: Queryable, idList: string): Promise<void> {
  await db.query("DELETE FROM mail_queue WHERE subject_id = ANY(string_to_array(lower($1), ','))", [
    idList,
  ]);
  const links = await db.query<{ recipient_id: string | null }>(
    `DELETE FROM answer_update_addresses WHERE submission_id = ANY(string_to_array($1, ',')::uuid[])
     RETURNING recipient_id`,
    [idList],
  );
  const recipients = links.flatMap((link) => (link.recipient_id ? [link.recipient_id] : []));
  if (recipients.length === 0) return;
  await db.query(
    `DELETE FROM mail_recipients r
     WHERE r.id = ANY(string_to_array($1, ',')::uuid[]) AND r.stopped_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM answer_update_addresses a WHERE a.recipient_id = r.id)`,
    [recipients.join(',')],
  );
}

/** Deletes the links whose time is up; returns how many. */
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

/** What the desk says about an answer's news mails (never the address). */
export type UpdateMailState = 'none' | 'unconfirmed' | 'confirmed' | 'unsubscribed' | 'refused';

/** SQL for an answer's UpdateMailState, with `s` the submissions row. */
export const UPDATE_MAIL_STATE_SQL = `coalesce((
    SELECT CASE WHEN r.stopped_why IS NOT NULL THEN r.stopped_why
                WHEN r.confirmed_at IS NOT NULL THEN 'confirmed' ELSE 'unconfirmed' END
    FROM answer_update_addresses a LEFT JOIN mail_recipients r ON r.id = a.recipient_id
    WHERE a.submission_id = s.id), 'none')`;
