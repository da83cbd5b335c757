// The desk's tables (issue 12), applied as one migration in server/data/migrations.ts. Ids are uuids
// made by the receiver; times are timestamptz; who did what is a staff id, kept when staff are
// disabled (staff are never deleted, so history keeps its names).
//
// Answers stay in `submissions`, whose `envelope` keeps the answer exactly as it was received (for
// replays); the desk's own state sits in columns beside it. `title`/`body` are copies for search
// and lists (NUL characters, which PostgreSQL text cannot hold, replaced by spaces), and
// `contact_*` are normalised copies for finding a person's answers; erasure clears all of them
// together with the envelope's personal fields.
export const DESK_STATEMENTS: readonly string[] = [
  `CREATE TABLE staff (
    id uuid PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text NOT NULL,
    role text NOT NULL CHECK (role IN ('admin', 'facilitator')),
    password_hash text,
    created_at timestamptz NOT NULL,
    disabled_at timestamptz
  )`,
  `CREATE TABLE staff_sessions (
    id_hash text PRIMARY KEY,
    staff_id uuid NOT NULL REFERENCES staff (id),
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
  )`,
  'CREATE INDEX staff_sessions_staff_idx ON staff_sessions (staff_id)',
  // One-time links: the first admin's set-up (no staff row yet: staff_id null), and a new
  // colleague's or a reset password.
  `CREATE TABLE setup_links (
    token_hash text PRIMARY KEY,
    staff_id uuid REFERENCES staff (id),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at timestamptz
  )`,
  `CREATE TABLE api_keys (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    key_hash text NOT NULL UNIQUE,
    created_by uuid NOT NULL REFERENCES staff (id),
    created_at timestamptz NOT NULL,
    last_used_at timestamptz,
    revoked_at timestamptz
  )`,
  `ALTER TABLE challenges
    ADD COLUMN updated_at timestamptz,
    ADD COLUMN closed_at timestamptz,
    ADD COLUMN archived_at timestamptz,
    ADD COLUMN outcome text`,
  `CREATE TABLE challenge_updates (
    id uuid PRIMARY KEY,
    challenge_id text NOT NULL REFERENCES challenges (id),
    text text NOT NULL,
    posted_at timestamptz NOT NULL,
    posted_by uuid REFERENCES staff (id)
  )`,
  'CREATE INDEX challenge_updates_challenge_idx ON challenge_updates (challenge_id, posted_at DESC)',
  `ALTER TABLE submissions
    ADD COLUMN source text NOT NULL DEFAULT 'widget',
    ADD COLUMN status text NOT NULL DEFAULT 'received'
      CHECK (status IN ('received', 'in-review', 'taken-forward', 'not-taken-forward', 'done')),
    ADD COLUMN status_changed_at timestamptz,
    ADD COLUMN assignee_id uuid REFERENCES staff (id),
    ADD COLUMN title text,
    ADD COLUMN body text NOT NULL DEFAULT '',
    ADD COLUMN area text,
    ADD COLUMN availability text,
    ADD COLUMN may_contact boolean NOT NULL DEFAULT false,
    ADD COLUMN can_help boolean NOT NULL DEFAULT false,
    ADD COLUMN may_publish boolean NOT NULL DEFAULT false,
    ADD COLUMN organisation text,
    ADD COLUMN contact_name text,
    ADD COLUMN contact_email text,
    ADD COLUMN contact_phone text,
    ADD COLUMN reply_draft text,
    ADD COLUMN reply text,
    ADD COLUMN reply_published_at timestamptz,
    ADD COLUMN published_at timestamptz,
    ADD COLUMN public_title text,
    ADD COLUMN public_text text,
    ADD COLUMN seeks_help boolean NOT NULL DEFAULT false,
    ADD COLUMN relates_to text,
    ADD COLUMN duplicate_of uuid REFERENCES submissions (id),
    ADD COLUMN erased_at timestamptz,
    ADD COLUMN contact_removed_at timestamptz,
    ADD COLUMN updated_at timestamptz`,
  `ALTER TABLE submissions ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('danish', coalesce(title, '') || ' ' || body)) STORED`,
  'CREATE INDEX submissions_search_idx ON submissions USING gin (search)',
  'CREATE INDEX submissions_challenge_idx ON submissions (challenge_id, received_at DESC)',
  'CREATE INDEX submissions_status_idx ON submissions (status, received_at DESC)',
  'CREATE INDEX submissions_contact_email_idx ON submissions (contact_email)',
  'CREATE INDEX submissions_contact_phone_idx ON submissions (contact_phone)',
  `CREATE TABLE answer_notes (
    id uuid PRIMARY KEY,
    submission_id uuid NOT NULL REFERENCES submissions (id),
    staff_id uuid NOT NULL REFERENCES staff (id),
    text text NOT NULL,
    created_at timestamptz NOT NULL
  )`,
  'CREATE INDEX answer_notes_submission_idx ON answer_notes (submission_id, created_at)',
  // Every change to an answer: who, when, what (a code) and the new value where it is not personal.
  `CREATE TABLE answer_events (
    id uuid PRIMARY KEY,
    submission_id uuid NOT NULL REFERENCES submissions (id),
    staff_id uuid REFERENCES staff (id),
    at timestamptz NOT NULL,
    what text NOT NULL,
    detail text
  )`,
  'CREATE INDEX answer_events_submission_idx ON answer_events (submission_id, at)',
  // An offer connected to a need or proposal ("kortlægge og koble"), many to many.
  `CREATE TABLE answer_links (
    offer_id uuid NOT NULL REFERENCES submissions (id),
    target_id uuid NOT NULL REFERENCES submissions (id),
    created_by uuid REFERENCES staff (id),
    created_at timestamptz NOT NULL,
    PRIMARY KEY (offer_id, target_id)
  )`,
  'CREATE INDEX answer_links_target_idx ON answer_links (target_id)',
  `CREATE TABLE reply_templates (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    text text NOT NULL,
    created_by uuid REFERENCES staff (id),
    updated_at timestamptz NOT NULL
  )`,
  // Who viewed, exported or erased personal data, and staff and retention changes; admins read it.
  `CREATE TABLE audit_log (
    id uuid PRIMARY KEY,
    at timestamptz NOT NULL,
    staff_id uuid REFERENCES staff (id),
    action text NOT NULL,
    subject text,
    detail text
  )`,
  'CREATE INDEX audit_log_at_idx ON audit_log (at DESC)',
  'CREATE TABLE desk_settings (key text PRIMARY KEY, value text NOT NULL)',
];
