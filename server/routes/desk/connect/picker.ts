// The picker (/desk/connect/:id): connect one answer without JavaScript. For an offer it searches
// needs and proposals, for a need or proposal it searches offers, across every challenge (Danish
// full-text search, a page at a time), with a "Kobl" button on each result. The answer's current
// connections are shown above the search, so what is linked and what can be removed is in view.

import { KINDS, kindsCarrying } from '../../../../utils/kinds';
import { RESOURCE_TYPES } from '../../../../utils/schema/common';
import { type AnswerCard, findCard } from '../../../data/answer-cards';
import type { AnswerFilter } from '../../../data/answer-filter';
import { readAnswerFilter } from '../../../data/answer-filter';
import { type ListedAnswer, readAvailability, searchAnswers } from '../../../data/answer-search';
import { deskPaths } from '../../../ui/desk-paths';
import { selectField, textField } from '../../../ui/forms';
import { html, type SafeHtml } from '../../../ui/html';
import {
  ACTOR_LABELS,
  KIND_LABELS,
  kindNoun,
  RESOURCE_LABELS,
  STATUS_LABELS,
} from '../../../ui/labels';
import { csrfField } from '../../../ui/layout';
import { pageBasics, sessionOf, uuidParam } from '../../../web/context';
import { sendPage, sendProblem } from '../../../web/respond';
import type { Handler, RequestContext } from '../../../web/route';
import {
  answerName,
  type ChallengeTitles,
  challengeName,
  challengeTitles,
  pageNumber,
  pagination,
} from './parts';
import { answerConnections, thisPage } from './sections';

/** The kinds that carry an offer (offers), and the kinds an offer is linked to (needs, proposals). */
const OFFERS = kindsCarrying('offer');
const OFFERED_TO = KINDS.filter((kind) => !OFFERS.includes(kind));

export const PICKER_PAGE_SIZE = 20;

/** What the picker's search form holds: for an offer, the target's kind; for others, the offer's. */
interface PickerSearch {
  readonly filter: Pick<AnswerFilter, 'q' | 'challenge' | 'kind' | 'resourceType' | 'area'>;
  readonly availability?: string;
}

function readPickerSearch(params: URLSearchParams, forOffer: boolean): PickerSearch {
  const { q, challenge, kind, resourceType, area } = readAnswerFilter(params);
  const chosen = forOffer
    ? { q, challenge, kind: kind === 'offer' ? undefined : kind }
    : { q, challenge, resourceType, area };
  const filter = Object.fromEntries(
    Object.entries(chosen).filter(([, value]) => value !== undefined),
  ) as PickerSearch['filter'];
  const availability = forOffer ? undefined : readAvailability(params);
  return availability ? { filter, availability } : { filter };
}

function searchParams(search: PickerSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({
    ...search.filter,
    availability: search.availability,
  })) {
    if (value) params.set(key, value);
  }
  return params;
}

function summary(card: AnswerCard, titles: ChallengeTitles): SafeHtml {
  return html`<dl class="connect-summary">
<dt>Svar</dt><dd>${answerName(card)}</dd>
<dt>Udfordring</dt><dd>${challengeName(titles, card.challengeId)}</dd>
${card.kind === 'offer' && html`<dt>Ressource</dt><dd>${card.resourceType ? RESOURCE_LABELS[card.resourceType] : ''}</dd>`}
${card.availability && html`<dt>Tilgængelighed</dt><dd>${card.availability}</dd>`}
${card.area && html`<dt>Område</dt><dd>${card.area}</dd>`}
<dt>Fra</dt><dd>${ACTOR_LABELS[card.actorType]}${card.organisation && `, ${card.organisation}`}</dd>
${!card.erased && html`<dt>Tekst</dt><dd class="answer-text">${card.excerpt}${card.excerpt.length >= 300 ? '…' : ''}</dd>`}
</dl>`;
}

function searchForm(card: AnswerCard, search: PickerSearch, titles: ChallengeTitles): SafeHtml {
  const { filter } = search;
  const forOffer = card.kind === 'offer';
  return html`<form method="get" action="${deskPaths.connect(card.id)}" class="connect-filter" aria-labelledby="search-heading">
<h2 id="search-heading">${forOffer ? 'Find behov og forslag' : 'Find tilbud'}</h2>
<div class="connect-filter__fields">
${textField({ name: 'q', label: 'Søg i tekst', value: filter.q, hint: 'Titel og tekst, dansk søgning.' })}
${selectField({ name: 'challenge', label: 'Udfordring', value: filter.challenge, empty: 'Alle udfordringer', choices: [...titles.entries()] })}
${
  forOffer
    ? selectField({
        name: 'kind',
        label: 'Slags svar',
        value: filter.kind,
        empty: 'Behov og forslag',
        choices: OFFERED_TO.map((kind) => [kind, KIND_LABELS[kind]] as const),
      })
    : html`${selectField({ name: 'resourceType', label: 'Ressourcetype', value: filter.resourceType, empty: 'Alle typer', choices: RESOURCE_TYPES.map((code) => [code, RESOURCE_LABELS[code]] as const) })}
${textField({ name: 'area', label: 'Område', value: filter.area, hint: 'Tilbuddets område, fx Lunde.' })}
${textField({ name: 'availability', label: 'Tilgængelighed', value: search.availability, hint: 'Fx tirsdag eller weekend.' })}`
}
</div>
<button type="submit" class="button button-primary">Søg</button>
</form>`;
}

