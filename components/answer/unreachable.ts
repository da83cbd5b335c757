// An answer the page cannot deliver although the browser is online: the endpoint refused this
// page's origin (CORS), its host is unknown (DNS), or it answered with a status the outbox's
// `SETUP_FAILURES` names. The outbox keeps it (and keeps retrying, the refusals every few
// minutes); the citizen must not be thanked as if it had arrived.
import type { OutboxItem } from '../../utils/outbox';
import { type SetupFailure, setupFailure } from '../../utils/setup-failure';

export type Unreachable = 'network' | SetupFailure;

export function unreachable(
  item: Pick<OutboxItem, 'state' | 'lastError' | 'lastStatus' | 'issues'>,
  online: boolean,
): Unreachable | undefined {
  if (!online) return undefined;
  const waiting = item.state === 'queued' || item.state === 'sending';
  // `deliver` words a fetch that threw as "network error: …"; a timeout is a slow server instead.
  if (waiting && item.lastError?.startsWith('network error')) return 'network';
  if (!(waiting || item.state === 'attention') || item.issues) return undefined;
  return setupFailure(item.lastStatus);
}

/** Where a receiver's admin allows a site (issue 21), for the console's messages. */
export const ALLOW_SITE =
  "allow the site in the receiver's desk (Indlejr > Sites) or in SAMSKAB_ALLOWED_ORIGINS";

/** For the webmaster, in the console: what most likely stops the page reaching the endpoint. */
export const LIKELY_CAUSE: Record<Unreachable, string> = {
  network: `the receiver does not allow this origin (${ALLOW_SITE}), or the endpoint's host cannot be found (check data-endpoint)`,
  refused: `the receiver refuses this page (${ALLOW_SITE})`,
  'wrong-url': 'wrong URL (check data-endpoint)',
};
