import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** For every HTML page the receiver serves, and for SVG files, which can carry script. */
export const CSP = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

const HTML_HEADERS: OutgoingHttpHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': CSP,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The inbox holds personal data: not cached anywhere, not indexed, token not leaked in Referer. */
export const PRIVATE_HEADERS: OutgoingHttpHeaders = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
};

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** A 415 for a body that is not UTF-8 JSON; the connection closes, since the body is left unread. */
export function refuseNotJson(res: ServerResponse, headers: OutgoingHttpHeaders = {}): void {
  sendJson(
    res,
    415,
    { error: 'Content-Type must be application/json' },
    { ...headers, Connection: 'close' },
  );
}

export function sendHtml(
  res: ServerResponse,
  status: number,
  body: string,
  headers: OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, { ...HTML_HEADERS, ...headers, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

export function notFound(res: ServerResponse): void {
  sendJson(res, 404, { error: 'not found' });
}
