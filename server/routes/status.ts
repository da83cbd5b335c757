import { findStatusReport } from '../data/status-report';
import { clientKey } from '../http/client-address';
import { sendJson } from '../http/responses';
import { isStatusToken } from '../loop/status-token';
import type { RequestContext } from '../web/route';

/** A report is one person's answer as it stands now: kept by no cache, shared or not. */
export const STATUS_CACHE_CONTROL = 'no-store';

/**
 * `GET /api/status/:token` (protocol 1.1): what became of one answer, for the page or extension
 * that sent it. CORS and the rate limit are the endpoint's (its own bucket per client, so checking
 * statuses never uses up a client's answers). A 404 says nothing of why: unknown and erased look
 * the same.
 */
export async function getStatus({ req, res, cors, params, services }: RequestContext) {
  const headers = { ...cors, 'Cache-Control': STATUS_CACHE_CONTROL };
  const decision = services.limitStatusChecks(clientKey(services.clientOf(req)));
  if (!decision.allowed) {
    return sendJson(
      res,
      429,
      {
        error: `too many requests from this address; try again in ${decision.retryAfterSeconds} s`,
      },
      { ...headers, 'Retry-After': String(decision.retryAfterSeconds) },
    );
  }
  const token = params.token ?? '';
  const report = isStatusToken(token) ? await findStatusReport(services.db, token) : undefined;
  if (!report) return sendJson(res, 404, { error: 'not found' }, headers);
  sendJson(res, 200, report, headers);
}
