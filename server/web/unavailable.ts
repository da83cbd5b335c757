// The receiver's 503s: a write refused while the disk is nearly full (server/data/free-space.ts), and a
// request whose database failed for reasons of its own storage (server/data/db-error.ts). Both say when
// to try again; the widget's outbox waits at least that long (utils/backoff.ts) and sends the
// answer again, which its Idempotency-Key makes safe.
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { sendJson } from '../http/responses';
import { sendProblem } from './respond';

export const RETRY_AFTER_SECONDS = 30;

/** Why: `disk`, refused before any work; `database`, the database failed to store or read. */
export type Unavailable = 'disk' | 'database';

const JSON_ERRORS: Readonly<Record<Unavailable, string>> = {
  disk: 'the server is short of disk space and stores nothing now; nothing was stored; try again later',
  database: 'the database could not store or read this now; try again later',
};

const PAGE_TEXTS: Readonly<Record<Unavailable, string>> = {
  disk: 'Serveren har for lidt ledig diskplads, så intet blev gemt. Sider kan stadig læses. Prøv igen om lidt, og kontakt IT, hvis det varer ved.',
  database:
    'Databasen kunne ikke gemme eller læse lige nu. Prøv igen om lidt, og kontakt IT, hvis det varer ved.',
};

/**
 * A 503 with Retry-After: an HTML page for a desk page or form, else JSON with the route's CORS
 * headers (so an allowed page can read Retry-After). The connection closes: a refused request's
 * body is not read.
 */
export function sendUnavailable(
  res: ServerResponse,
  reason: Unavailable,
  route: { readonly page: boolean; readonly cors: OutgoingHttpHeaders },
): void {
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  res.setHeader('Connection', 'close');
  if (route.page) sendProblem(res, 503, 'Kan ikke gemme lige nu', PAGE_TEXTS[reason]);
  else sendJson(res, 503, { error: JSON_ERRORS[reason] }, route.cors);
}
