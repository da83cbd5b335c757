// Who may call a route: one check per kind of access in the route table (server/routes/index.ts),
// run before the handler. A check that refuses has answered the request itself, so each kind of
// access refuses in its own way (a 401 for a token today; a redirect to sign-in for a session).
import { presentedToken } from './auth';
import { DESK_ACCESS_CHECKS } from './desk/access';
import type { Grant } from './desk/grant';
import { PRIVATE_HEADERS, sendHtml, sendJson } from './responses';
import type { Access, RequestContext } from './routes/route';

/**
 * What the handler may know (the signed-in person, a posted form) when the request may go on;
 * false once the refusal has been sent.
 */
type AccessCheck = (
  context: RequestContext,
  page: boolean,
) => Grant | false | Promise<Grant | false>;

/** A 401 that names no one, the same for every wrong token; HTML for the inbox page. */
function refuseWithoutInboxToken({ res }: RequestContext, page: boolean): false {
  const headers = { ...PRIVATE_HEADERS, 'WWW-Authenticate': 'Bearer realm="samskab-inbox"' };
  if (page) {
    sendHtml(
      res,
      401,
      '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Adgang nægtet</title></head>' +
        '<body><main><h1>Adgang nægtet</h1><p>Indbakken kræver adgangsnøglen ' +
        '(SAMSKAB_INBOX_TOKEN), som modtageren skrev ud ved start.</p></main></body></html>',
      headers,
    );
  } else {
    sendJson(res, 401, { error: 'the inbox token is missing or wrong' }, headers);
  }
  return false;
}

export const ACCESS_CHECKS: Readonly<Record<Access, AccessCheck>> = {
  public: () => ({}),
  'inbox-token': (context, page) =>
    context.services.inboxTokenMatches(presentedToken(context.req, context.url))
      ? {}
      : refuseWithoutInboxToken(context, page),
  ...DESK_ACCESS_CHECKS,
};
