// How the desk answers: private pages (never cached, never indexed, no Referer to other sites),
// and after a form, a 303 to a page (post/redirect/get), so reloading never posts twice.
//
// `same-origin` rather than `no-referrer`: with no-referrer a browser sends `Origin: null` on the
// desk's own form posts, and the Origin check (server/web/desk-access.ts) could not tell them from
// another site's.

import type { ServerResponse } from 'node:http';
import { PRIVATE_HEADERS, sendHtml } from '../http/responses';
import { deskPaths } from '../ui/desk-paths';
import { html } from '../ui/html';
import { deskPage, type PageOptions } from '../ui/layout';

export const DESK_HEADERS = { ...PRIVATE_HEADERS, 'Referrer-Policy': 'same-origin' };

export function sendPage(res: ServerResponse, page: PageOptions, status = 200): void {
  sendHtml(res, status, deskPage(page), DESK_HEADERS);
}

/** A redirect to one of the desk's own pages; `location` must be a path starting with `/desk`. */
export function seeOther(
  res: ServerResponse,
  location: string,
  headers: Record<string, string | string[]> = {},
): void {
  res.writeHead(303, { ...DESK_HEADERS, ...headers, Location: location, 'Content-Length': 0 });
  res.end();
}

/** A page that says what went wrong and where to go, for refusals and missing things. */
export function sendProblem(
  res: ServerResponse,
  status: number,
  title: string,
  text: string,
  page: Partial<PageOptions> = {},
): void {
  sendPage(
    res,
    {
      ...page,
      title,
      body: html`<h1>${title}</h1><p>${text}</p><p><a href="${deskPaths.home}">Til forsiden af arbejdsbordet</a></p>`,
    },
    status,
  );
}

/**
 * C0 controls, DEL and C1 controls (Unicode's Cc: U+0000-U+001F, U+007F-U+009F): a header cannot
 * carry them, and Node throws ERR_INVALID_CHAR where one was put in.
 */
const CONTROL_CHARACTER = /\p{Cc}/u;

/** Anything but printable ASCII, percent-encoded as UTF-8: a header holds bytes, not text. */
const asHeaderText = (path: string) =>
  path.replace(/[^\x21-\x7e]/gu, (char) =>
    [...Buffer.from(char)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join(''),
  );

/**
 * Where to go after signing in: a desk page the person asked for, never another site. Only paths
 * under /desk, with no scheme, host or backslash, and not the sign-in page itself. Undefined when
 * `value` holds a control character: the caller answers 400 (refuseControlCharacters) before it
 * does anything else, since such a link was made to break the redirect, not by the desk.
 */
export function safeNext(value: string | null | undefined): string | undefined {
  if (value && CONTROL_CHARACTER.test(value)) return undefined;
  if (
    !value ||
    !/^\/desk(?:[/?#]|$)/.test(value) ||
    value.includes('\\') ||
    value.startsWith('//')
  ) {
    return deskPaths.home;
  }
  return value.startsWith(deskPaths.signIn) ? deskPaths.home : asHeaderText(value);
}

/** The 400 for a `next` (or other address to go on to) holding a control character. */
export function refuseControlCharacters(res: ServerResponse): void {
  sendProblem(
    res,
    400,
    'Adressen blev afvist',
    'Adressen, du skulle sendes videre til, indeholder styretegn. Gå til arbejdsbordet og find siden derfra.',
  );
}
