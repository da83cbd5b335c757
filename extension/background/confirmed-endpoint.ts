// Where the background may send an answer. A page names an endpoint; that alone is not enough.
// The volunteer confirms it twice before anything is queued for it: by saving the challenge (the
// popup's "save" or "answer") and by sending from the side panel, which shows the endpoint's
// origin and asks the browser for it, or, while every site is granted, asks the volunteer
// (`ensureOriginPermission`). The background checks both, so a message naming any other endpoint
// is refused even if it came from one of our own pages.
import { challengeKey } from '../../utils/opportunities';
import {
  type ConfirmedOrigins,
  endpointAllowed,
  type OriginPermissions,
} from '../origin-permission';

export type ConfirmedEndpointDeps = {
  /** The saved opportunity with this id, if any. */
  saved(id: string): Promise<{ endpoint?: string } | undefined>;
  permissions: Pick<OriginPermissions, 'contains'>;
  confirmed: ConfirmedOrigins;
};

export async function isConfirmedEndpoint(
  endpoint: string,
  challengeId: string,
  deps: ConfirmedEndpointDeps,
): Promise<boolean> {
  const saved = await deps.saved(challengeKey(endpoint, challengeId));
  if (saved?.endpoint !== endpoint) return false;
  return endpointAllowed(endpoint, deps);
}
