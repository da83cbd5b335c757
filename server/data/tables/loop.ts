// The citizen's half of the loop (issue 13), applied as migration 5 in server/data/migrations.ts.
//
// `status_token` is the last segment of an answer's status link: an HMAC of its id with the
// receiver's secret (status-token.ts), kept so a link is found by an index rather than by hashing
// every id. `shown_status` and `shown_at` are what the citizen sees: the status as it was when
// staff last published something to them (a reply, or the status itself), and when; staff may
// change the status many times while they work without the citizen seeing each step.
//
// `answer_update_addresses` holds the address a person gave only for news about one answer,
// apart from the answer (never in its envelope, exports or the desk's pages), until 30 days after
// the challenge closed or the answer is erased.
export const LOOP_STATEMENTS: readonly string[] = [
  `ALTER TABLE submissions
    ADD COLUMN status_token text,
    ADD COLUMN shown_status text,
    ADD COLUMN shown_at timestamptz`,
  'CREATE UNIQUE INDEX submissions_status_token_idx ON submissions (status_token)',
  `CREATE TABLE answer_update_addresses (
    submission_id uuid PRIMARY KEY REFERENCES submissions (id),
    email text NOT NULL,
    created_at timestamptz NOT NULL
  )`,
];
