import { isOriginAllowed } from '../http/cors';
import { pageOrigin } from '../http/origin';
import { sendJson } from '../http/responses';
import type { RequestContext } from '../web/route';

/** A challenge id as the contract allows it (utils/schema/challenge.ts); others are not looked up. */
const CHALLENGE_ID = /^[a-z0-9-]{1,80}$/;

/**
 * `GET /api/embed-check[?challenge=<id>]`: whether a page on the calling origin may post answers
 * here, and whether the named challenge exists and is published (in the feed). For the widget,
 * right after its first paint on a page of another origin, so the webmaster reads in the console
 * what is wrong before a citizen writes a word. Any page may read it; it says nothing about anyone.
 * A "no" counts the origin as refused, so the desk lists the site at once.
 */
export async function getEmbedCheck({ req, res, url, cors, services }: RequestContext) {
  const header = req.headers.origin;
  const allowed =
    header !== undefined &&
    isOriginAllowed(req, {
      allowedOrigins: await services.allowedOrigins.current(),
      publicOrigin: services.config.publicOrigin,
    });
  if (header !== undefined && !allowed) services.refuseOrigin(req);
  const body: {
    origin: string | null;
    allowed: boolean;
    challenge?: { exists: boolean; published: boolean };
  } = { origin: pageOrigin(header) ?? null, allowed };
  const id = url.searchParams.get('challenge');
  if (id !== null) {
    const [row] = CHALLENGE_ID.test(id)
      ? await services.db.query<{ published: boolean }>(
          'SELECT archived_at IS NULL AS published FROM challenges WHERE id = $1',
          [id],
        )
      : [];
    body.challenge = { exists: row !== undefined, published: row?.published === true };
  }
  sendJson(res, 200, body, { ...cors, 'Cache-Control': 'no-store', Vary: 'Origin' });
}
