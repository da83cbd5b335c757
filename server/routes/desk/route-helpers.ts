import type { DeskAccess } from '../../desk/grant';
import type { Handler, Method, Route } from '../route';

/**
 * A desk page or form: no CORS (only the desk's own pages use it), refused as a page (a redirect
 * to sign-in, or a page saying why) rather than as JSON.
 */
export const deskRoute = (
  method: Method,
  path: string,
  access: DeskAccess | 'public',
  handle: Handler,
  /** `prefix`: every path under `path` that no other route takes. */
  match: 'path' | 'prefix' = 'path',
): Route =>
  match === 'prefix'
    ? { method, prefix: path, access, cors: 'none', page: true, handle }
    : { method, path, access, cors: 'none', page: true, handle };
