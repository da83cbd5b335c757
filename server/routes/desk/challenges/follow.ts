// A challenge's page, the parts about mail (issue 20): following the challenge, for the daily mail
// of its new answers (`POST /desk/challenges/:id/follow`), and, on the closing form, whether the
// outcome has gone to those who asked for news and the choice to send it again.

import { inCopenhagen } from '../../../../utils/copenhagen-time';
import { follows, setFollow, staffMailChoices } from '../../../data/staff-news';
import type { OutcomeMailState } from '../../../loop/outcome-mail';
import { deskPaths } from '../../../ui/desk-paths';
import { checkbox } from '../../../ui/forms';
import { html, type SafeHtml } from '../../../ui/html';
import { csrfField } from '../../../ui/layout';
import { withNotice } from '../../../ui/notices';
import { formOf, nowOf, sessionOf } from '../../../web/context';
import { seeOther } from '../../../web/respond';
import type { Handler, RequestContext } from '../../../web/route';
import { challengeOr404 } from './shared';

export async function followSection(context: RequestContext, id: string): Promise<SafeHtml> {
  const { staff, csrf } = sessionOf(context);
  const { db } = context.services;
  const following = await follows(db, staff.id, id);
  const { dailyDigest } = await staffMailChoices(db, staff.id);
  const hint = following
    ? dailyDigest
      ? 'Du følger udfordringen og får hver morgen en e-mail med dens nye svar.'
      : html`Du følger udfordringen. Vil du have en e-mail hver morgen med dens nye svar, så slå den til under <a href="${deskPaths.myMails}">Mine e-mails</a>.`
    : 'Følger du udfordringen, kan du få en e-mail hver morgen med dens nye svar.';
  return html`<form method="post" action="${deskPaths.followChallenge(id)}" class="challenge-follow">${csrfField(csrf)}
<p class="form-hint" id="follow-hint">${hint}</p>
<button type="submit" name="follow" value="${following ? 'nej' : 'ja'}" class="button button-secondary" aria-describedby="follow-hint">${following ? 'Følg ikke længere' : 'Følg udfordringen'}</button></form>`;
}

export const postFollow: Handler = async (context) => {
  const item = await challengeOr404(context);
  if (!item) return;
  const follow = formOf(context).get('follow') === 'ja';
  const { staff } = sessionOf(context);
  await setFollow(context.services.db, staff.id, item.challenge.id, follow, nowOf(context));
  seeOther(
    context.res,
    withNotice(
      deskPaths.challenge(item.challenge.id),
      follow ? 'challenge-followed' : 'challenge-unfollowed',
    ),
  );
};

/** Under the outcome: that it is mailed once, and when it was; the choice to send it again. */
export function outcomeMailPart(state: OutcomeMailState): SafeHtml {
  if (!state.mailedAt) {
    return html`<p class="form-hint">Borgere, der har bedt om nyt om deres svar på udfordringen, får udfaldet på e-mail, når udfordringen lukkes med et udfald. Det sendes én gang.</p>`;
  }
  return html`<p class="form-hint">Udfaldet blev sendt på e-mail ${inCopenhagen(state.mailedAt)} til dem, der har bedt om nyt. En rettelse sendes ikke, medmindre du vælger det.</p>
${checkbox({ name: 'sendAgain', label: 'Send udfaldet igen til dem, der har bedt om nyt', checked: false })}`;
}
