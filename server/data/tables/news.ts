// What the loop's news needs beyond the mail queue (issue 20), applied as migration 12 in
// server/data/migrations.ts.
//
// `challenges.outcome_mailed_at`: when the mail with a closed challenge's outcome was queued for
// the people who asked for news about their answers to it (server/loop/outcome-mail.ts). Set in
// the transaction that queued it, so closing again or correcting the outcome mails nobody twice,
// unless staff choose to send it again.
//
// `staff.mail_when_assigned`, `staff.mail_daily_digest`: what each staff member chose on *Mine
// e-mails*: a mail when a colleague makes them *Ansvarlig* for answers, and a daily mail of the
// new answers to the challenges they follow (`challenge_follows`). Both off until chosen.
//
// The last statement empties reply drafts that only repeat the published reply: before this
// migration a published draft stayed in the draft box, and bulk publish published it again.
export const NEWS_STATEMENTS: readonly string[] = [
  'ALTER TABLE challenges ADD COLUMN outcome_mailed_at timestamptz',
  `ALTER TABLE staff
    ADD COLUMN mail_when_assigned boolean NOT NULL DEFAULT false,
    ADD COLUMN mail_daily_digest boolean NOT NULL DEFAULT false`,
  `CREATE TABLE challenge_follows (
    staff_id uuid NOT NULL REFERENCES staff (id),
    challenge_id text NOT NULL REFERENCES challenges (id),
    since timestamptz NOT NULL,
    PRIMARY KEY (staff_id, challenge_id)
  )`,
  'CREATE INDEX challenge_follows_challenge_idx ON challenge_follows (challenge_id)',
  `UPDATE submissions SET reply_draft = NULL, reply_draft_translation = NULL
    WHERE reply_published_at IS NOT NULL AND reply_draft = reply`,
];
