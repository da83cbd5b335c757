import type { OutgoingHttpHeaders } from 'node:http';
import { recordAudit } from '../data/audit';
import { eraseAnswersIn } from '../data/erasure';
import { countStatusChecks } from '../data/status-checks';
import { findStatusDetails, type StatusDetails } from '../data/status-details';
import { findStatusReport } from '../data/status-report';
import { deleteUpdateAddresses } from '../data/update-addresses';
import { clientKey } from '../http/client-address';
import { prefersHtml } from '../http/content-negotiation';
import { readBody } from '../http/request-body';
import { PRIVATE_HEADERS, sendHtml, sendJson } from '../http/responses';
import {
  isStatusFormToken,
  type StatusFormPurpose,
  statusFormToken,
} from '../loop/status-form-token';
import { isStatusToken, STATUS_PATH } from '../loop/status-token';
import type { Handler, RequestContext } from '../web/route';
import {
  citizenPageLinks,
  goneStatusPage,
  newsStoppedPage,
  refusedFormPage,
  statusPage,
  tooManyPage,
  withdrawnPage,
  withdrawPage,
} from '../web/status-page';

/** A report is one person's answer as it stands now: kept by no cache, shared or not. */
export const STATUS_CACHE_CONTROL = 'no-store';

/** The same URL answers JSON or a page by `Accept`, CORS by `Origin`: caches keep them apart. */
const VARY = { Vary: 'Origin, Accept' };

const linksOf = ({ services }: RequestContext) => citizenPageLinks(services.config);

const sendPage = (
  context: RequestContext,
  status: number,
  page: string,
  headers: OutgoingHttpHeaders = {},
) => sendHtml(context.res, status, page, { ...PRIVATE_HEADERS, ...VARY, ...headers });

/**
 * The status links' rate limit (every request through a link, page or JSON, form or not, counts),
 * then the token's shape: the token, or undefined once a refusal is sent.
 */
async function checkedToken(context: RequestContext, asPage: boolean): Promise<string | undefined> {
  const { req, res, cors, params, services } = context;
  const headers = { ...cors, ...VARY, 'Cache-Control': STATUS_CACHE_CONTROL };
  // Counted in the database, 1 per request, in the same rows as the batch's entries
  // (server/data/status-checks.ts), so receivers on one PostgreSQL share the limit.
  const decision = await countStatusChecks(
    services.db,
    clientKey(services.clientOf(req)),
    1,
    services.config.rateLimit,
    services.clock(),
  );
  if (!decision.allowed) {
    const retry = { 'Retry-After': String(decision.retryAfterSeconds) };
    if (asPage) sendPage(context, 429, tooManyPage(linksOf(context)), retry);
    else {
      sendJson(
        res,
        429,
        {
          error: `too many requests from this address; try again in ${decision.retryAfterSeconds} s`,
        },
        { ...headers, ...retry },
      );
    }
    return undefined;
  }
  const token = params.token ?? '';
  if (isStatusToken(token)) return token;
  if (asPage) sendPage(context, 404, goneStatusPage(linksOf(context)));
  else sendJson(res, 404, { error: 'not found' }, headers);
  return undefined;
}

/** The answer behind a checked token, or undefined once the page saying it is gone is sent. */
async function detailsOf(context: RequestContext, token: string) {
  const details = await findStatusDetails(context.services.db, token);
  if (!details) sendPage(context, 404, goneStatusPage(linksOf(context)));
  return details;
}

const pathsOf = (token: string) => {
  const page = `${STATUS_PATH}${token}`;
  return { page, withdraw: `${page}/withdraw`, stopNews: `${page}/stop-news` };
};

const formToken = (context: RequestContext, details: StatusDetails, purpose: StatusFormPurpose) =>
  statusFormToken(
    context.services.desk.secret,
    details.id,
    purpose,
    new Date(context.services.clock()),
  );

/**
 * `GET /api/status/:token` (protocol 1.1): what became of one answer. A browser (an `Accept` that
 * prefers text/html) gets the page for people (server/web/status-page.ts); every other request,
 * the widget and extension included (they send no `Accept`), the JSON report as before. CORS and
 * the rate limit are the endpoint's (its own bucket per client, so checking statuses never uses up
 * a client's answers). A 404 says nothing of why: unknown and erased look the same.
 */
