// The resource register (/desk/resources): every offer across challenges, filtered by resource
// type, the offer's area, its availability, the challenge and more, a page at a time. The filter
// is the query string (a filtered register is a link to share); each offer links to its page and
// to the picker that connects it. Filtered to one challenge, the page also maps that challenge's
// answers and connections.

import { ACTOR_TYPES, RESOURCE_TYPES } from '../../../../utils/schema/common';
import { ANSWER_STATUSES } from '../../../../utils/schema/status';
import { type AnswerFilter, readAnswerFilter } from '../../../data/answer-filter';
import { type ListedAnswer, readAvailability, searchAnswers } from '../../../data/answer-search';
import { deskPaths } from '../../../ui/desk-paths';
import { selectField, textField } from '../../../ui/forms';
import { html, type SafeHtml } from '../../../ui/html';
import { ACTOR_LABELS, RESOURCE_LABELS, STATUS_LABELS } from '../../../ui/labels';
import { pageBasics } from '../../../web/context';
import { sendPage } from '../../../web/respond';
import type { Handler } from '../../../web/route';
import {
  type ChallengeTitles,
  challengeName,
  challengeTitles,
  pageNumber,
  pagination,
} from './parts';
import { challengeConnections } from './sections';

export const REGISTER_PAGE_SIZE = 25;

/** The register's filter: the answer filter's fields it shows, and availability. */
export interface RegisterFilter {
  readonly filter: Pick<
    AnswerFilter,
    'q' | 'challenge' | 'resourceType' | 'actorType' | 'area' | 'status'
  >;
  readonly availability?: string;
}

const FILTER_LABELS = {
  q: 'Søg i tekst',
  challenge: 'Udfordring',
  resourceType: 'Ressourcetype',
  actorType: 'Aktørtype',
  area: 'Område',
  availability: 'Tilgængelighed',
  status: 'Status',
} as const;
type RegisterKey = keyof typeof FILTER_LABELS;

export function readRegisterFilter(params: URLSearchParams): RegisterFilter {
  const { q, challenge, resourceType, actorType, area, status } = readAnswerFilter(params);
  const filter = Object.fromEntries(
    Object.entries({ q, challenge, resourceType, actorType, area, status }).filter(
      ([, value]) => value !== undefined,
    ),
  ) as RegisterFilter['filter'];
  const availability = readAvailability(params);
  return availability ? { filter, availability } : { filter };
}

