// Origins as text: what a browser's `Origin` header holds, what staff type into the desk, and how
// both are shown. The header is written by whoever sends the request, so nothing of it is kept,
// counted or logged unless it is exactly what a browser would send for an http(s) page: the
// serialisation `new URL(…).origin` gives (lower case, punycode, no default port, no path, no
// user), which has no room for control characters, spaces, quotes or an e-mail address.
import { domainToUnicode } from 'node:url';

/** Longer than any real origin (a 253-character host, a scheme and a port); refused above. */
export const ORIGIN_MAX = 300;

/** The `Origin` header if it is a browser's serialised http(s) origin; otherwise undefined. */
export function pageOrigin(header: string | readonly string[] | undefined): string | undefined {
  if (typeof header !== 'string' || header.length > ORIGIN_MAX) return undefined;
  let url: URL;
  try {
    url = new URL(header);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.origin === header ? header : undefined;
}

/**
 * What the request log says of a refused `Origin`: the origin itself when it is one, `null` for
 * the browser's opaque origin (a sandboxed frame, a file), else `invalid`: attacker-chosen text
 * never reaches the log.
 */
export function originForLog(header: string | readonly string[] | undefined): string {
  if (header === 'null') return 'null';
  return pageOrigin(header) ?? 'invalid';
}

export type OriginInput =
  | { readonly ok: true; readonly origin: string }
  | { readonly ok: false; readonly reason: string };

/**
 * What staff type as a site (`https://www.lunde.dk`, also with a path, which is dropped) read as
 * an origin, or why it is not one. Whitespace or control characters inside are refused rather
 * than dropped as the URL parser would: what is allowed must be what was shown.
 */
export function readOriginInput(text: string): OriginInput {
  const value = text.trim();
  if (!value) return { ok: false, reason: 'Skriv sitets adresse, fx https://www.lunde.dk.' };
  if (value.length > ORIGIN_MAX)
    return { ok: false, reason: `Adressen må højst være ${ORIGIN_MAX} tegn.` };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
  if (/[\s\u0000-\u001f\u007f-\u009f]/.test(value))
    return { ok: false, reason: 'Adressen må ikke indeholde mellemrum eller kontroltegn.' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'Det er ikke en adresse som https://www.lunde.dk.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, reason: 'Adressen skal begynde med https:// (eller http://).' };
  if (url.username || url.password)
    return { ok: false, reason: 'Adressen må ikke indeholde et brugernavn eller en adgangskode.' };
  if (url.origin.length > ORIGIN_MAX)
    return { ok: false, reason: `Adressen må højst være ${ORIGIN_MAX} tegn.` };
  return { ok: true, origin: url.origin };
}

/** An origin as a browser's address bar shows it: its host in Unicode (`xn--` decoded). */
export function unicodeOrigin(origin: string): string {
  const url = new URL(origin);
  const host = domainToUnicode(url.hostname) || url.hostname;
  return `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`;
}
