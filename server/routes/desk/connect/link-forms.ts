// Connecting and disconnecting two answers: POST /desk/connect/:id with `other` links them, POST
// /desk/connect/:id/unlink removes the link, POST /desk/connect/:id/undo-join undoes the connection
// an offer made itself ("Jeg vil gerne hjælpe") without a link being made. Either answer may be the one in the path. Afterwards
// the form goes back where it came from (`next`, a desk path), with a notice. A pair that cannot
// be linked (two offers, two non-offers, an answer and itself, an erased answer) gets a 409 page
// saying why; a link that exists already is left alone and said so (idempotent).
import {
  addLink,
  findLinkEnd,
  type LinkEnd,
  REFUSAL_TEXTS,
  removeLink,
  undoJoinedOffer,
} from '../../../data/links';
import { deskPaths } from '../../../ui/desk-paths';
import { html } from '../../../ui/html';
import { withNotice } from '../../../ui/notices';
import { formOf, nowOf, pageBasics, sessionOf, uuidParam } from '../../../web/context';
import {
  refuseControlCharacters,
  safeNext,
  seeOther,
  sendPage,
  sendProblem,
} from '../../../web/respond';
import type { RequestContext } from '../../../web/route';
import { withoutNotice } from './parts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Where to go afterwards: the page the form was on (without its old notice), else the picker;
 * undefined when `next` holds a control character (a 400, before anything is linked).
 */
function returnTo(context: RequestContext, fallback: string): string | undefined {
  const next = formOf(context).get('next');
  if (!next) return fallback;
  const safe = safeNext(next);
  return safe === undefined ? undefined : withoutNotice(safe);
}

interface LinkRequest {
  readonly end: LinkEnd;
  readonly other: LinkEnd;
  /** Where to go afterwards. */
  readonly back: string;
  readonly staffId: string;
  readonly now: Date;
}

/** Both answers of the form and who asks when, or a page saying which answer is missing. */
async function linkRequest(context: RequestContext): Promise<LinkRequest | undefined> {
  const { db } = context.services;
  const id = uuidParam(context, 'id');
  const otherId = formOf(context).get('other')?.trim() ?? '';
  const back = returnTo(context, deskPaths.connect(id ?? ''));
  if (back === undefined) {
    refuseControlCharacters(context.res);
    return undefined;
  }
  const end = id && (await findLinkEnd(db, id));
  const other = UUID.test(otherId) ? await findLinkEnd(db, otherId.toLowerCase()) : undefined;
  if (end && other) {
    return {
      end,
      other,
      back,
      staffId: sessionOf(context).staff.id,
      now: nowOf(context),
    };
  }
  sendProblem(
    context.res,
    404,
    'Svaret findes ikke',
    end
      ? 'Det svar, der skulle kobles til, findes ikke. Vælg det igen i listen.'
      : 'Der er ikke noget svar med det id.',
    pageBasics(context, deskPaths.resources),
  );
  return undefined;
}

export async function postLink(context: RequestContext): Promise<void> {
  const request = await linkRequest(context);
  if (!request) return;
  const { end, other, back } = request;
  const added = await addLink(context.services.db, end, other, request.staffId, request.now);
  if (!added.ok) {
    const title = `${end.reference} og ${other.reference} kan ikke kobles`;
    return sendPage(
      context.res,
      {
        ...pageBasics(context, deskPaths.resources),
        title,
        body: html`<h1>${title}</h1><p>${REFUSAL_TEXTS[added.refusal]}</p><p><a href="${back}">Tilbage</a></p>`,
      },
      409,
    );
  }
  seeOther(context.res, withNotice(back, added.result === 'added' ? 'link-added' : 'link-exists'));
}

export async function postUnlink(context: RequestContext): Promise<void> {
  const request = await linkRequest(context);
  if (!request) return;
  const { end, other, back } = request;
  const removed = await removeLink(context.services.db, end, other, request.staffId, request.now);
  seeOther(context.res, withNotice(back, removed === 'removed' ? 'link-removed' : 'link-missing'));
}

/** Undoes an offer's own connection (`relatesTo`) to a need or proposal, not confirmed as a link. */
export async function postUndoJoin(context: RequestContext): Promise<void> {
  const request = await linkRequest(context);
  if (!request) return;
  const { end, other, back } = request;
  const undone = await undoJoinedOffer(
    context.services.db,
    end,
    other,
    request.staffId,
    request.now,
  );
  seeOther(context.res, withNotice(back, undone === 'undone' ? 'join-undone' : 'link-missing'));
}
