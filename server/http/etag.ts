// Entity tags for responses built per request (the challenges feed): a hash of the body, so equal
// bodies get equal tags on every instance and after restarts, and a client that has the body gets
// a 304 with no body instead of the same bytes again.
import { createHash } from 'node:crypto';

/** A strong tag: quoted, 128 bits of the body's SHA-256. */
export const entityTag = (body: string) =>
  `"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 22)}"`;

/**
 * Whether `If-None-Match` names `tag` (RFC 9110 §13.1.2): `*`, or a list of tags compared weakly
 * (a `W/` prefix ignored), as a GET's condition is.
 */
export function noneMatchHits(header: string | string[] | undefined, tag: string): boolean {
  if (header === undefined) return false;
  const listed = (Array.isArray(header) ? header.join(',') : header)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const opaque = (item: string) => (item.startsWith('W/') ? item.slice(2) : item);
  return listed.some((item) => item === '*' || opaque(item) === opaque(tag));
}