/** The chosen filters as the query string again, in the form's order. */
function registerParams(register: RegisterFilter): URLSearchParams {
  const params = new URLSearchParams();
  const values: Partial<Record<RegisterKey, string>> = {
    ...register.filter,
    availability: register.availability,
  };
  for (const key of Object.keys(FILTER_LABELS) as RegisterKey[]) {
    const value = values[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** How a chosen value reads in the "chosen filters" list. */
function chosenText(key: RegisterKey, value: string, titles: ChallengeTitles): string {
  switch (key) {
    case 'challenge':
      return challengeName(titles, value);
    case 'resourceType':
      return RESOURCE_LABELS[value as keyof typeof RESOURCE_LABELS];
    case 'actorType':
      return ACTOR_LABELS[value as keyof typeof ACTOR_LABELS];
    case 'status':
      return STATUS_LABELS[value as keyof typeof STATUS_LABELS];
    default:
      return value;
  }
}

/** The chosen filters, each with a link that removes it (the "filter a list" pattern). */
function chosenFilters(params: URLSearchParams, titles: ChallengeTitles): SafeHtml {
  const chosen = [...params.entries()] as [RegisterKey, string][];
  if (chosen.length === 0) return html``;
  const without = (key: string) => {
    const rest = new URLSearchParams(params);
    rest.delete(key);
    const query = rest.toString();
    return `${deskPaths.resources}${query ? `?${query}` : ''}`;
  };
  return html`<div class="connect-chosen"><h2 class="h5" id="chosen-heading">Valgte filtre</h2>
<ul class="nobullet-list connect-chosen__list" aria-labelledby="chosen-heading">${chosen.map(
    ([key, value]) =>
      html`<li><a class="connect-tag" href="${without(key)}">${FILTER_LABELS[key]}: ${chosenText(key, value, titles)}<span class="sr-only"> (fjern filteret)</span></a></li>`,
  )}</ul>
<p><a href="${deskPaths.resources}">Fjern alle filtre</a></p></div>`;
}

function filterForm(register: RegisterFilter, titles: ChallengeTitles): SafeHtml {
  const { filter } = register;
  const labelled = <T extends string>(codes: readonly T[], labels: Record<T, string>) =>
    codes.map((code) => [code, labels[code]] as const);
  return html`<form method="get" action="${deskPaths.resources}" class="connect-filter" aria-labelledby="filter-heading">
<h2 class="h3" id="filter-heading">Filtrér tilbud</h2>
<div class="connect-filter__fields">
${textField({ name: 'q', label: FILTER_LABELS.q, value: filter.q, hint: 'Titel og tekst, dansk søgning.' })}
${selectField({ name: 'challenge', label: FILTER_LABELS.challenge, value: filter.challenge, empty: 'Alle udfordringer', choices: [...titles.entries()] })}
${selectField({ name: 'resourceType', label: FILTER_LABELS.resourceType, value: filter.resourceType, empty: 'Alle typer', choices: labelled(RESOURCE_TYPES, RESOURCE_LABELS) })}
${textField({ name: 'area', label: FILTER_LABELS.area, value: filter.area, hint: 'Tilbuddets område, fx Lunde.' })}
${textField({ name: 'availability', label: FILTER_LABELS.availability, value: register.availability, hint: 'Fx tirsdag eller weekend.' })}
${selectField({ name: 'actorType', label: FILTER_LABELS.actorType, value: filter.actorType, empty: 'Alle aktørtyper', choices: labelled(ACTOR_TYPES, ACTOR_LABELS) })}
${selectField({ name: 'status', label: FILTER_LABELS.status, value: filter.status, empty: 'Alle', choices: labelled(ANSWER_STATUSES, STATUS_LABELS) })}
</div>
<button type="submit" class="button button-primary">Vis tilbud</button>
</form>`;
}

const linkCount = (offer: ListedAnswer) => {
  const { need, proposal } = offer.links;
  if (need + proposal === 0) return 'Ingen';
  return [need > 0 && `${need} behov`, proposal > 0 && `${proposal} forslag`]
    .filter(Boolean)
    .join(', ');
};

function offerRow(offer: ListedAnswer, titles: ChallengeTitles): SafeHtml {
  const excerpt = offer.excerpt.length > 160 ? `${offer.excerpt.slice(0, 159)}…` : offer.excerpt;
  return html`<tr>
<td><a href="${deskPaths.answer(offer.id)}">${offer.reference}</a></td>
<td>${offer.resourceType ? RESOURCE_LABELS[offer.resourceType] : ''}</td>
<td>${
    offer.erased
      ? html`<em>Slettet svar</em>`
      : html`${offer.title && html`<strong>${offer.title}</strong><br>`}<span class="answer-text">${excerpt}</span>`
  }</td>
<td>${offer.availability ?? ''}</td>
<td>${offer.area ?? ''}</td>
<td>${ACTOR_LABELS[offer.actorType]}${offer.organisation && html`<br>${offer.organisation}`}</td>
<td>${challengeName(titles, offer.challengeId)}</td>
<td>${STATUS_LABELS[offer.status]}</td>
<td>${linkCount(offer)}</td>
<td>${!offer.erased && html`<a href="${deskPaths.connect(offer.id)}">Kobl til …<span class="sr-only"> (tilbud ${offer.reference})</span></a>`}</td>
</tr>`;
}

export const getResources: Handler = async (context) => {
  const { db } = context.services;
  const params = context.url.searchParams;
  const register = readRegisterFilter(params);
  const page = pageNumber(params);
  const { answers, total } = await searchAnswers(
    db,
    {
      kinds: ['offer'],
      filter: register.filter,
      ...(register.availability ? { availability: register.availability } : {}),
      withErased: true,
    },
    { limit: REGISTER_PAGE_SIZE, offset: (page - 1) * REGISTER_PAGE_SIZE },
  );
  const pages = Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE));
  const titles = await challengeTitles(db);
  const chosen = registerParams(register);
  const challenge = register.filter.challenge;
  sendPage(context.res, {
    ...pageBasics(context, deskPaths.resources),
    title: page > 1 ? `Ressourcer, side ${page}` : 'Ressourcer',
    trail: [{ href: deskPaths.home, label: 'Overblik' }, { label: 'Ressourcer' }],
    body: html`<h1>Ressourcer</h1>
<p>Alle tilbud på tværs af udfordringerne: lokaler, tid, udstyr, kompetencer og mere. Kobl et tilbud til behov og forslag, også i andre udfordringer.</p>
${filterForm(register, titles)}
${chosenFilters(chosen, titles)}
<h2 id="results-heading">${total === 1 ? '1 tilbud' : `${total} tilbud`}</h2>
${
  answers.length === 0
    ? html`<p>${total === 0 ? 'Ingen tilbud passer til filteret.' : 'Der er ingen tilbud på denne side.'}</p>`
    : html`<div class="connect-table-wrap"><table class="table table--compact connect-register">
<caption>Tilbud${pages > 1 ? `, side ${page} af ${pages}` : ''}, nyeste først</caption>
<thead><tr><th scope="col">Reference</th><th scope="col">Ressource</th><th scope="col">Hvad tilbydes</th><th scope="col">Tilgængelighed</th><th scope="col">Område</th><th scope="col">Fra</th><th scope="col">Udfordring</th><th scope="col">Status</th><th scope="col">Koblet til</th><th scope="col"><span class="sr-only">Handling</span></th></tr></thead>
<tbody>${answers.map((offer) => offerRow(offer, titles))}</tbody></table></div>`
}
${pagination(deskPaths.resources, chosen, page, pages)}
${challenge && (await challengeConnections(context, challenge))}`,
  });
};
