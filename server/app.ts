import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Clock, Config } from './config';
import type { AllowedOrigins } from './data/allowed-origins';
import type { Database } from './data/db';
import { isStorageFailure } from './data/db-error';
import { type FreeBytes, watchFreeSpace } from './data/free-space';
import type { RefusedOrigins } from './data/refused-origins';
import { clientAddress } from './http/client-address';
import { answerPreflight, type CorsOrigins, corsHeaders, isOriginAllowed } from './http/cors';
import type { RequestLine } from './http/log';
import { originForLog, pageOrigin } from './http/origin';
import { createRateLimiter } from './http/rate-limit';
import { canonicalTarget } from './http/request-target';
import { notFound, sendJson } from './http/responses';
import { allowedMethods, crossOriginMethods, pathParams, routeFor, routesAt } from './http/router';
import { parseTrustedProxies } from './http/trusted-proxies';
import type { MailService } from './loop/mail-service';
import { deskMenu } from './routes/desk/index';
import { sendDeskMethodProblem } from './routes/desk/not-found';
import { ROUTES } from './routes/index';
import { ACCESS_CHECKS } from './web/access';
import type { RequestContext, Route, Services } from './web/route';
import { makeTranslator } from './web/translators';
import { sendUnavailable } from './web/unavailable';

/** What the receiver is given besides its Config: parts that are not configuration. */
export interface ReceiverDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly newReference: () => string;
  /** Where unexpected errors go, with the request's id; never sent to the client. */
  readonly logError: (message: string, error: unknown, requestId?: string) => void;
  /** One line per request answered (server/http/log.ts says what it may hold). */
  readonly logRequest: (line: RequestLine) => void;
  /** The receiver's stored secret (server/data/secret.ts). */
  readonly secret: string;
  /** The origin the receiver is reached at: SAMSKAB_PUBLIC_ORIGIN, else where it listens. */
  readonly origin: () => string;
  /** The mail queue and its sender (server/loop/mail-service.ts). */
  readonly mail: MailService;
  /** The allowed sites, fixed and stored (server/data/allowed-origins.ts). */
  readonly allowedOrigins: AllowedOrigins;
  /** The refused sites' counts (server/data/refused-origins.ts). */
  readonly refusedOrigins: RefusedOrigins;
  /**
   * Free bytes where the data lives (server/data/free-space.ts): PGlite's data folder by default;
   * undefined where the receiver keeps none (PostgreSQL, memory), which turns the check off.
   */
  readonly freeBytes: FreeBytes | undefined;
}

/**
 * The URL of a target canonicalTarget let through (always origin-form): appended to a dummy base
 * rather than resolved against it, so nothing in it can name another host.
 */
const requestUrl = (target: string): URL => new URL(`http://receiver.invalid${target}`);

/**
 * The receiver as a request listener: the route table (server/routes/index.ts) looked up, the
 * route's access checked, its handler run, and any error it throws answered with a 500. Everything
 * it needs comes in through `config` and `deps`, so tests can run it on any port with any
 * database and any rate limit.
 */
