// `POST /api/status` (protocol 1.4): the statuses of many answers in one request, beside the
// status links of server/routes/status.ts and counted in the same limit.
import type { OutgoingHttpHeaders } from 'node:http';
import { countStatusChecks } from '../data/status-checks';
import { findStatusReports } from '../data/status-report';
import { clientKey } from '../http/client-address';
import { entityTag, noneMatchHits } from '../http/etag';
import { isJsonContentType, readBody } from '../http/request-body';
import { refuseNotJson, sendJson } from '../http/responses';
import { isStatusToken } from '../loop/status-token';
import type { RequestContext } from '../web/route';
import { STATUS_CACHE_CONTROL } from './status';

/** Tokens one batch may name: more than a person sends from one browser in the months followed. */
export const MAX_STATUS_BATCH = 50;
/** 50 tokens of 43 characters in JSON, with room to spare. */
const MAX_BATCH_BYTES = 4096;

/** The status checks' limit, counted in the database (server/data/status-checks.ts). */
async function refusedOverLimit(
  { req, res, services }: RequestContext,
  entries: number,
  headers: OutgoingHttpHeaders,
): Promise<boolean> {
  const { db, config, clock } = services;
  const key = clientKey(services.clientOf(req));
  const decision = await countStatusChecks(db, key, entries, config.rateLimit, clock());
  if (decision.allowed) return false;
  sendJson(
    res,
    429,
    { error: `too many requests from this address; try again in ${decision.retryAfterSeconds} s` },
    { ...headers, 'Retry-After': String(decision.retryAfterSeconds) },
  );
  return true;
}

/** The batch's body: `{ "tokens": [...] }`, each a status token, none twice, at most the cap. */
function batchTokens(text: string): string[] | string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'the body is not JSON';
  }
  const tokens = (body as { tokens?: unknown } | null)?.tokens;
  if (!Array.isArray(tokens) || tokens.length === 0) return '"tokens" must be a non-empty array';
  if (tokens.length > MAX_STATUS_BATCH) return `at most ${MAX_STATUS_BATCH} tokens in one request`;
  if (!tokens.every((token) => typeof token === 'string' && isStatusToken(token)))
    return 'every token must be the last segment of a status link';
  if (new Set(tokens).size !== tokens.length) return 'a token is named twice';
  return tokens as string[];
}

/**
 * `POST /api/status` (protocol 1.4): the statuses of all of one person's answers in one request,
 * in the order asked; a token with no answer (unknown or erased, never said which) is `gone`. The
 * tokens are the capabilities, as in the GET. Counted against the same limit, one per token,
 * before any answer is looked up. The ETag is a hash of the body: a client that sends it back in
 * `If-None-Match` gets a 304 while nothing changed. No shared or private cache keeps the body.
 */
export async function postStatuses(context: RequestContext) {
  const { req, res, cors, services } = context;
  const headers = { ...cors, 'Cache-Control': STATUS_CACHE_CONTROL };
  if (!isJsonContentType(req.headers['content-type'])) {
    return refuseNotJson(res, headers);
  }
  const body = await readBody(req, {
    maxBytes: MAX_BATCH_BYTES,
    timeoutMs: services.config.bodyTimeoutMs,
  });
  if (!body.ok) {
    if (body.reason === 'aborted') return;
    const status = { 'too-large': 413, timeout: 408, 'not-utf8': 400 }[body.reason];
    return sendJson(
      res,
      status,
      { error: `the body was refused: ${body.reason}` },
      {
        ...headers,
        Connection: 'close',
      },
    );
  }
  const tokens = batchTokens(body.text);
  if (typeof tokens === 'string') return sendJson(res, 400, { error: tokens }, headers);
  if (await refusedOverLimit(context, tokens.length, headers)) return;
  const reports = await findStatusReports(services.db, tokens);
  const statuses = tokens.map((token) => {
    const report = reports.get(token);
    return report ? { token, ...report } : { token, gone: true };
  });
  const text = JSON.stringify({ statuses });
  const tag = entityTag(text);
  if (noneMatchHits(req.headers['if-none-match'], tag)) {
    res.writeHead(304, { ...headers, ETag: tag });
    res.end();
    return;
  }
  sendJson(res, 200, { statuses }, { ...headers, ETag: tag });
}
