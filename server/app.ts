import type {
  IncomingMessage,
  OutgoingHttpHeaders,
  RequestListener,
  ServerResponse,
} from 'node:http';
import { join } from 'node:path';
import { createTokenCheck, presentedToken } from './auth';
import { listChallenges } from './challenges';
import type { Clock, Config } from './config';
import {
  ALLOWED_METHODS,
  corsResponseHeaders,
  isOriginAllowed,
  ownOrigin,
  preflightHeaders,
} from './cors';
import type { Database } from './db';
import { DEMO_PAGES, renderDemoPage } from './demo';
import { isJsonContentType, readBody, sendJson } from './http';
import { renderCsv, renderInbox, toEntries } from './inbox';
import { createRateLimiter } from './rate-limit';
import { resolveInside, serveFile } from './static';
import { acceptSubmission, listSubmissions } from './submissions';

/** What the receiver is given besides its Config: parts that are not configuration. */
export interface ReceiverDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly newReference: () => string;
  /** Where unexpected errors go; never sent to the client. */
  readonly logError: (message: string, error: unknown) => void;
}

const CSP = [
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
const PRIVATE_HEADERS: OutgoingHttpHeaders = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
};

const sendHtml = (
  res: ServerResponse,
  status: number,
  body: string,
  extra: OutgoingHttpHeaders = {},
) => {
  res.writeHead(status, { ...HTML_HEADERS, ...extra, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
};

/**
 * Origin-form targets ("/path?query") are appended to a dummy base rather than resolved against it,
 * so that "//host/path" stays a path instead of naming another host.
 */
function requestUrl(target = '/'): URL {
  const base = 'http://receiver.invalid';
  try {
    return target.startsWith('/') ? new URL(base + target) : new URL(target);
  } catch {
    return new URL(`${base}/`);
  }
}

/**
 * The receiver as a request listener: everything it needs comes in through `config` and `deps`,
 * so tests can run it on any port with any database and any rate limit.
 */
export function createReceiver(config: Config, deps: ReceiverDeps): RequestListener {
  const { db, clock, newReference, logError } = deps;
  const { maxBodyBytes, bodyTimeoutMs } = config;
  const rateLimit = createRateLimiter(config.rateLimit, clock);
  const tokenMatches = createTokenCheck(config.inboxToken);
  const staticRoots = [
    ['/widget/', config.staticDirs.widget],
    ['/dkfds/', config.staticDirs.dkfds],
    ['/assets/', join(config.staticDirs.demo, 'assets')],
  ] as const;
  const cors = { allowedOrigins: config.allowedOrigins, publicOrigin: config.publicOrigin };

  async function postSubmission(req: IncomingMessage, res: ServerResponse) {
    const origin = req.headers.origin;
    const headers = origin && isOriginAllowed(req, cors) ? corsResponseHeaders(origin) : {};
    const decision = rateLimit(req.socket.remoteAddress ?? 'unknown');
    if (!decision.allowed) {
      // Not reading the body: with Connection: close the rest is discarded with the socket.
      return sendJson(
        res,
        429,
        {
          error: `too many submissions from this address; try again in ${decision.retryAfterSeconds} s`,
        },
        { ...headers, 'Retry-After': String(decision.retryAfterSeconds), Connection: 'close' },
      );
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      return sendJson(
        res,
        415,
        { error: 'Content-Type must be application/json' },
        {
          ...headers,
          Connection: 'close',
        },
      );
    }
    const body = await readBody(req, { maxBytes: maxBodyBytes, timeoutMs: bodyTimeoutMs });
    if (!body.ok) {
      // The rest of a body that is too large or too slow is not read: the socket goes with it.
      const close = { ...headers, Connection: 'close' };
      switch (body.reason) {
        case 'too-large':
          return sendJson(
            res,
            413,
            { error: `the body is larger than ${maxBodyBytes} bytes` },
            close,
          );
        case 'timeout':
          return sendJson(
            res,
            408,
            { error: `the body did not arrive within ${bodyTimeoutMs / 1000} s; send it again` },
            close,
          );
        case 'not-utf8':
          return sendJson(res, 400, { error: 'the body is not UTF-8' }, headers);
        case 'aborted':
          return;
      }
    }
    const idempotencyKey = req.headers['idempotency-key'];
    const outcome = await acceptSubmission(
      { db, now: () => new Date(clock()), newReference },
      Array.isArray(idempotencyKey) ? idempotencyKey[0] : idempotencyKey,
      body.text,
    );
    sendJson(res, outcome.status, outcome.body, headers);
  }

  async function getChallenges(res: ServerResponse) {
    const challenges = await listChallenges(db);
    // Public data meant to be shown anywhere (other sites, the extension): any origin may read it.
    sendJson(
      res,
      200,
      { challenges },
      {
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'public, max-age=60',
      },
    );
  }

  /** False when the token is right; else true, after a 401 that names no one was sent. */
  function refuseWithoutToken(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    asHtml: boolean,
  ) {
    if (tokenMatches(presentedToken(req, url))) return false;
    const headers = { ...PRIVATE_HEADERS, 'WWW-Authenticate': 'Bearer realm="samskab-inbox"' };
    if (asHtml) {
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
    return true;
  }

  async function getInbox(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (refuseWithoutToken(req, res, url, true)) return;
    const [submissions, challenges] = await Promise.all([listSubmissions(db), listChallenges(db)]);
    const queryToken = url.searchParams.get('token');
    const csvHref = `/api/submissions.csv${queryToken ? `?token=${encodeURIComponent(queryToken)}` : ''}`;
    sendHtml(res, 200, renderInbox(toEntries(submissions), challenges, csvHref), PRIVATE_HEADERS);
  }

  async function getCsv(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (refuseWithoutToken(req, res, url, false)) return;
    const csv = renderCsv(toEntries(await listSubmissions(db)));
    const date = new Date(clock()).toISOString().slice(0, 10);
    res.writeHead(200, {
      ...PRIVATE_HEADERS,
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="samskab-svar-${date}.csv"`,
      'Content-Length': Buffer.byteLength(csv),
    });
    res.end(csv);
  }

  async function getDemoPage(req: IncomingMessage, res: ServerResponse, page: string) {
    const origin = ownOrigin(req, config.publicOrigin);
    if (!origin) return sendJson(res, 400, { error: 'the Host header is not a host name' });
    const body = await renderDemoPage(config.staticDirs, page, {
      origin,
      challenges: await listChallenges(db),
    });
    sendHtml(res, 200, body, { 'Cache-Control': 'no-cache' });
  }

  /** Public files: any origin may load them, also as modules (the widget's lazy chunk). */
  async function getStatic(res: ServerResponse, root: string, rest: string, method: string) {
    const path = resolveInside(root, rest);
    const headers: OutgoingHttpHeaders = {
      'Cache-Control': 'no-cache',
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    };
    if (path?.endsWith('.svg')) headers['Content-Security-Policy'] = CSP;
    if (!path || !(await serveFile(res, path, headers, method))) notFound(res);
  }

  function notFound(res: ServerResponse) {
    sendJson(res, 404, { error: 'not found' });
  }

  function methodNotAllowed(res: ServerResponse, allow: string) {
    sendJson(res, 405, { error: `method not allowed; use ${allow}` }, { Allow: allow });
  }

  function preflight(req: IncomingMessage, res: ServerResponse, path: string) {
    const origin = req.headers.origin;
    if (!origin) {
      res.writeHead(204, { Allow: ALLOWED_METHODS });
      return res.end();
    }
    if (path === '/api/challenges') {
      res.writeHead(204, { ...preflightHeaders('*'), Vary: 'Origin' });
      return res.end();
    }
    if (!isOriginAllowed(req, cors)) {
      res.writeHead(403, { Vary: 'Origin' });
      return res.end();
    }
    res.writeHead(204, preflightHeaders(origin));
    res.end();
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const method = req.method ?? 'GET';
    const url = requestUrl(req.url);
    const path = url.pathname;
    const isGet = method === 'GET' || method === 'HEAD';
    res.setHeader('X-Content-Type-Options', 'nosniff');

    if (method === 'OPTIONS') return preflight(req, res, path);
    if (path === '/api/submissions') {
      return method === 'POST' ? postSubmission(req, res) : methodNotAllowed(res, 'POST, OPTIONS');
    }
    if (!isGet) return methodNotAllowed(res, 'GET');
    if (path === '/api/challenges') return getChallenges(res);
    if (path === '/api/submissions.csv') return getCsv(req, res, url);
    if (path === '/inbox') return getInbox(req, res, url);
    if (path === '/') return getDemoPage(req, res, 'index.html');
    const page = path.slice(1);
    if (DEMO_PAGES.has(page)) return getDemoPage(req, res, page);
    for (const [prefix, root] of staticRoots) {
      // URL parsing already resolved plain and %2e dot segments; resolveInside refuses the rest
      // (an encoded slash or backslash, a dot-file) before touching the file system.
      if (path.startsWith(prefix)) return getStatic(res, root, path.slice(prefix.length), method);
    }
    notFound(res);
  }

  return (req, res) => {
    route(req, res).catch((error: unknown) => {
      logError(`${req.method} ${req.url} failed:`, error);
      if (!res.headersSent)
        sendJson(res, 500, { error: 'internal error; the answer was not stored' });
      else res.destroy();
    });
  };
}
