import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';

export const ALLOWED_METHODS = 'POST, GET, OPTIONS';
export const ALLOWED_HEADERS = 'Content-Type, Idempotency-Key';
export const PREFLIGHT_MAX_AGE_SECONDS = 600;

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

export interface CorsPolicy {
  readonly allowedOrigins: readonly string[];
  readonly publicOrigin: string | undefined;
}

/** Whether the page at `origin` may post answers and read the responses. */
export function isOriginAllowed(req: IncomingMessage, policy: CorsPolicy): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  return policy.allowedOrigins.includes(origin) || origin === ownOrigin(req, policy.publicOrigin);
}

/**
 * Headers for an actual (not preflight) response to an allowed origin: the origin echoed, never
 * `*` and never credentials; `Retry-After` exposed because the widget must honour it on a 429 and
 * it is not a header a cross-origin script may read by default.
 */
export const corsResponseHeaders = (origin: string): OutgoingHttpHeaders => ({
  'Access-Control-Allow-Origin': origin,
  'Access-Control-Expose-Headers': 'Retry-After',
  Vary: 'Origin',
});

export const preflightHeaders = (origin: string): OutgoingHttpHeaders => ({
  ...corsResponseHeaders(origin),
  'Access-Control-Allow-Methods': ALLOWED_METHODS,
  'Access-Control-Allow-Headers': ALLOWED_HEADERS,
  'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
});
