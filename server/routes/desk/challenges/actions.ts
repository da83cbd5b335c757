// The forms on a challenge's page: close with an outcome (or correct it), reopen, archive,
// restore, post an update and remove one. Each comes back to the page with a notice; a text that
// does not fit is shown again at its field, as typed.

import { OUTCOME_MAX, UPDATE_MAX } from '../../../../utils/schema/limits';
import { ChallengeUpdate, LOOP_FIELDS } from '../../../../utils/schema/loop';
import {
  archiveChallenge,
  closeChallenge,
  type DeskChallenge,
  deleteUpdate,
  postUpdate,
  reopenChallenge,
  restoreChallenge,
} from '../../../data/challenge-store';
import type { Database } from '../../../data/db';
import { deskPaths } from '../../../ui/desk-paths';
import { type NoticeCode, withCounts, withNotice } from '../../../ui/notices';
import { formOf, nowOf, pageBasics, sessionOf, uuidParam } from '../../../web/context';
import { seeOther, sendProblem } from '../../../web/respond';
import type { Handler, RequestContext } from '../../../web/route';
import { challengePage } from './page';
import { challengeOr404 } from './shared';

// Browsers send a textarea's line breaks as CRLF; the contract's text has plain line feeds.
const typedText = (context: RequestContext, name: string) =>
  (formOf(context).get(name) ?? '').replaceAll('\r\n', '\n');

const who = (context: RequestContext) => sessionOf(context).staff.id;

export const postCloseChallenge: Handler = async (context) => {
  const item = await challengeOr404(context);
  if (!item) return;
  const typed = typedText(context, 'outcome');
  const outcome = typed.trim();
  if (outcome && !LOOP_FIELDS.outcome.safeParse(outcome).success) {
    return challengePage(
      context,
      item,
      {
        outcome: typed,
        errors: [{ field: 'outcome', message: `Udfaldet må højst være ${OUTCOME_MAX} tegn.` }],
      },
      400,
    );
  }
  const wasClosed = item.challenge.status === 'closed';
  const { db, mail } = context.services;
  const change = { staffId: who(context), now: nowOf(context) };
  // The outcome goes to those who asked for news once, unless staff tick "send it again".
  const again = formOf(context).get('sendAgain') === 'ja';
  let mailed = 0;
  await closeChallenge(db, item.challenge.id, outcome, change.staffId, change.now, async (tx) => {
    mailed = await mail.tellOutcome(tx, item.challenge.id, change, again);
  });
  mail.wake();
  const path = deskPaths.challenge(item.challenge.id);
  seeOther(
    context.res,
    mailed > 0
      ? withCounts(path, 'outcome-mailed', [mailed, wasClosed ? 0 : 1])
      : withNotice(path, wasClosed ? 'saved' : 'challenge-closed'),
  );
};

/** A change that needs nothing but the challenge: done, then back to its page with a notice. */
const simpleChange =
  (
    change: (db: Database, id: string, staffId: string, now: Date) => Promise<boolean>,
    notice: NoticeCode,
  ): Handler =>
  async (context) => {
    const item = await challengeOr404(context);
    if (!item) return;
    await change(context.services.db, item.challenge.id, who(context), nowOf(context));
    seeOther(context.res, withNotice(deskPaths.challenge(item.challenge.id), notice));
  };

export const postReopenChallenge = simpleChange(reopenChallenge, 'challenge-reopened');
export const postArchiveChallenge = simpleChange(archiveChallenge, 'challenge-archived');
export const postRestoreChallenge = simpleChange(restoreChallenge, 'challenge-restored');

function updateProblem(text: string): string | undefined {
  if (!text.trim()) return 'Skriv opdateringen.';
  if (!ChallengeUpdate.shape.text.safeParse(text).success)
    return `Opdateringen må højst være ${UPDATE_MAX} tegn.`;
  return undefined;
}

export const postChallengeUpdate: Handler = async (context) => {
  const item: DeskChallenge | undefined = await challengeOr404(context);
  if (!item) return;
  const typed = typedText(context, 'update');
  const text = typed.trim();
  const problem = updateProblem(text);
  if (problem) {
    return challengePage(
      context,
      item,
      { update: typed, errors: [{ field: 'update', message: problem }] },
      400,
    );
  }
  await postUpdate(context.services.db, item.challenge.id, text, who(context), nowOf(context));
  seeOther(context.res, withNotice(deskPaths.challenge(item.challenge.id), 'update-posted'));
};

export const postDeleteChallengeUpdate: Handler = async (context) => {
  const item = await challengeOr404(context);
  if (!item) return;
  const updateId = uuidParam(context, 'update');
  const deleted =
    updateId !== undefined &&
    (await deleteUpdate(
      context.services.db,
      item.challenge.id,
      updateId,
      who(context),
      nowOf(context),
    ));
  if (!deleted) {
    return sendProblem(
      context.res,
      404,
      'Opdateringen findes ikke',
      'Opdateringen er allerede fjernet, eller den hører til en anden udfordring.',
      pageBasics(context, deskPaths.challenges),
    );
  }
  seeOther(context.res, withNotice(deskPaths.challenge(item.challenge.id), 'update-deleted'));
};
