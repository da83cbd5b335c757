// The desk's front page: the answers the signed-in person is responsible for (*Ansvarlig*), where
// the answers stand per challenge, and what is new since nobody looked at it (status "ny"). Before
// the first answer arrives, the first steps to get there, each marked done when it is.

import { answerCountsByChallenge } from '../../data/answer-counts';
import { listChallenges } from '../../data/challenges';
import { type FirstSteps, readFirstSteps, readMyAnswers } from '../../data/overview';
import { deskPaths } from '../../ui/desk-paths';
import type { SafeHtml } from '../../ui/html';
import { html } from '../../ui/html';
import { STATUS_LABELS } from '../../ui/labels';
import { shownTime } from '../../ui/time';
import { nowOf, pageBasics, sessionOf } from '../../web/context';
import { sendPage } from '../../web/respond';
import type { Handler } from '../../web/route';
import { embedPath } from './embed/shared';

/** The answers of the person's own list on the front page. */
const MINE_SHOWN = 10;

function step(done: boolean | undefined, text: SafeHtml): SafeHtml {
  const state =
    done === undefined
      ? html``
      : done
        ? html` <span class="badge badge-success">Gjort</span>`
        : html` <span class="badge badge-info">Ikke gjort endnu</span>`;
  return html`<li class="first-step">${text}${state}</li>`;
}

function firstStepsSection(steps: FirstSteps, admin: boolean, sitesAllowed: boolean): SafeHtml {
  return html`<section aria-labelledby="first-steps-heading" class="first-steps"><h2 id="first-steps-heading">Kom i gang</h2>
<p>Der er ingen svar endnu. Sådan kommer de første:</p>
<ol>
${step(
  steps.colleagues > 0,
  admin
    ? html`<a href="${deskPaths.staff}">Invitér en kollega</a>, så I er flere om svarene.`
    : html`Invitér en kollega: bed en administrator om at oprette dem under Medarbejdere.`,
)}
${step(steps.challenges > 0, html`<a href="${deskPaths.newChallenge}">Opret en udfordring</a>. Den gemmes som kladde, som kun I kan se.`)}
${step(
  steps.published > 0,
  steps.draftId
    ? html`<a href="${deskPaths.challenge(steps.draftId)}">Se kladden som borger, og offentliggør den</a>, så den kommer i feedet.`
    : html`Se udfordringen som borger, og offentliggør den, så den kommer i feedet.`,
)}
${step(
  // Whether the code is on a web page, the receiver cannot see before an answer comes from it.
  undefined,
  html`<a href="${embedPath(steps.publishedId ?? undefined)}">Indlejr den på kommunens hjemmeside</a>: kopiér koden til hjemmesidens redaktør.`,
)}
${step(sitesAllowed, html`<a href="${deskPaths.sites}">Tillad hjemmesiden</a>, så svar fra den bliver modtaget.`)}
</ol></section>`;
}

async function mineSection(context: Parameters<Handler>[0]): Promise<SafeHtml> {
  const { staff } = sessionOf(context);
  const { answers, total } = await readMyAnswers(context.services.db, staff.id, MINE_SHOWN);
  const all = `${deskPaths.answers}?assignee=${encodeURIComponent(staff.id)}`;
  return html`<section aria-labelledby="mine-heading"><h2 id="mine-heading">Svar, du er ansvarlig for</h2>
${
  total === 0
    ? html`<p>Du er ikke ansvarlig for nogen svar. Et svar får en ansvarlig på svarets side.</p>`
    : html`<ul class="nobullet-list my-answers">${answers.map(
        (answer) =>
          html`<li><a href="${deskPaths.answer(answer.id)}">${answer.reference}</a> · ${answer.heading} <span class="answer-muted">(${STATUS_LABELS[answer.status]}, modtaget ${shownTime(answer.receivedAt)})</span></li>`,
      )}</ul>
<p><a href="${all}">${total === 1 ? 'Se svaret i svarlisten' : `Se alle ${total} svar, du er ansvarlig for`}</a></p>`
}</section>`;
}

export const getHome: Handler = async (context) => {
  const { db, config } = context.services;
  const { staff } = sessionOf(context);
  const rows = await answerCountsByChallenge(db);
  const titles = new Map(
    (await listChallenges(db)).map((challenge) => [challenge.id, challenge.title]),
  );
  const fresh = rows.reduce((sum, row) => sum + row.fresh, 0);
  let start = html``;
  if (rows.length === 0) {
    const steps = await readFirstSteps(db, staff.id, nowOf(context));
    // A site is allowed in the desk or, by operations, in SAMSKAB_ALLOWED_ORIGINS.
    const sitesAllowed = steps.allowedSites + config.allowedOrigins.length > 0;
    start = firstStepsSection(steps, staff.role === 'admin', sitesAllowed);
  }
  sendPage(context.res, {
    ...pageBasics(context, deskPaths.home),
    title: 'Overblik',
    body: html`<h1>Overblik</h1>
<p>${fresh === 0 ? 'Der er ingen nye svar.' : html`<a href="${deskPaths.answers}?status=received">${fresh} ${fresh === 1 ? 'nyt svar' : 'nye svar'}</a> venter på at blive læst.`}</p>
${start}
${await mineSection(context)}
${
  rows.length > 0 &&
  html`<table class="table table--compact"><caption>Svar pr. udfordring</caption>
<thead><tr><th scope="col">Udfordring</th><th scope="col" class="text-right">Svar i alt</th><th scope="col" class="text-right">Nye</th></tr></thead>
<tbody>${rows.map(
    (
      row,
    ) => html`<tr><td><a href="${deskPaths.answers}?challenge=${encodeURIComponent(row.challengeId)}">${titles.get(row.challengeId) ?? row.challengeId}</a></td>
<td class="text-right">${row.total}</td><td class="text-right">${row.fresh}</td></tr>`,
  )}</tbody></table>`
}`,
  });
};
