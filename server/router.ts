// Reading the route table: which routes answer at a path, which one takes a method, and what a
// 405's Allow and a preflight's Access-Control-Allow-Methods name. Pure functions of the table, so
// tests/server/router.test.ts checks them on tables of its own.
import type { Route } from './routes/route';

/** The routes at `path`: those naming it exactly, else those with the longest prefix of it. */
export function routesAt(routes: readonly Route[], path: string): Route[] {
  const exact = routes.filter((route) => route.path === path);
  if (exact.length > 0) return exact;
  const prefixed = routes.filter(
    (route) => route.prefix !== undefined && path.startsWith(route.prefix),
  );
  const longest = Math.max(...prefixed.map((route) => route.prefix?.length ?? 0));
  return prefixed.filter((route) => route.prefix?.length === longest);
}

/** The route among `here` that takes `method`; a GET route takes HEAD too. */
export function routeFor(here: readonly Route[], method: string): Route | undefined {
  const wanted = method === 'HEAD' ? 'GET' : method;
  return here.find((route) => route.method === wanted);
}

const unique = (methods: readonly string[]) => [...new Set(methods)];

/**
 * `Allow` for a 405 at a path: the methods its routes take, and OPTIONS where pages on allowed
 * origins post, since their browsers preflight the post first.
 */
export function allowedMethods(here: readonly Route[]): string {
  const methods = here.map((route) => route.method);
  const preflighted = here.some((route) => route.cors === 'allowed-origins');
  return unique(preflighted ? [...methods, 'OPTIONS'] : methods).join(', ');
}

/**
 * What a preflight may be approved for, at any path: the methods of every route that pages on
 * other origins may read, in table order, and OPTIONS.
 */
export function crossOriginMethods(routes: readonly Route[]): string {
  const open = routes.filter((route) => route.cors !== 'none');
  return unique([...open.map((route) => route.method), 'OPTIONS']).join(', ');
}
