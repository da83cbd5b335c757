import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * Which pages on other origins may read a route's answers (a route's `cors`):
 * - `none`: no CORS headers; a preflight is approved for allowed origins only;
 * - `allowed-origins`: the allowed sites (SAMSKAB_ALLOWED_ORIGINS and the desk's) and the
 *   receiver's own origin, echoed;
 * - `any`: every page (`*`), and every preflight is approved: public data;
 * - `any-without-preflight`: every page (`*`) for what loads without a preflight (scripts,
 *   modules, stylesheets, fonts), while a preflight is approved for allowed origins only.
 */
export type CorsPolicy = 'none' | 'allowed-origins' | 'any' | 'any-without-preflight';

export const ALLOWED_HEADERS = 'Content-Type, Idempotency-Key, If-None-Match';
/**
 * How long a browser may reuse an approved preflight. Short, because a site removed in the desk
 * must be refused within 10 s: this, plus the time a receiver keeps the list of allowed sites
 * (server/data/allowed-origins.ts). A preflight is a small request, and answers are few.
 */
export const PREFLIGHT_MAX_AGE_SECONDS = 5;

const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin this request reached: the configured public origin (behind a proxy that terminates
 * TLS), else `http://` plus the Host header. A Host that is not a plain host[:port] is not used,
 * because the demo page writes this origin into its HTML.
 */
export function ownOrigin(
  req: IncomingMessage,
  publicOrigin: string | undefined,
): string | undefined {
  if (publicOrigin) return publicOrigin;
  const host = req.headers.host;
  return host && HOST.test(host) ? `http://${host.toLowerCase()}` : undefined;
}

/**
 * The pages that may post answers from a browser: the allowed sites (SAMSKAB_ALLOWED_ORIGINS and
 * those allowed in the desk, server/data/allowed-origins.ts), and the receiver's own origin.
 */
export interface CorsOrigins {
  readonly allowedOrigins: ReadonlySet<string>;
  readonly publicOrigin: string | undefined;
}

/** Whether the page at `origin` may post answers and read the responses. */
export function isOriginAllowed(req: IncomingMessage, origins: CorsOrigins): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  return origins.allowedOrigins.has(origin) || origin === ownOrigin(req, origins.publicOrigin);
}

/**
 * Headers for an actual (not preflight) response to an allowed origin: the origin echoed, never
 * `*` and never credentials; `Retry-After` exposed because the widget must honour it on a 429 and
 * `ETag` because the widget keeps it for its next batch of statuses (`If-None-Match`); neither is
 * a header a cross-origin script may read by default.
 */
export const corsResponseHeaders = (origin: string): OutgoingHttpHeaders => ({
  'Access-Control-Allow-Origin': origin,
  'Access-Control-Expose-Headers': 'Retry-After, ETag',
  Vary: 'Origin',
});

/** The CORS headers a route's answers carry for this request, by the route's policy. */
export function corsHeaders(
  policy: CorsPolicy,
  req: IncomingMessage,
  origins: CorsOrigins,
): OutgoingHttpHeaders {
  switch (policy) {
    case 'none':
      return {};
    case 'allowed-origins': {
      const origin = req.headers.origin;
      return origin && isOriginAllowed(req, origins) ? corsResponseHeaders(origin) : {};
    }
    case 'any':
    case 'any-without-preflight':
      return { 'Access-Control-Allow-Origin': '*' };
  }
}

const preflightHeaders = (origin: string, methods: string): OutgoingHttpHeaders => ({
  ...corsResponseHeaders(origin),
  'Access-Control-Allow-Methods': methods,
  'Access-Control-Allow-Headers': ALLOWED_HEADERS,
  'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
});

/**
 * Answers OPTIONS at a path whose routes have `policies`. `methods` is what any preflight may be
 * approved for (server/http/router.ts); an OPTIONS without an Origin, which is no preflight, gets it
 * as `Allow`. Returns `refused` when the origin was not allowed (the receiver counts those).
 */
export function answerPreflight(
  req: IncomingMessage,
  res: ServerResponse,
  policies: readonly CorsPolicy[],
  origins: CorsOrigins,
  methods: string,
): 'approved' | 'refused' {
  const origin = req.headers.origin;
  let outcome: 'approved' | 'refused' = 'approved';
  if (!origin) {
    res.writeHead(204, { Allow: methods });
  } else if (policies.includes('any')) {
    res.writeHead(204, { ...preflightHeaders('*', methods), Vary: 'Origin' });
  } else if (!isOriginAllowed(req, origins)) {
    res.writeHead(403, { Vary: 'Origin' });
    outcome = 'refused';
  } else {
    res.writeHead(204, preflightHeaders(origin, methods));
  }
  res.end();
  return outcome;
}
