// Reading the route table: which routes answer at a path, which one takes a method, and what a
// 405's Allow and a preflight's Access-Control-Allow-Methods name. Pure functions of the table, so
// tests/server/router.test.ts checks them on tables of its own.
import type { CorsPolicy } from './cors';

/** GET routes answer HEAD as well; OPTIONS is answered for every path (server/http/cors.ts). */
export type Method = 'GET' | 'POST';

/**
 * What the router reads of a route table's entry (server/web/route.ts has the whole entry): an
 * exact or pattern `path`, or a `prefix`.
 */
export interface RoutePlace {
  readonly method: Method;
  readonly cors: CorsPolicy;
  readonly path?: string | undefined;
  readonly prefix?: string | undefined;
}

const isPattern = (path: string) => path.includes('/:');

/**
 * The values of a pattern path's `:name` segments in `path` (`/desk/answers/:id` and
 * `/desk/answers/7f…` give `{ id: '7f…' }`), or undefined when it does not match. A value is one
 * whole, non-empty segment, still percent-encoded.
 */
export function pathParams(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const have = path.split('/');
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const value = have[i]!;
    if (part.startsWith(':')) {
      if (value === '') return undefined;
      params[part.slice(1)] = value;
    } else if (part !== value) return undefined;
  }
  return params;
}

/**
 * The routes at `path`: those naming it exactly; else those whose pattern (`/desk/answers/:id`)
 * matches it; else those with the longest prefix of it.
 */
export function routesAt<R extends RoutePlace>(routes: readonly R[], path: string): R[] {
  const exact = routes.filter((route) => route.path === path && !isPattern(route.path));
  if (exact.length > 0) return exact;
  const patterned = routes.filter(
    (route) =>
      route.path !== undefined &&
      isPattern(route.path) &&
      pathParams(route.path, path) !== undefined,
  );
  if (patterned.length > 0) return patterned;
  const prefixed = routes.filter(
    (route) => route.prefix !== undefined && path.startsWith(route.prefix),
  );
  const longest = Math.max(...prefixed.map((route) => route.prefix?.length ?? 0));
  return prefixed.filter((route) => route.prefix?.length === longest);
}

/** The route among `here` that takes `method`; a GET route takes HEAD too. */
export function routeFor<R extends RoutePlace>(here: readonly R[], method: string): R | undefined {
  const wanted = method === 'HEAD' ? 'GET' : method;
  return here.find((route) => route.method === wanted);
}

const unique = (methods: readonly string[]) => [...new Set(methods)];

/**
 * `Allow` for a 405 at a path: the methods its routes take, and OPTIONS where pages on allowed
 * origins post, since their browsers preflight the post first.
 */
export function allowedMethods(here: readonly RoutePlace[]): string {
  const methods = here.map((route) => route.method);
  const preflighted = here.some((route) => route.cors === 'allowed-origins');
  return unique(preflighted ? [...methods, 'OPTIONS'] : methods).join(', ');
}

/**
 * What a preflight may be approved for, at any path: the methods of every route that pages on
 * other origins may read, in table order, and OPTIONS.
 */
export function crossOriginMethods(routes: readonly RoutePlace[]): string {
  const open = routes.filter((route) => route.cors !== 'none');
  return unique([...open.map((route) => route.method), 'OPTIONS']).join(', ');
}
