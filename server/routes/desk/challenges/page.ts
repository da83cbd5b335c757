// One challenge's page: its answers by kind (and, from the connect area, how they are connected),
// the updates posted back to citizens, closing with an outcome, archiving, the challenge as
// published, and who changed what. Every form on it posts and comes back here.

import { dayInWords, inCopenhagen } from '../../../../utils/copenhagen-time';
import { KINDS } from '../../../../utils/schema/common';
import { OUTCOME_MAX, UPDATE_MAX, UPDATES_MAX } from '../../../../utils/schema/limits';
import { answerCountsByKind } from '../../../data/answer-counts';
import {
  CHALLENGE_EVENTS,
  type DeskChallenge,
  isPublished,
  listChallengeEvents,
  listUpdates,
} from '../../../data/challenge-store';
import { outcomeMailState } from '../../../loop/outcome-mail';
import { deskPaths } from '../../../ui/desk-paths';
import { errorSummary, type FieldErrors, textArea } from '../../../ui/forms';
import { html, type SafeHtml } from '../../../ui/html';
import { KIND_HEADINGS, KIND_LABELS, RESOURCE_LABELS } from '../../../ui/labels';
import { languageName } from '../../../ui/language-names';
import { csrfField } from '../../../ui/layout';
import { pageBasics, sessionOf } from '../../../web/context';
import { sendPage } from '../../../web/respond';
import type { Handler, RequestContext } from '../../../web/route';
import { challengeConnections } from '../connect/sections';
import { embedPath } from '../embed/shared';
import { FIELD_LABELS } from './fields';
import { followSection, outcomeMailPart } from './follow';
import { publishingSection } from './publishing-section';
import { challengeOr404, challengeTrail, stateBadge } from './shared';

/** How many updates and history lines the page shows (the feed carries the 20 newest updates). */
const UPDATES_SHOWN = 50;
const EVENTS_SHOWN = 30;

export interface ChallengePageState {
  readonly errors?: FieldErrors;
  /** What was typed in a refused form. */
  readonly update?: string;
  readonly outcome?: string;
  /** The time typed for a draft to be published (`datetime-local`). */
  readonly publishAt?: string;
}

const answersLink = (id: string, kind?: string) =>
  `${deskPaths.answers}?challenge=${encodeURIComponent(id)}${kind ? `&kind=${kind}` : ''}`;

async function answersSection(context: RequestContext, id: string): Promise<SafeHtml> {
  const counts = await answerCountsByKind(context.services.db, id);
  const of = (kind: string) => counts.get(kind);
  const total = [...counts.values()].reduce((sum, count) => sum + count.total, 0);
  return html`<section aria-labelledby="answers-heading"><h2 id="answers-heading">Svar</h2>
<table class="table table--compact"><caption>Svar på udfordringen efter slags</caption>
<thead><tr><th scope="col">Slags</th><th scope="col" class="text-right">Svar</th><th scope="col" class="text-right">Nye</th></tr></thead>
<tbody>${KINDS.map(
    (kind) =>
      html`<tr><td><a href="${answersLink(id, kind)}">${KIND_HEADINGS[kind]}</a></td><td class="text-right">${of(kind)?.total ?? 0}</td><td class="text-right">${of(kind)?.fresh ?? 0}</td></tr>`,
  )}</tbody></table>
<p><a href="${answersLink(id)}">Se alle ${total} svar på udfordringen</a></p>
<p class="form-hint">På hjemmesiden tælles svar markeret som dubletter ikke med.</p>
${await challengeConnections(context, id)}
</section>`;
}

async function updatesSection(
  context: RequestContext,
  item: DeskChallenge,
  state: ChallengePageState,
): Promise<SafeHtml> {
  const { id } = item.challenge;
  const csrf = sessionOf(context).csrf;
  const { updates, total } = await listUpdates(context.services.db, id, UPDATES_SHOWN);
  return html`<section aria-labelledby="updates-heading"><h2 id="updates-heading">Opdateringer til borgerne</h2>
<p>Fortæl, hvad I har hørt, og hvad der skal ske nu. Opdateringerne er offentlige: de vises med udfordringen på hjemmesiden (de ${UPDATES_MAX} nyeste). Skriv aldrig navne eller kontaktoplysninger på borgere.</p>
<form method="post" action="${deskPaths.challengeUpdates(id)}" novalidate>${csrfField(csrf)}
${textArea({ name: 'update', label: 'Ny opdatering', hint: `Højst ${UPDATE_MAX} tegn.`, value: state.update, maxLength: UPDATE_MAX, rows: 5, required: true, errors: state.errors })}
<button type="submit" class="button button-primary">Offentliggør opdateringen</button>
</form>
${
  updates.length === 0
    ? html`<p>Der er ingen opdateringer endnu.</p>`
    : html`<ol class="nobullet-list challenge-updates">${updates.map(
        (update) => html`<li class="challenge-update">
<p class="challenge-update-meta">${inCopenhagen(update.postedAt)}${update.postedBy && html` · ${update.postedBy}`}</p>
<p class="answer-text">${update.text}</p>
<form method="post" action="${deskPaths.deleteChallengeUpdate(id, update.id)}">${csrfField(csrf)}<button type="submit" class="button button-secondary button-small">Fjern opdateringen<span class="sr-only"> fra ${inCopenhagen(update.postedAt)}</span></button></form>
</li>`,
      )}</ol>
${total > updates.length && html`<p>Viser de ${updates.length} nyeste af ${total} opdateringer.</p>`}`
}
</section>`;
}

