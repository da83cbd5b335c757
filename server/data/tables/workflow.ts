// The desk's working day (issue 20), applied as migration 10 in server/data/migrations.ts.
//
// `challenges.published_at` is when a challenge went public; null while it is a draft, which only
// the desk and its preview show. Challenges made before drafts existed were all public, so they
// are published from when they were made; a row inserted without naming the column (a seed, an
// older receiver during a rolling upgrade) is published at once, as before. `publish_at` is a
// draft's chosen time: from then on it counts as published (server/data/challenges.ts `PUBLISHED`).
//
// `desk_kept_forms` holds what a member of staff typed into a form that reached the receiver after
// their session had ended, from the moment they signed in again until the page showing it back is
// opened (once) or 15 minutes have passed: bound to the new session, deleted with it, and never
// in a backup (server/data/backup.ts).
//
// `relates_to_dismissed_at`: staff undid the connection an answer made itself with `relatesTo`
// ("Jeg vil gerne hjælpe"), so the proposal's page no longer counts it among its connections.
export const WORKFLOW_STATEMENTS: readonly string[] = [
  `ALTER TABLE challenges
    ADD COLUMN published_at timestamptz DEFAULT now(),
    ADD COLUMN publish_at timestamptz`,
  'UPDATE challenges SET published_at = created_at',
  `CREATE TABLE desk_kept_forms (
    session_hash text PRIMARY KEY REFERENCES staff_sessions (id_hash) ON DELETE CASCADE,
    page text NOT NULL,
    action text NOT NULL,
    fields text NOT NULL,
    expires_at timestamptz NOT NULL
  )`,
  'ALTER TABLE submissions ADD COLUMN relates_to_dismissed_at timestamptz',
];
