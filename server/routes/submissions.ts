import { acceptSubmission } from '../data/submissions';
import { clientKey } from '../http/client-address';
import { isJsonContentType, readBody } from '../http/request-body';
import { refuseNotJson, sendJson } from '../http/responses';
import { statusToken, statusUrl } from '../loop/status-token';
import type { RequestContext } from '../web/route';

/**
 * `POST /api/submissions`: the HTTP checks in the order that costs least first (rate, content
 * type, size, time), then acceptSubmission. Every answer but a vanished client's carries the
 * route's CORS headers, so an allowed page can read why it was refused.
 */
export async function postSubmission({ req, res, cors, services }: RequestContext) {
  const { config, db, clock, newReference } = services;
  const decision = services.limitSubmissions(clientKey(services.clientOf(req)));
  if (!decision.allowed) {
    // Not reading the body: with Connection: close the rest is discarded with the socket.
    return sendJson(
      res,
      429,
      {
        error: `too many submissions from this address; try again in ${decision.retryAfterSeconds} s`,
      },
      { ...cors, 'Retry-After': String(decision.retryAfterSeconds), Connection: 'close' },
    );
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    return refuseNotJson(res, cors);
  }
  const { maxBodyBytes, bodyTimeoutMs } = config;
  const body = await readBody(req, { maxBytes: maxBodyBytes, timeoutMs: bodyTimeoutMs });
  if (!body.ok) {
    // The rest of a body that is too large or too slow is not read: the socket goes with it.
    const close = { ...cors, Connection: 'close' };
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
        return sendJson(res, 400, { error: 'the body is not UTF-8' }, cors);
      case 'aborted':
        return;
    }
  }
  const idempotencyKey = req.headers['idempotency-key'];
  const outcome = await acceptSubmission(
    {
      db,
      now: () => new Date(clock()),
      newReference,
      statusToken: (answerId) => statusToken(services.desk.secret, answerId),
      statusUrl: (token) => statusUrl(services.origin(), token),
      takeUpdateAddress: services.mail.takeUpdateAddress,
      noteNewAnswer: services.mail.noteNewAnswer,
    },
    Array.isArray(idempotencyKey) ? idempotencyKey[0] : idempotencyKey,
    body.text,
  );
  sendJson(res, outcome.status, outcome.body, cors);
}
