// The receiver's own secret, made once and kept in the database, so every instance behind a load
// balancer and every restart shares it: it signs the CSRF tokens of proxy sign-on users, and the
// citizens' status links are derived from it.
import { randomBytes } from 'node:crypto';
import type { Queryable } from './db';

export async function loadSecret(db: Queryable): Promise<string> {
  await db.query(
    "INSERT INTO desk_settings (key, value) VALUES ('secret', $1) ON CONFLICT (key) DO NOTHING",
    [randomBytes(32).toString('base64url')],
  );
  const [row] = await db.query<{ value: string }>(
    "SELECT value FROM desk_settings WHERE key = 'secret'",
  );
  return row!.value;
}
