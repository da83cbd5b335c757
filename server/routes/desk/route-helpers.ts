import type { Method } from '../../http/router';
import type { DeskAccess } from '../../web/grant';
import type { Handler, Route } from '../../web/route';

/**
 * A desk page or form: no CORS (only the desk's own pages use it), refused as a page (a redirect
 * to sign-in, or a page saying why) rather than as JSON. `menu` puts a page in the main menu.
 */
export const deskRoute = (
  method: Method,
  path: string,
  access: DeskAccess | 'public',
  handle: Handler,
  menu?: string,
): Route => ({ method, path, access, cors: 'none', page: true, handle, ...(menu && { menu }) });

/** Every desk path under `prefix` that no other route takes, answered as a desk page. */
export const deskPrefixRoute = (
  method: Method,
  prefix: string,
  access: DeskAccess | 'public',
  handle: Handler,
): Route => ({ method, prefix, access, cors: 'none', page: true, handle });
