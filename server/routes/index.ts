// The receiver's routes, in one table that the request listener (server/app.ts), the 405's Allow
// and the preflights (server/http/router.ts, server/http/cors.ts) all read. A route is one entry here and
// its handler in a file beside this one; a path with no entry gets the last one.
import { join } from 'node:path';
import { notFound } from '../http/responses';
import type { Route } from '../web/route';
import { getAccessibility, getPrivacy } from './about-pages';
import { getChallenges } from './challenges';
import { demoPage } from './demo-pages';
import { DESK_ROUTES } from './desk/index';
import { getEmbedCheck } from './embed-check';
import { getHealth, getReady } from './health';
import { getConfirm, getUnsubscribe, postConfirm, postUnsubscribe } from './mail-links';
import { staticFiles, widgetCacheControl } from './static-files';
import { getStatus, getWithdraw, postStopNews, postWithdraw } from './status';
import { postStatuses } from './status-batch';
import { postSubmission } from './submissions';

export const ROUTES = [
  {
    method: 'POST',
    path: '/api/submissions',
    access: 'public',
    cors: 'allowed-origins',
    page: false,
    handle: postSubmission,
  },
  {
    method: 'GET',
    path: '/api/status/:token',
    access: 'public',
    cors: 'allowed-origins',
    page: false,
    handle: getStatus,
  },
  // Protocol 1.4: the statuses of many answers at once, conditional on the client's ETag.
  {
    method: 'POST',
    path: '/api/status',
    access: 'public',
    cors: 'allowed-origins',
    page: false,
    handle: postStatuses,
  },
  // The status page's forms (server/routes/status.ts): for people, never for a client's script.
  {
    method: 'GET',
    path: '/api/status/:token/withdraw',
    access: 'public',
    cors: 'none',
    page: true,
    handle: getWithdraw,
  },
  {
    method: 'POST',
    path: '/api/status/:token/withdraw',
    access: 'public',
    cors: 'none',
    page: true,
    handle: postWithdraw,
  },
  {
    method: 'POST',
    path: '/api/status/:token/stop-news',
    access: 'public',
    cors: 'none',
    page: true,
    handle: postStopNews,
  },
  {
    method: 'GET',
    path: '/om/privatliv',
    access: 'public',
    cors: 'none',
    page: true,
    handle: getPrivacy,
  },
  {
    method: 'GET',
    path: '/om/tilgaengelighed',
    access: 'public',
    cors: 'none',
    page: true,
    handle: getAccessibility,
  },
  // A mail's links (server/routes/mail-links.ts): pages for a citizen, the token in the query.
  {
    method: 'GET',
    path: '/mail/confirm',
    access: 'public',
    cors: 'none',
    page: true,
    handle: getConfirm,
  },
  {
    method: 'POST',
    path: '/mail/confirm',
    access: 'public',
    cors: 'none',
    page: true,
    handle: postConfirm,
  },
  {
    method: 'GET',
    path: '/mail/unsubscribe',
    access: 'public',
    cors: 'none',
    page: true,
    handle: getUnsubscribe,
  },
  {
    method: 'POST',
    path: '/mail/unsubscribe',
    access: 'public',
    cors: 'none',
    page: true,
    handle: postUnsubscribe,
  },
  {
    method: 'GET',
    path: '/api/challenges',
    access: 'public',
    cors: 'any',
    page: false,
    handle: getChallenges,
  },
  {
    method: 'GET',
    path: '/api/embed-check',
    access: 'public',
    cors: 'any',
    page: false,
    handle: getEmbedCheck,
  },
  {
    method: 'GET',
    path: '/',
    access: 'public',
    cors: 'none',
    page: true,
    handle: demoPage('index.html'),
  },
  {
    method: 'GET',
    path: '/index.html',
    access: 'public',
    cors: 'none',
    page: true,
    handle: demoPage('index.html'),
  },
  {
    method: 'GET',
    path: '/one.html',
    access: 'public',
    cors: 'none',
    page: true,
    handle: demoPage('one.html'),
  },
  {
    method: 'GET',
    prefix: '/widget/',
    access: 'public',
    cors: 'any-without-preflight',
    page: false,
    handle: staticFiles({
      root: (dirs) => dirs.widget,
      precompressed: true,
      cacheControl: widgetCacheControl,
      privateBuildFiles: true,
    }),
  },
  {
    method: 'GET',
    prefix: '/dkfds/',
    access: 'public',
    cors: 'any-without-preflight',
    page: false,
    handle: staticFiles({ root: (dirs) => dirs.dkfds, cacheControl: () => 'no-cache' }),
  },
  {
    method: 'GET',
    prefix: '/assets/',
    access: 'public',
    cors: 'any-without-preflight',
    page: false,
    handle: staticFiles({
      root: (dirs) => join(dirs.demo, 'assets'),
      cacheControl: () => 'no-cache',
    }),
  },
  {
    method: 'GET',
    path: '/healthz',
    access: 'public',
    cors: 'none',
    page: false,
    handle: getHealth,
  },
  {
    method: 'GET',
    path: '/readyz',
    access: 'public',
    cors: 'none',
    page: false,
    handle: getReady,
  },
  ...DESK_ROUTES,
  // Everything else: a 404 to GET, so other methods get a 405 naming GET.
  {
    method: 'GET',
    prefix: '/',
    access: 'public',
    cors: 'none',
    page: false,
    handle: ({ res }) => notFound(res),
  },
] as const satisfies readonly Route[];
