// Who may call a route: one check per kind of access in the route table (server/routes/index.ts),
// run before the handler. A check that refuses has answered the request itself, so each kind of
// access refuses in its own way (a redirect to sign-in for a desk page, a 401 for a system).
import { DESK_ACCESS_CHECKS } from './desk-access';
import type { Grant } from './grant';
import type { Access, RequestContext } from './route';

/**
 * What the handler may know (the signed-in person, a posted form) when the request may go on;
 * false once the refusal has been sent.
 */
type AccessCheck = (
  context: RequestContext,
  page: boolean,
) => Grant | false | Promise<Grant | false>;

export const ACCESS_CHECKS: Readonly<Record<Access, AccessCheck>> = {
  public: () => ({}),
  ...DESK_ACCESS_CHECKS,
};
