// Where a desk form posted after its session ended came from (server/data/kept-forms.ts keeps what
// it typed only when it provably came from the desk's own page): read from the request, so here
// rather than beside the stored fields.
import type { IncomingMessage } from 'node:http';

/**
 * Whether a request provably came from a page of `origin` (a browser says so in Origin on every
 * POST, or in Sec-Fetch-Site); without either it proves nothing.
 */
export function fromOwnPage(req: IncomingMessage, origin: string | undefined): boolean {
  const claimed = req.headers.origin;
  if (claimed !== undefined) return origin !== undefined && claimed === origin;
  return req.headers['sec-fetch-site'] === 'same-origin';
}

/**
 * The desk page a form was on (Referer, when it is one of this origin's desk pages), without its
 * notice; undefined when the browser did not say.
 */
export function formPage(req: IncomingMessage, origin: string | undefined): string | undefined {
  const referer = req.headers.referer;
  if (!referer || !origin) return undefined;
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return undefined;
  }
  if (url.origin !== origin || !/^\/desk(?:\/|$)/.test(url.pathname)) return undefined;
  url.searchParams.delete('besked');
  const query = url.searchParams.toString();
  return `${url.pathname}${query ? `?${query}` : ''}`;
}
