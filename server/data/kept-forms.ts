// Nothing typed is lost when a session ends (issue 20, point 5). A desk form posted after the
// session ended is not saved, and its fields are not stored either: without a session nobody is
// known, and storing text then would let anyone plant text in someone's desk. Instead the sign-in
// page carries them, in hidden fields, through signing in again (sign-in-page.ts); only then, bound
// to the new session, are they kept here for the page to show back once: filled into the same
// form, never sent by itself, so staff check it and send it again with a fresh CSRF token.
//
// Kept only from the desk's own pages: the post that ended up signed out, and the sign-in that
// carries it, must prove they came from this origin (Origin, or Sec-Fetch-Site). A page on another
// site can make a signed-out browser post a form, but what it posted is never kept or shown.
import type { Queryable } from './db';
import { hashSecret } from './sessions';

/** The fields as the sign-in page carries them (URL-encoded): small beside a form's 256 KiB. */
export const KEPT_MAX_CHARS = 64 * 1024;
export const KEPT_FIELDS_MAX = 100;
/** How long the fields wait, after signing in, for the page that shows them back. */
export const KEPT_MINUTES = 15;

/** What a page shows back: its form's address, and the fields as they were posted, in order. */
export interface KeptForm {
  readonly action: string;
  readonly fields: readonly (readonly [name: string, value: string])[];
}

/** A field name the desk's forms use; anything else (and the stale CSRF token) is not kept. */
const KEPT_NAME = /^[A-Za-z][\w.-]{0,63}$/;
const NEVER_KEPT = /^_csrf$|password/i;

/**
 * The fields of a posted form worth keeping, URL-encoded (as they travel in the sign-in page), or
 * 'too-large' when they would not fit; undefined when there is nothing typed to keep.
 */
export function encodeKept(form: URLSearchParams): string | 'too-large' | undefined {
  const kept = new URLSearchParams();
  let count = 0;
  for (const [name, value] of form) {
    if (!KEPT_NAME.test(name) || NEVER_KEPT.test(name)) continue;
    kept.append(name, value);
    count++;
  }
  if (count === 0) return undefined;
  const text = kept.toString();
  return count > KEPT_FIELDS_MAX || text.length > KEPT_MAX_CHARS ? 'too-large' : text;
}

/** Fields carried back through sign-in, read with the same rules; undefined when unusable. */
export function decodeKept(text: string): KeptForm['fields'] | undefined {
  if (text === '' || text.length > KEPT_MAX_CHARS) return undefined;
  const fields = [...new URLSearchParams(text)].filter(
    ([name]) => KEPT_NAME.test(name) && !NEVER_KEPT.test(name),
  );
  return fields.length > 0 && fields.length <= KEPT_FIELDS_MAX ? fields : undefined;
}

/**
 * A desk path a form may post to, as its `action` names it: `/desk/…` with no query, dot segments
 * or doubled slashes. Anything else is never kept (it is only compared, never followed).
 */
export const isFormAction = (path: string) =>
  /^\/desk(?:\/[\w.~%-]+)*$/.test(path) && !/\/\.\.?(?:\/|$)/.test(path) && path.length <= 300;

/** Keeps the fields for the session the cookie names (one form per session: the latest). */
export async function keepForm(
  db: Queryable,
  cookie: string,
  kept: KeptForm & { readonly page: string },
  now: Date,
): Promise<void> {
  await db.query('DELETE FROM desk_kept_forms WHERE expires_at <= $1', [now]);
  await db.query(
    `INSERT INTO desk_kept_forms (session_hash, page, action, fields, expires_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (session_hash) DO UPDATE SET page = excluded.page, action = excluded.action,
       fields = excluded.fields, expires_at = excluded.expires_at`,
    [
      hashSecret(cookie),
      kept.page,
      kept.action,
      new URLSearchParams(kept.fields.map(([name, value]) => [name, value])).toString(),
      new Date(now.getTime() + KEPT_MINUTES * 60_000),
    ],
  );
}

/** The session's kept form, taken (it is shown once); undefined when there is none in time. */
export async function takeKeptForm(
  db: Queryable,
  cookie: string | undefined,
  now: Date,
): Promise<KeptForm | undefined> {
  if (!cookie) return undefined;
  const [row] = await db.query<{ action: string; fields: string; expires_at: Date }>(
    'DELETE FROM desk_kept_forms WHERE session_hash = $1 RETURNING action, fields, expires_at',
    [hashSecret(cookie)],
  );
  if (!row || new Date(row.expires_at) <= now) return undefined;
  const fields = decodeKept(row.fields);
  return fields && { action: row.action, fields };
}
