// The addresses the receiver mails (server/data/tables/mail.ts says what each column holds): made
// when an answer names an address for news, confirmed or unsubscribed from a mail's link, stopped
// when the mail server refuses one for good, and deleted when unconfirmed for 7 days.
import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from './db';
import { noteRebuildDue } from './erasure-rebuild';
import { emailKey, normalEmail } from './mail-tokens';

export type Audience = 'citizen' | 'staff';
export type StopReason = 'unsubscribed' | 'refused';

/** At most one mail asking to confirm an address in this time, however many answers name it. */
export const CONFIRM_AGAIN_AFTER_MS = 24 * 60 * 60 * 1000;
/** An address not confirmed this many days after the last mail asking is deleted. */
export const UNCONFIRMED_DAYS_KEPT = 7;

export interface Recipient {
  readonly id: string;
  readonly audience: Audience;
  /** Null once stopped: only the key stays. */
  readonly email: string | null;
  readonly confirmedAt: Date | null;
  readonly stoppedAt: Date | null;
}

interface RecipientRow extends Record<string, unknown> {
  id: string;
  audience: Audience;
  email: string | null;
  confirmed_at: Date | null;
  stopped_at: Date | null;
}

export const RECIPIENT_COLUMNS = 'id, audience, email, confirmed_at, stopped_at';

export const recipientOf = (row: RecipientRow): Recipient => ({
  id: row.id,
  audience: row.audience,
  email: row.email,
  confirmedAt: row.confirmed_at && new Date(row.confirmed_at),
  stoppedAt: row.stopped_at && new Date(row.stopped_at),
});

/**
 * The recipient for `email`, made if there is none. Staff addresses need no confirmation; a
 * stopped address is found again by its key and stays stopped.
 */
export async function recipientFor(
  tx: Queryable,
  secret: string,
  audience: Audience,
  email: string,
  now: Date,
): Promise<Recipient> {
  const key = emailKey(secret, email);
  await tx.query(
    `INSERT INTO mail_recipients (id, audience, email, email_key, created_at, confirmed_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (audience, email_key) DO NOTHING`,
    [randomUUID(), audience, normalEmail(email), key, now, audience === 'staff' ? now : null],
  );
  const [row] = await tx.query<RecipientRow>(
    `SELECT ${RECIPIENT_COLUMNS} FROM mail_recipients WHERE audience = $1 AND email_key = $2`,
    [audience, key],
  );
  return recipientOf(row!);
}

/**
 * Whether a mail asking to confirm the address is due now: never for a confirmed or stopped one,
 * and at most once in CONFIRM_AGAIN_AFTER_MS. Claimed atomically (the row's update), so answers
 * naming the address at the same moment, on any receiver, ask once.
 */
export async function claimConfirmation(
  tx: Queryable,
  recipientId: string,
  now: Date,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE mail_recipients SET confirm_asked_at = $2
     WHERE id = $1 AND confirmed_at IS NULL AND stopped_at IS NULL
       AND (confirm_asked_at IS NULL OR confirm_asked_at <= $3)
     RETURNING id`,
    [recipientId, now, new Date(now.getTime() - CONFIRM_AGAIN_AFTER_MS)],
  );
  return rows.length > 0;
}

export type ConfirmOutcome = 'confirmed' | 'already-confirmed' | 'stopped' | 'gone';

/**
 * Confirms the address; the news that waited for it is due at once (the sender gathers it into
 * one mail), and a confirmation mail not yet sent is no longer needed.
 */
export async function confirmRecipient(
  db: Database,
  recipientId: string,
  now: Date,
): Promise<ConfirmOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ confirmed_at: Date | null; stopped_at: Date | null }>(
      'SELECT confirmed_at, stopped_at FROM mail_recipients WHERE id = $1 FOR UPDATE',
      [recipientId],
    );
    if (!row) return 'gone';
    if (row.stopped_at) return 'stopped';
    if (row.confirmed_at) return 'already-confirmed';
    await tx.query('UPDATE mail_recipients SET confirmed_at = $2 WHERE id = $1', [
      recipientId,
      now,
    ]);
    await tx.query("DELETE FROM mail_queue WHERE recipient_id = $1 AND reason = 'confirm'", [
      recipientId,
    ]);
    return 'confirmed';
  });
}

/**
 * No more mail to this address: the address itself is deleted (its key stays, so no answer can
 * make the receiver mail it again) and so is everything queued for it. The answers it was given
 * for keep pointing at it, so the desk can say why no mail goes. Whether it was stopped now.
 */
export async function stopRecipient(
  db: Database,
  recipientId: string,
  why: StopReason,
  now: Date,
): Promise<'stopped' | 'already-stopped' | 'gone'> {
  return db.transaction(async (tx) => {
    const stopped = await tx.query(
      `UPDATE mail_recipients SET stopped_at = $2, stopped_why = $3, email = NULL,
         claimed_by = NULL, claimed_until = NULL
       WHERE id = $1 AND stopped_at IS NULL RETURNING id`,
      [recipientId, now, why],
    );
    if (stopped.length === 0) {
      const [exists] = await tx.query('SELECT 1 FROM mail_recipients WHERE id = $1', [recipientId]);
      return exists ? 'already-stopped' : 'gone';
    }
    await tx.query('DELETE FROM mail_queue WHERE recipient_id = $1', [recipientId]);
    // The address is gone from the table, not yet from its file (erasure-rebuild.ts).
    await noteRebuildDue(tx, now);
    return 'stopped';
  });
}

/** The address as the confirm and unsubscribe pages show it (masked there), null once stopped. */
export async function findRecipient(
  db: Queryable,
  recipientId: string,
): Promise<Recipient | undefined> {
  const [row] = await db.query<RecipientRow>(
    `SELECT ${RECIPIENT_COLUMNS} FROM mail_recipients WHERE id = $1`,
    [recipientId],
  );
  return row && recipientOf(row);
}

/**
 * The clean-up (the retention job, at start and daily): citizens' addresses unconfirmed
 * UNCONFIRMED_DAYS_KEPT days after the last mail asking (or after they were given, when none
 * could be sent), with the answers' links to them and what waited for them; and addresses no
 * answer points at any more, with nothing queued. Stopped addresses stay as their key. Returns
 * how many unconfirmed addresses were deleted; notes a rebuild when any address was.
 */
export async function deleteStaleRecipients(db: Queryable, now: Date): Promise<number> {
  const unconfirmed = await db.query(
    `DELETE FROM mail_recipients
     WHERE audience = 'citizen' AND confirmed_at IS NULL AND stopped_at IS NULL
       AND coalesce(confirm_asked_at, created_at)
         <= $1::timestamptz - make_interval(days => ${UNCONFIRMED_DAYS_KEPT})
     RETURNING id`,
    [now],
  );
  const orphans = await db.query(
    `DELETE FROM mail_recipients r
     WHERE r.audience = 'citizen' AND r.stopped_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM answer_update_addresses a WHERE a.recipient_id = r.id)
       AND NOT EXISTS (SELECT 1 FROM mail_queue q WHERE q.recipient_id = r.id)
     RETURNING id`,
  );
  // The addresses are gone from the table, not yet from its file (erasure-rebuild.ts).
  if (unconfirmed.length + orphans.length > 0) await noteRebuildDue(db, now);
  // Only the daily limit reads what was sent, over the last day.
  await db.query("DELETE FROM mail_sent WHERE sent_at < $1::timestamptz - interval '2 days'", [
    now,
  ]);
  return unconfirmed.length;
}
