// Staff sessions, stored in the database so that a restart signs no one out and signing out (or
// disabling an account) ends a session everywhere. The cookie holds 32 random bytes; the table
// holds only their SHA-256, so a copy of the database cannot be replayed as cookies. A session
// ends after 8 hours without use or 12 hours after sign-in, whichever comes first. Signing in
// always makes a new session (never reuses one a browser presented), so a session id planted
// before sign-in is worthless afterwards (session fixation).
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from './db';
import { findStaff, type StaffMember } from './staff';

export const IDLE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** A session's last use is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

export const hashSecret = (secret: string) =>
  createHash('sha256').update(secret, 'utf8').digest('base64url');

export const newSecret = () => randomBytes(32).toString('base64url');

export interface Session {
  readonly staff: StaffMember;
  /** Every state-changing form carries it; compared with the one stored for the session. */
  readonly csrf: string;
  readonly expiresAt: Date;
}

interface SessionRow extends Record<string, unknown> {
  staff_id: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

/** Starts a session for `staff`; returns the cookie value (the only copy of the secret). */
export async function startSession(
  db: Queryable,
  staff: StaffMember,
  now: Date,
): Promise<{ cookie: string; session: Session }> {
  const cookie = newSecret();
  const csrf = newSecret();
  const expiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS);
  await db.query(
    `INSERT INTO staff_sessions (id_hash, staff_id, csrf_token, created_at, last_seen_at, expires_at)
     VALUES ($1, $2, $3, $4, $4, $5)`,
    [hashSecret(cookie), staff.id, csrf, now, expiresAt],
  );
  return { cookie, session: { staff, csrf, expiresAt } };
}

/**
 * The live session a cookie names, or undefined: unknown, expired (idle or absolute) or of a
 * disabled account. An expired one is deleted on the way.
 */
export async function findSession(
  db: Queryable,
  cookie: string | undefined,
  now: Date,
): Promise<Session | undefined> {
  if (!cookie || cookie.length > 100) return undefined;
  const idHash = hashSecret(cookie);
  const [row] = await db.query<SessionRow>(
    'SELECT staff_id, csrf_token, created_at, last_seen_at, expires_at FROM staff_sessions WHERE id_hash = $1',
    [idHash],
  );
  if (!row) return undefined;
  const lastSeen = new Date(row.last_seen_at).getTime();
  const expired =
    now.getTime() >= new Date(row.expires_at).getTime() ||
    now.getTime() - lastSeen >= IDLE_TIMEOUT_MS;
  const staff = expired ? undefined : await findStaff(db, row.staff_id);
  if (!staff || staff.disabledAt) {
    await db.query('DELETE FROM staff_sessions WHERE id_hash = $1', [idHash]);
    return undefined;
  }
  if (now.getTime() - lastSeen >= TOUCH_EVERY_MS) {
    await db.query('UPDATE staff_sessions SET last_seen_at = $2 WHERE id_hash = $1', [idHash, now]);
  }
  return { staff, csrf: row.csrf_token, expiresAt: new Date(row.expires_at) };
}

export async function endSession(db: Queryable, cookie: string | undefined): Promise<void> {
  if (cookie) await db.query('DELETE FROM staff_sessions WHERE id_hash = $1', [hashSecret(cookie)]);
}

/** Signs a person out everywhere: on disabling the account or changing its password. */
export async function endSessionsOf(db: Queryable, staffId: string): Promise<void> {
  await db.query('DELETE FROM staff_sessions WHERE staff_id = $1', [staffId]);
}

/** Removes sessions that can no longer be used; run now and then. */
export async function pruneSessions(db: Queryable, now: Date): Promise<void> {
  await db.query('DELETE FROM staff_sessions WHERE expires_at <= $1 OR last_seen_at <= $2', [
    now,
    new Date(now.getTime() - IDLE_TIMEOUT_MS),
  ]);
}
