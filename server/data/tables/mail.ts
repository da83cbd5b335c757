// The mail queue (issue 18), applied as migration 7 in server/data/migrations.ts: every mail the
// receiver sends leaves through these tables (server/loop/mail-sender.ts).
//
// `mail_recipients` is one row per address and audience: a citizen's address for news must be
// confirmed before any news goes to it (`confirmed_at`); staff addresses are created confirmed.
// `email_key` is an HMAC of the lower-cased address with the receiver's secret, so an address is
// found again without reading it; once the person unsubscribes or the mail server refuses the
// address for good (`stopped_at`), `email` is set to NULL and the key alone stays, so no later
// answer can make the receiver mail it again. `claimed_by`/`claimed_until` say which receiver is
// sending to the address now: one at a time, so one staff action gives one mail and the daily
// limit holds with several receivers on one PostgreSQL; a crashed receiver's claim runs out.
//
// `mail_queue` holds what is still to tell: one row per reason and thing (an answer's id), due at
// `due_at` (later after a failed attempt or over the daily limit); every due row of a reason for
// an address goes out in one mail, and is deleted in the same transaction that records the mail
// in `mail_sent`. `mail_id` is the Message-ID a first attempt used, so a mail sent again after a
// crash carries the same one. `answer_update_addresses` now points at the recipient; its `email`
// is kept only until the start after this migration moves it (server/loop/legacy-addresses.ts).
export const MAIL_STATEMENTS: readonly string[] = [
  `CREATE TABLE mail_recipients (
    id uuid PRIMARY KEY,
    audience text NOT NULL CHECK (audience IN ('citizen', 'staff')),
    email text,
    email_key text NOT NULL,
    created_at timestamptz NOT NULL,
    confirmed_at timestamptz,
    confirm_asked_at timestamptz,
    stopped_at timestamptz,
    stopped_why text CHECK (stopped_why IN ('unsubscribed', 'refused')),
    claimed_by text,
    claimed_until timestamptz,
    UNIQUE (audience, email_key)
  )`,
  `ALTER TABLE answer_update_addresses
    ADD COLUMN recipient_id uuid REFERENCES mail_recipients (id) ON DELETE CASCADE,
    ALTER COLUMN email DROP NOT NULL`,
  'CREATE INDEX answer_update_addresses_recipient_idx ON answer_update_addresses (recipient_id)',
  `CREATE TABLE mail_queue (
    id uuid PRIMARY KEY,
    recipient_id uuid NOT NULL REFERENCES mail_recipients (id) ON DELETE CASCADE,
    reason text NOT NULL,
    subject_id text,
    staff_id uuid REFERENCES staff (id),
    created_at timestamptz NOT NULL,
    due_at timestamptz NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    mail_id uuid,
    last_error text
  )`,
  'CREATE INDEX mail_queue_due_idx ON mail_queue (due_at)',
  'CREATE INDEX mail_queue_recipient_idx ON mail_queue (recipient_id, reason)',
  `CREATE TABLE mail_sent (
    id uuid PRIMARY KEY,
    recipient_id uuid NOT NULL REFERENCES mail_recipients (id) ON DELETE CASCADE,
    reason text NOT NULL,
    sent_at timestamptz NOT NULL
  )`,
  'CREATE INDEX mail_sent_recipient_idx ON mail_sent (recipient_id, sent_at)',
];
