// Map and connect ("kortlægge og koble"): the sections other desk pages show. The answer page
// shows an answer's connections (an offer's needs and proposals, or a need's or proposal's
// offers) with the forms to add and remove them; a challenge page shows its answers by kind and
// the connections between them.
import type { SafeHtml } from '../../../html';
import { html } from '../../../html';
import type { RequestContext } from '../../route';

/** The connections section of one answer's page. */
export async function answerConnections(
  _context: RequestContext,
  _answerId: string,
): Promise<SafeHtml> {
  return html``;
}

/** The answers-and-connections section of one challenge's page. */
export async function challengeConnections(
  _context: RequestContext,
  _challengeId: string,
): Promise<SafeHtml> {
  return html``;
}
