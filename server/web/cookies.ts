// The desk's one cookie: the staff session. Over https it is a `__Host-` cookie (Secure, Path=/, no
// Domain: only this exact origin ever receives it, and a sibling subdomain cannot plant one). A
// browser refuses a `__Host-` cookie without Secure, and Secure needs https, so on plain http (the
// local demo, tests on 127.0.0.1) the same cookie goes without the prefix and without Secure.
// Always HttpOnly (no script reads it) and SameSite=Strict (no other site's page sends it along).
import type { IncomingMessage } from 'node:http';

export const SECURE_COOKIE = '__Host-samskab-desk';
export const PLAIN_COOKIE = 'samskab-desk';

export const sessionCookieName = (secure: boolean) => (secure ? SECURE_COOKIE : PLAIN_COOKIE);

/** The `Set-Cookie` value for a session; `maxAgeSeconds` 0 removes it. */
export function sessionCookie(
  value: string,
  options: { secure: boolean; maxAgeSeconds: number },
): string {
  return [
    `${sessionCookieName(options.secure)}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    ...(options.secure ? ['Secure'] : []),
    `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`,
  ].join('; ');
}

/** A cookie's value from the request, or undefined; the first one wins if a name repeats. */
export function readCookie(
  req: Pick<IncomingMessage, 'headers'>,
  name: string,
): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    if (part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}