export const getStatus: Handler = async (context) => {
  const asPage = prefersHtml(context.req.headers.accept);
  const token = await checkedToken(context, asPage);
  if (!token) return;
  if (asPage) {
    const details = await detailsOf(context, token);
    if (!details) return;
    const paths = pathsOf(token);
    return sendPage(
      context,
      200,
      statusPage(
        details,
        { ...paths, stopNewsToken: formToken(context, details, 'stop-news') },
        linksOf(context),
      ),
    );
  }
  const headers = { ...context.cors, ...VARY, 'Cache-Control': STATUS_CACHE_CONTROL };
  const report = await findStatusReport(context.services.db, token);
  if (!report) return sendJson(context.res, 404, { error: 'not found' }, headers);
  sendJson(context.res, 200, report, headers);
};

/** `GET /api/status/:token/withdraw`: asks first. A GET changes nothing (mail scanners follow links). */
export const getWithdraw: Handler = async (context) => {
  const token = await checkedToken(context, true);
  if (!token) return;
  const details = await detailsOf(context, token);
  if (!details) return;
  const paths = pathsOf(token);
  sendPage(
    context,
    200,
    withdrawPage(
      details,
      {
        withdraw: paths.withdraw,
        back: paths.page,
        withdrawToken: formToken(context, details, 'withdraw'),
      },
      linksOf(context),
    ),
  );
};

/**
 * A POST from the status page's forms: the answer, once the form's token (status-form-token.ts)
 * proves the form was served for this answer and purpose within the hour; else undefined once a
 * refusal is sent. The body is small: one field.
 */
async function postedFor(
  context: RequestContext,
  purpose: StatusFormPurpose,
): Promise<{ details: StatusDetails; token: string } | undefined> {
  const token = await checkedToken(context, true);
  if (!token) return undefined;
  const { req, services } = context;
  const body = await readBody(req, { maxBytes: 1024, timeoutMs: services.config.bodyTimeoutMs });
  const details = body.ok ? await findStatusDetails(services.db, token) : undefined;
  if (body.ok && !details) {
    sendPage(context, 404, goneStatusPage(linksOf(context)));
    return undefined;
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const formValue =
    body.ok && type === 'application/x-www-form-urlencoded'
      ? new URLSearchParams(body.text).get('form')
      : null;
  const now = new Date(services.clock());
  if (!details || !isStatusFormToken(services.desk.secret, details.id, purpose, formValue, now)) {
    sendPage(
      context,
      400,
      refusedFormPage(pathsOf(token).page, linksOf(context), details),
      body.ok ? {} : { Connection: 'close' },
    );
    return undefined;
  }
  return { details, token };
}

/**
 * `POST /api/status/:token/withdraw`: the citizen erases their own answer, as staff would from
 * *Personoplysninger* (server/data/erasure.ts), in one transaction with the audit log's entry,
 * which names no staff member: the citizen did it. Two posts at once erase it once.
 */
export const postWithdraw: Handler = async (context) => {
  const posted = await postedFor(context, 'withdraw');
  if (!posted) return;
  const { services } = context;
  const now = new Date(services.clock());
  await services.db.transaction(async (tx) => {
    const references = await eraseAnswersIn(tx, [posted.details.id], null, now, 'withdrawn');
    if (references.length > 0) {
      await recordAudit(
        tx,
        { staffId: null, action: 'answer-withdrawn', subject: references[0] },
        now,
      );
    }
  });
  sendPage(context, 200, withdrawnPage(posted.details, linksOf(context)));
};

/**
 * `POST /api/status/:token/stop-news`: no more news mails about this answer. The address itself
 * stays for the person's other answers (the mails' unsubscribe link stops all of them).
 */
export const postStopNews: Handler = async (context) => {
  const posted = await postedFor(context, 'stop-news');
  if (!posted) return;
  await context.services.db.transaction((tx) => deleteUpdateAddresses(tx, posted.details.id));
  sendPage(
    context,
    200,
    newsStoppedPage(posted.details, pathsOf(posted.token).page, linksOf(context)),
  );
};