export function createReceiver(config: Config, deps: ReceiverDeps): RequestListener {
  const trustedProxy = parseTrustedProxies(config.trustedProxies);
  // The origin each refused request's log line names.
  const refusedFor = new WeakMap<IncomingMessage, string>();
  const services: Services = {
    config,
    db: deps.db,
    clock: deps.clock,
    newReference: deps.newReference,
    limitSubmissions: createRateLimiter(config.rateLimit, deps.clock),
    clientOf: (req) => clientAddress(req, trustedProxy),
    origin: deps.origin,
    mail: deps.mail,
    limitMailLinks: createRateLimiter(config.rateLimit, deps.clock),
    allowedOrigins: deps.allowedOrigins,
    refusedOrigins: deps.refusedOrigins,
    refuseOrigin: (req) => {
      const header = req.headers.origin;
      const origin = pageOrigin(header);
      if (origin) deps.refusedOrigins.record(origin);
      // An extension's post (chrome-extension://…) is no page refused: it is delivered as it is.
      if (origin || header === 'null' || req.method === 'OPTIONS')
        refusedFor.set(req, originForLog(header));
    },
    freeSpace: watchFreeSpace(deps.freeBytes, config.minFreeBytes, deps.clock),
    desk: {
      secret: deps.secret,
      trustedProxy,
      menu: deskMenu(ROUTES),
      translator: makeTranslator(config.translate, { clock: deps.clock }),
    },
  };
  const preflightMethods = crossOriginMethods(ROUTES);

  async function handle(req: IncomingMessage, res: ServerResponse, requestId: string) {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Two Host headers are two answers to "which site is this"; HTTP/1.1 allows exactly one.
    if (
      req.rawHeaders.filter((_, i) => i % 2 === 0 && /^host$/i.test(req.rawHeaders[i]!)).length > 1
    ) {
      return sendJson(res, 400, { error: 'more than one Host header' }, { Connection: 'close' });
    }
    // Before anything routes: a path nginx and `new URL` could read as two paths is refused.
    const target = canonicalTarget(req.url);
    if (!target.ok) return sendJson(res, 400, { error: target.reason });
    const method = req.method ?? 'GET';
    const url = requestUrl(target.target);
    const here = routesAt<Route>(ROUTES, url.pathname);
    // The allowed sites are read (from a cache) only for a request that names its page's origin.
    const origins: CorsOrigins = {
      allowedOrigins: req.headers.origin ? await deps.allowedOrigins.current() : new Set(),
      publicOrigin: config.publicOrigin,
    };
    if (method === 'OPTIONS') {
      const policies = here.map((route) => route.cors);
      const outcome = answerPreflight(req, res, policies, origins, preflightMethods);
      if (outcome === 'refused') services.refuseOrigin(req);
      return;
    }
    if (here.length === 0) return notFound(res);
    const route = routeFor(here, method);
    if (!route) {
      const allow = allowedMethods(here);
      const deskPage = url.pathname.startsWith('/desk/') && here.every((other) => other.page);
      if (deskPage && sendDeskMethodProblem(req, res, allow)) return;
      return sendJson(res, 405, { error: `method not allowed; use ${allow}` }, { Allow: allow });
    }
    const context: RequestContext = {
      req,
      res,
      url,
      subpath: route.prefix === undefined ? '' : url.pathname.slice(route.prefix.length),
      params: route.path === undefined ? {} : (pathParams(route.path, url.pathname) ?? {}),
      cors: corsHeaders(route.cors, req, origins),
      services,
    };
    // An answer or a status check from a page whose origin is not allowed: processed (clients
    // that are not pages must deliver, docs/protocol.md), but the browser will refuse it.
    if (route.cors === 'allowed-origins' && req.headers.origin && !isOriginAllowed(req, origins))
      services.refuseOrigin(req);
    // Every POST writes (an answer, a desk form, a sign-in's session): refused before any work
    // while the disk is nearly full. Reads go on.
    if (route.method === 'POST' && (await services.freeSpace.low())) {
      return sendUnavailable(res, 'disk', { page: route.page, cors: context.cors });
    }
    try {
      const grant = await ACCESS_CHECKS[route.access](context, route.page);
      if (grant) await route.handle({ ...context, ...grant });
    } catch (error) {
      // A full or failing disk under the database: a 503 the widget retries, never a 201 and no
      // 500 that looks like a fault in the request. Still logged: someone must make room.
      if (!isStorageFailure(error) || res.headersSent) throw error;
      deps.logError(`${method} ${patternOf(req)} failed: the database's storage`, error, requestId);
      sendUnavailable(res, 'database', { page: route.page, cors: context.cors });
    }
  }

  /** The route's pattern for the log: never the URL, whose path or query may name a person. */
  const patternOf = (req: IncomingMessage) => {
    const target = canonicalTarget(req.url);
    if (!target.ok) return '-';
    if (req.method === 'OPTIONS') return 'OPTIONS';
    const route = routeFor(
      routesAt<Route>(ROUTES, requestUrl(target.target).pathname),
      req.method ?? 'GET',
    );
    if (!route) return '-';
    return route.path ?? `${route.prefix}*`;
  };

  return (req, res) => {
    const id = randomUUID();
    const started = performance.now();
    res.once('close', () => {
      deps.logRequest({
        id,
        method: req.method ?? '-',
        route: patternOf(req),
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
        client: services.clientOf(req),
        ...(refusedFor.has(req) && { origin: refusedFor.get(req) }),
      });
    });
    handle(req, res, id).catch((error: unknown) => {
      // The route, not the path: a path or query may hold a one-time token or a person's name.
      // Database errors arrive without the values they were sent (server/data/db-error.ts).
      deps.logError(`${req.method} ${patternOf(req)} failed`, error, id);
      if (!res.headersSent)
        sendJson(res, 500, { error: 'internal error; the answer was not stored' });
      else res.destroy();
    });
  };
}
