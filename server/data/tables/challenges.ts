// The challenges area's additions to the desk's tables (issue 12), applied as migration 3 in
// server/data/migrations.ts: who last changed a challenge, every change to one (who, when, what), and an
// index for the feed's published answers.
export const CHALLENGE_STATEMENTS: readonly string[] = [
  'ALTER TABLE challenges ADD COLUMN updated_by uuid REFERENCES staff (id)',
  // Every change to a challenge: created, edited (`detail`: the fields, comma-separated), closed,
  // reopened, archived, restored, an update posted or deleted. Never the text itself.
  `CREATE TABLE challenge_events (
    id uuid PRIMARY KEY,
    challenge_id text NOT NULL REFERENCES challenges (id),
    staff_id uuid REFERENCES staff (id),
    at timestamptz NOT NULL,
    what text NOT NULL,
    detail text
  )`,
  'CREATE INDEX challenge_events_challenge_idx ON challenge_events (challenge_id, at DESC)',
  // The feed reads each challenge's newest published answers; most answers are never published.
  `CREATE INDEX submissions_published_idx ON submissions (challenge_id, published_at DESC)
    WHERE published_at IS NOT NULL`,
];