function outcomeSection(
  context: RequestContext,
  item: DeskChallenge,
  state: ChallengePageState,
  mailPart: SafeHtml,
): SafeHtml {
  const { id, status } = item.challenge;
  const csrf = sessionOf(context).csrf;
  const closed = status === 'closed';
  const outcomeField = textArea({
    name: 'outcome',
    label: 'Hvad kom der ud af udfordringen?',
    hint: `Vises på hjemmesiden, når udfordringen er lukket. Højst ${OUTCOME_MAX} tegn.`,
    value: state.outcome ?? item.outcome ?? '',
    maxLength: OUTCOME_MAX,
    rows: 6,
    errors: state.errors,
  });
  return html`<section aria-labelledby="outcome-heading"><h2 id="outcome-heading">${closed ? 'Udfald' : 'Luk udfordringen'}</h2>
${
  closed
    ? html`<p>Udfordringen blev lukket ${item.closedAt ? inCopenhagen(item.closedAt) : ''}. Borgerne kan ikke længere svare på den.</p>
<form method="post" action="${deskPaths.closeChallenge(id)}" novalidate>${csrfField(csrf)}${outcomeField}${mailPart}
<button type="submit" class="button button-primary">Gem udfaldet</button></form>
<form method="post" action="${deskPaths.reopenChallenge(id)}">${csrfField(csrf)}<button type="submit" class="button button-secondary">Åbn udfordringen igen</button></form>`
    : html`<p>Når udfordringen lukkes, kan borgerne ikke længere svare. Skriv gerne, hvad der kom ud af den: det vises sammen med udfordringen.</p>
<form method="post" action="${deskPaths.closeChallenge(id)}" novalidate>${csrfField(csrf)}${outcomeField}${mailPart}
<button type="submit" class="button button-primary">Luk udfordringen</button></form>`
}
</section>`;
}

function archiveSection(context: RequestContext, item: DeskChallenge): SafeHtml {
  const { id } = item.challenge;
  const csrf = sessionOf(context).csrf;
  return html`<section aria-labelledby="archive-heading"><h2 id="archive-heading">Arkiv</h2>
${
  item.archivedAt
    ? html`<p>Udfordringen blev arkiveret ${inCopenhagen(item.archivedAt)}. Den vises ikke i feedet eller på hjemmesiden, men intet er slettet.</p>
<form method="post" action="${deskPaths.restoreChallenge(id)}">${csrfField(csrf)}<button type="submit" class="button button-secondary">Hent udfordringen tilbage fra arkivet</button></form>`
    : html`<p>En arkiveret udfordring forsvinder fra feedet og fra listen over udfordringer. Svarene bevares, og den kan hentes tilbage.</p>
<form method="post" action="${deskPaths.archiveChallenge(id)}">${csrfField(csrf)}<button type="submit" class="button button-secondary">Arkivér udfordringen</button></form>`
}
</section>`;
}

