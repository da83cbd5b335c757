// The desk's front page: where the answers stand, per challenge, and what is new since nobody
// looked at it (status "ny"). Everything else is one click away in the menu.

import { answerCountsByChallenge } from '../../data/answer-counts';
import { listChallenges } from '../../data/challenges';
import { deskPaths } from '../../ui/desk-paths';
import { html } from '../../ui/html';
import { pageBasics } from '../../web/context';
import { sendPage } from '../../web/respond';
import type { Handler } from '../../web/route';

export const getHome: Handler = async (context) => {
  const { db } = context.services;
  const rows = await answerCountsByChallenge(db);
  const titles = new Map(
    (await listChallenges(db)).map((challenge) => [challenge.id, challenge.title]),
  );
  const fresh = rows.reduce((sum, row) => sum + row.fresh, 0);
  sendPage(context.res, {
    ...pageBasics(context, deskPaths.home),
    title: 'Overblik',
    body: html`<h1>Overblik</h1>
<p>${fresh === 0 ? 'Der er ingen nye svar.' : html`<a href="${deskPaths.answers}?status=received">${fresh} ${fresh === 1 ? 'nyt svar' : 'nye svar'}</a> venter på at blive læst.`}</p>
${
  rows.length > 0
    ? html`<table class="table table--compact"><caption>Svar pr. udfordring</caption>
<thead><tr><th scope="col">Udfordring</th><th scope="col" class="text-right">Svar i alt</th><th scope="col" class="text-right">Nye</th></tr></thead>
<tbody>${rows.map(
        (
          row,
        ) => html`<tr><td><a href="${deskPaths.answers}?challenge=${encodeURIComponent(row.challengeId)}">${titles.get(row.challengeId) ?? row.challengeId}</a></td>
<td class="text-right">${row.total}</td><td class="text-right">${row.fresh}</td></tr>`,
      )}</tbody></table>`
    : html`<p>Der er ingen svar endnu. <a href="${deskPaths.challenges}">Se udfordringerne</a>.</p>`
}`,
  });
};
