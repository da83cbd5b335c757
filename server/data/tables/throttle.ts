// The sign-in throttle's tables (issue 18), applied as migration 6 in server/data/migrations.ts; what
// they are for is in throttle.ts.
//
// `sign_in_attempts` holds one row per attempt at a secret that got as far as being checked: a
// password at /desk/login (`account` set, the e-mail as typed, normalised) or a one-time link at
// /desk/setup (`account` null). `address` is the client's key (server/http/client-address.ts
// clientKey). Rows older than the window are deleted at the next attempt and at the daily
// retention run, and the table is capped (MAX_ATTEMPT_ROWS), so the id orders rows for that.
//
// `sign_in_locks` holds the accounts that sign in only through a new one-time link from an admin,
// keyed by the e-mail as typed (normalised) whether or not such a staff member exists, so a lock
// does not tell a guesser which addresses are staff.
export const THROTTLE_STATEMENTS: readonly string[] = [
  `CREATE TABLE sign_in_attempts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account text,
    address text NOT NULL,
    at timestamptz NOT NULL
  )`,
  'CREATE INDEX sign_in_attempts_account_idx ON sign_in_attempts (account, at)',
  'CREATE INDEX sign_in_attempts_address_idx ON sign_in_attempts (address, at)',
  'CREATE INDEX sign_in_attempts_at_idx ON sign_in_attempts (at)',
  `CREATE TABLE sign_in_locks (
    account text PRIMARY KEY,
    locked_at timestamptz NOT NULL
  )`,
];
