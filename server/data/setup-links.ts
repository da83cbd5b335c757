// One-time links to set a password: the first admin's (printed by `npm start` instead of a token),
// a new colleague's, or a reset. The link carries a random secret; the table holds its hash. A
// link works once and for a short time, and a new link for the same person voids the older ones.
import type { Queryable } from './db';
import { hashSecret, newSecret } from './sessions';

export const SETUP_LINK_TTL_MS = 60 * 60 * 1000;

/** `staffId` null: the link creates the first admin. */
export async function createSetupLink(
  db: Queryable,
  staffId: string | null,
  now: Date,
): Promise<string> {
  const secret = newSecret();
  await db.query(
    'DELETE FROM setup_links WHERE staff_id IS NOT DISTINCT FROM $1 AND used_at IS NULL',
    [staffId],
  );
  await db.query(
    'INSERT INTO setup_links (token_hash, staff_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
    [hashSecret(secret), staffId, now, new Date(now.getTime() + SETUP_LINK_TTL_MS)],
  );
  return secret;
}

/**
 * What a link is for while it is unused and unexpired: a staff id, or null for the first admin;
 * undefined when it is not (or no longer) a link.
 */
export async function readSetupLink(
  db: Queryable,
  secret: string | undefined,
  now: Date,
): Promise<string | null | undefined> {
  if (!secret || secret.length > 100) return undefined;
  const [row] = await db.query<{ staff_id: string | null }>(
    'SELECT staff_id FROM setup_links WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2',
    [hashSecret(secret), now],
  );
  return row ? row.staff_id : undefined;
}

/** Marks the link used; false when it was already used or expired (a second tab, a replay). */
export async function useSetupLink(
  db: Queryable,
  secret: string,
  now: Date,
): Promise<string | undefined> {
  const [row] = await db.query<{ staff_id: string }>(
    `UPDATE setup_links SET used_at = $2
     WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING staff_id`,
    [hashSecret(secret), now],
  );
  return row ? row.staff_id : undefined;
}