function resultRow(
  context: RequestContext,
  card: AnswerCard,
  found: ListedAnswer,
  titles: ChallengeTitles,
): SafeHtml {
  const action = found.linked
    ? html`<span>Koblet</span>`
    : html`<form method="post" action="${deskPaths.connect(card.id)}" class="inline-form">${csrfField(sessionOf(context).csrf)}
<input type="hidden" name="other" value="${found.id}"><input type="hidden" name="next" value="${thisPage(context)}">
<button type="submit" class="button button-secondary">Kobl<span class="sr-only"> ${found.reference} til ${card.reference}</span></button></form>`;
  return html`<tr>
<td>${answerName(found)}${found.excerpt && html`<br><span class="answer-text connect-excerpt">${found.excerpt.length > 160 ? `${found.excerpt.slice(0, 159)}…` : found.excerpt}</span>`}</td>
<td>${challengeName(titles, found.challengeId)}${found.challengeId !== card.challengeId && html`<br><span class="connect-other">Anden udfordring</span>`}</td>
<td>${STATUS_LABELS[found.status]}</td>
<td>${action}</td></tr>`;
}

export const getPicker: Handler = async (context) => {
  const { db } = context.services;
  const id = uuidParam(context, 'id');
  const card = id && (await findCard(db, id));
  if (!card) {
    return sendProblem(
      context.res,
      404,
      'Svaret findes ikke',
      'Der er ikke noget svar med det id. Find det i ressourceoversigten eller svarlisten.',
      pageBasics(context, deskPaths.resources),
    );
  }
  const forOffer = card.kind === 'offer';
  const params = context.url.searchParams;
  const search = readPickerSearch(params, forOffer);
  const page = pageNumber(params);
  const titles = await challengeTitles(db);
  const heading = forOffer
    ? `Kobl tilbud ${card.reference} til behov og forslag`
    : `Kobl tilbud til ${kindNoun(card.kind)} ${card.reference}`;
  const found = card.erased
    ? { answers: [], total: 0 }
    : await searchAnswers(
        db,
        {
          kinds: forOffer ? OFFERED_TO : OFFERS,
          filter: search.filter,
          ...(search.availability ? { availability: search.availability } : {}),
          withErased: false,
          linkedWith: card.id,
          // Help is most often for the challenge the answer came in on: its answers come first.
          challengeFirst: card.challengeId,
        },
        { limit: PICKER_PAGE_SIZE, offset: (page - 1) * PICKER_PAGE_SIZE },
      );
  const pages = Math.max(1, Math.ceil(found.total / PICKER_PAGE_SIZE));
  const what = forOffer ? 'behov og forslag' : 'tilbud';
  sendPage(context.res, {
    ...pageBasics(context, deskPaths.resources),
    title: heading,
    trail: [
      { href: deskPaths.home, label: 'Overblik' },
      { href: deskPaths.resources, label: 'Ressourcer' },
      { label: `Kobl ${card.reference}` },
    ],
    body: html`<h1>${heading}</h1>
${summary(card, titles)}
${await answerConnections(context, card.id)}
${
  card.erased
    ? html``
    : html`${searchForm(card, search, titles)}
<h2 id="results-heading">${found.total === 1 ? '1 resultat' : `${found.total} resultater`}</h2>
${
  found.answers.length === 0
    ? html`<p>${found.total === 0 ? `Ingen ${what} passer til søgningen.` : 'Der er ingen resultater på denne side.'}</p>`
    : html`<table class="table table--compact"><caption>${forOffer ? 'Behov og forslag' : 'Tilbud'}, der kan kobles til ${card.reference}${pages > 1 ? `, side ${page} af ${pages}` : ''}</caption>
<thead><tr><th scope="col">Svar</th><th scope="col">Udfordring</th><th scope="col">Status</th><th scope="col"><span class="sr-only">Handling</span></th></tr></thead>
<tbody>${found.answers.map((answer) => resultRow(context, card, answer, titles))}</tbody></table>`
}
${pagination(deskPaths.connect(card.id), searchParams(search), page, pages)}`
}`,
  });
};