function detailsSection(item: DeskChallenge, published: boolean): SafeHtml {
  const c = item.challenge;
  const rows: [string, SafeHtml | string][] = [
    [FIELD_LABELS.id, html`<code>${c.id}</code>`],
    [FIELD_LABELS.framing, html`<span class="answer-text">${c.framing}</span>`],
    [
      FIELD_LABELS.questions,
      c.questions?.length
        ? html`<ol>${c.questions.map((question) => html`<li>${question}</li>`)}</ol>`
        : 'Ingen (widgetten spørger “Hvad ser du? Hvad foreslår du?”)',
    ],
    [FIELD_LABELS.seeking, c.seeking.map((kind) => KIND_LABELS[kind]).join(', ')],
    [
      FIELD_LABELS.resourcesWanted,
      c.resourcesWanted?.length
        ? c.resourcesWanted.map((type) => RESOURCE_LABELS[type]).join(', ')
        : 'Ingen særlige',
    ],
    [FIELD_LABELS.area, c.area || '–'],
    [FIELD_LABELS.theme, c.theme || '–'],
    [FIELD_LABELS.deadline, c.deadline ? dayInWords(c.deadline) : 'Ingen'],
    [
      FIELD_LABELS.allowAnonymous,
      c.allowAnonymous ? 'Ja' : 'Nej: et svar skal have navn og e-mail eller telefon',
    ],
    [
      FIELD_LABELS.contact,
      c.contact
        ? [c.contact.name, c.contact.email, c.contact.phone].filter(Boolean).join(', ')
        : '–',
    ],
    [FIELD_LABELS.url, html`<a href="${c.url}">${c.url}</a>`],
    [
      FIELD_LABELS.translations,
      Object.keys(c.translations ?? {})
        .map(languageName)
        .join(', ') || 'Ingen: alle ser den på dansk',
    ],
  ];
  return html`<section aria-labelledby="details-heading"><h2 id="details-heading">${published ? 'Udfordringen, som den er offentliggjort' : 'Udfordringen, som den bliver offentliggjort'}</h2>
<dl class="challenge-details">${rows.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>
<p><a href="${deskPaths.editChallenge(c.id)}" class="button button-secondary">Rediger udfordringen</a></p>
</section>`;
}

async function historySection(context: RequestContext, id: string): Promise<SafeHtml> {
  const events = await listChallengeEvents(context.services.db, id, EVENTS_SHOWN);
  if (events.length === 0) return html``;
  const detail = (codes: string | null) =>
    codes
      ? `: ${codes
          .split(',')
          .map((code) => FIELD_LABELS[code as keyof typeof FIELD_LABELS] ?? code)
          .join(', ')
          .toLowerCase()}`
      : '';
  return html`<section aria-labelledby="history-heading"><h2 id="history-heading">Historik</h2>
<table class="table table--compact"><caption class="sr-only">Ændringer af udfordringen, nyeste først</caption>
<thead><tr><th scope="col">Tidspunkt</th><th scope="col">Hvem</th><th scope="col">Hvad</th></tr></thead>
<tbody>${events.map(
    (event) =>
      html`<tr><td>${inCopenhagen(event.at)}</td><td>${event.staffName ?? '–'}</td><td>${CHALLENGE_EVENTS[event.what] ?? event.what}${event.what === 'edited' ? detail(event.detail) : ''}</td></tr>`,
  )}</tbody></table></section>`;
}

export async function challengePage(
  context: RequestContext,
  item: DeskChallenge,
  state: ChallengePageState = {},
  status = 200,
): Promise<void> {
  const { challenge } = item;
  const now = new Date(context.services.clock());
  const changed = item.updatedAt
    ? html`Sidst ændret ${inCopenhagen(item.updatedAt)}${item.updatedBy && html` af ${item.updatedBy}`}.`
    : html`Oprettet ${inCopenhagen(item.createdAt)}.`;
  const published = isPublished(item, now);
  sendPage(
    context.res,
    {
      ...pageBasics(context, deskPaths.challenges),
      title: `${state.errors?.length ? 'Fejl: ' : ''}${challenge.title}`,
      trail: challengeTrail(item),
      body: html`<h1>${challenge.title}</h1>
<p class="challenge-status">${stateBadge(item, now)} ${challenge.deadline && html`Svarfrist ${dayInWords(challenge.deadline)}. `}${changed}</p>
<ul class="nobullet-list challenge-actions">
<li><a href="${deskPaths.editChallenge(challenge.id)}" class="button button-secondary">Rediger</a></li>
<li><a href="${deskPaths.previewChallenge(challenge.id)}" class="button button-secondary">Se den som borger</a></li>
<li><a href="${answersLink(challenge.id)}" class="button button-secondary">Se svarene</a></li>
${published && !item.archivedAt && html`<li><a href="${embedPath(challenge.id)}" class="button button-secondary">Indlejr på hjemmesiden</a></li>`}
</ul>
${await followSection(context, challenge.id)}
${errorSummary(state.errors)}
${publishingSection(context, item, state)}
${await answersSection(context, challenge.id)}
${await updatesSection(context, item, state)}
${published && outcomeSection(context, item, state, outcomeMailPart(await outcomeMailState(context.services.db, challenge.id)))}
${archiveSection(context, item)}
${detailsSection(item, published)}
${await historySection(context, challenge.id)}`,
    },
    status,
  );
}

export const getChallengePage: Handler = async (context) => {
  const item = await challengeOr404(context);
  if (item) await challengePage(context, item);
};
