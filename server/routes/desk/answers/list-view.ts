// The answer list's markup, after the MoJ "filter a list" pattern in DKFDS dress: a filter panel
// beside the results (a GET form, so a filtered list is a link), the chosen filters above it as
// links that remove one each, then the results: exports of the same filter, the bulk actions, the
// table and the pages.

import { dayInWords } from '../../../../utils/copenhagen-time';
import { ACTOR_TYPES, KINDS, RESOURCE_TYPES } from '../../../../utils/schema/common';
import { ANSWER_STATUSES } from '../../../../utils/schema/status';
import { type AnswerFilter, FILTER_KEYS, filterParams } from '../../../data/answer-filter';
import {
  type AnswerListItem,
  type AnswerPage,
  EXCERPT_LENGTH,
  PAGE_SIZE,
} from '../../../data/answers';
import type { StaffMember } from '../../../data/staff';
import { deskPaths } from '../../../ui/desk-paths';
import { checkbox } from '../../../ui/forms';
import { html, type SafeHtml } from '../../../ui/html';
import { ACTOR_LABELS, KIND_LABELS, RESOURCE_LABELS, STATUS_LABELS } from '../../../ui/labels';
import { LANGUAGE_CHOICES, languageName } from '../../../ui/language-names';
import { csrfField } from '../../../ui/layout';
import { shownTime } from '../../../ui/time';
import { excerptOf } from './format';

/** What the filter panel and the tags need besides the filter: names for ids. */
export interface ListNames {
  readonly challenges: readonly { readonly id: string; readonly title: string }[];
  readonly staff: readonly StaffMember[];
}

/** The list's address for a filter and a page (page 1 is left out). */
export function listHref(filter: AnswerFilter, page = 1): string {
  const params = filterParams(filter);
  if (page > 1) params.set('side', String(page));
  const query = params.toString();
  return query ? `${deskPaths.answers}?${query}` : deskPaths.answers;
}

const choices = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => [value, labels[value]] as const);

function select(
  name: keyof AnswerFilter,
  label: string,
  value: string | undefined,
  options: readonly (readonly [string, string])[],
): SafeHtml {
  return html`<div class="form-group"><label class="form-label" for="filter-${name}">${label}</label>
<select class="form-select" id="filter-${name}" name="${name}"><option value="">Alle</option>${options.map(
    ([code, text]) =>
      html`<option value="${code}"${code === value ? html` selected` : ''}>${text}</option>`,
  )}</select></div>`;
}

function input(
  name: keyof AnswerFilter,
  label: string,
  value: string | undefined,
  type = 'text',
  hint?: string,
): SafeHtml {
  return html`<div class="form-group"><label class="form-label" for="filter-${name}">${label}</label>
${hint && html`<span class="form-hint" id="filter-${name}-hint">${hint}</span>`}
<input class="form-input" type="${type}" id="filter-${name}" name="${name}" value="${value ?? ''}"${hint ? html` aria-describedby="filter-${name}-hint"` : ''}></div>`;
}

/** The supported languages, and a language a link names that is not one of them. */
const languageChoices = (chosen: string | undefined) =>
  chosen && !LANGUAGE_CHOICES.some(([code]) => code === chosen)
    ? [...LANGUAGE_CHOICES, [chosen, languageName(chosen)] as const]
    : LANGUAGE_CHOICES;

const yesNoValue = (value: boolean | undefined) =>
  value === undefined ? undefined : value ? 'ja' : 'nej';
const YES_NO = [
  ['ja', 'Ja'],
  ['nej', 'Nej'],
] as const;

export function filterPanel(filter: AnswerFilter, names: ListNames): SafeHtml {
  const active = names.staff.filter((staff) => !staff.disabledAt);
  return html`<div class="answer-filter"><h2 class="h3">Filtrér svarene</h2>
<form method="get" action="${deskPaths.answers}" class="answer-filter-form" aria-label="Filtrér svarene">
${input('q', 'Søg i titel, tekst eller reference', filter.q, 'search', 'Ord på dansk; fx finder "ensom" også "ensomme". En reference som SK-7F3K2Q finder svaret.')}
${select(
  'challenge',
  'Udfordring',
  filter.challenge,
  names.challenges.map((challenge) => [challenge.id, challenge.title] as const),
)}
${select('kind', 'Type', filter.kind, choices(KINDS, KIND_LABELS))}
${select('status', 'Status', filter.status, choices(ANSWER_STATUSES, STATUS_LABELS))}
${select('actorType', 'Svarer som', filter.actorType, choices(ACTOR_TYPES, ACTOR_LABELS))}
${select('resourceType', 'Ressource', filter.resourceType, choices(RESOURCE_TYPES, RESOURCE_LABELS))}
${input('area', 'Område', filter.area, 'text', 'Tilbuddets område eller udfordringens.')}
${select(
  'assignee',
  'Ansvarlig',
  filter.assignee,
  active.map((staff) => [staff.id, staff.name] as const),
)}
${select('language', 'Sprog', filter.language, languageChoices(filter.language))}
${select('mayContact', 'Må kontaktes', yesNoValue(filter.mayContact), YES_NO)}
${select('canHelp', 'Vil hjælpe med at gennemføre', yesNoValue(filter.canHelp), YES_NO)}
${input('from', 'Modtaget fra og med', filter.from, 'date')}
${input('to', 'Modtaget til og med', filter.to, 'date')}
<button type="submit" class="button button-primary">Vis svar</button>
</form></div>`;
}

const shownDay = (day: string) => dayInWords(day, 'date');

/** Each chosen filter in words, as the tags above the results say it. */
function describe(
  key: (typeof FILTER_KEYS)[number],
  filter: AnswerFilter,
  names: ListNames,
): string | undefined {
  switch (key) {
    case 'challenge':
      return `Udfordring: ${names.challenges.find((c) => c.id === filter.challenge)?.title ?? filter.challenge}`;
    case 'kind':
      return filter.kind && `Type: ${KIND_LABELS[filter.kind]}`;
    case 'actorType':
      return filter.actorType && `Svarer som: ${ACTOR_LABELS[filter.actorType]}`;
    case 'resourceType':
      return filter.resourceType && `Ressource: ${RESOURCE_LABELS[filter.resourceType]}`;
    case 'area':
      return `Område: ${filter.area}`;
    case 'status':
      return filter.status && `Status: ${STATUS_LABELS[filter.status]}`;
    case 'mayContact':
      return `Må kontaktes: ${filter.mayContact ? 'ja' : 'nej'}`;
    case 'canHelp':
      return `Vil hjælpe: ${filter.canHelp ? 'ja' : 'nej'}`;
    case 'from':
      return filter.from && `Modtaget fra: ${shownDay(filter.from)}`;
    case 'to':
      return filter.to && `Modtaget til: ${shownDay(filter.to)}`;
    case 'q':
      return `Søgning: ${filter.q}`;
    case 'assignee':
      return `Ansvarlig: ${names.staff.find((s) => s.id === filter.assignee)?.name ?? 'ukendt'}`;
    case 'language':
      return filter.language && `Sprog: ${languageName(filter.language)}`;
  }
}

/** The chosen filters, each a link to the list without it. */
export function chosenFilters(filter: AnswerFilter, names: ListNames): SafeHtml {
  const keys = FILTER_KEYS.filter((key) => filter[key] !== undefined);
  if (keys.length === 0) return html``;
  return html`<div class="chosen-filters"><h2 class="h5" id="chosen-filters-heading">Valgte filtre</h2>
<ul class="nobullet-list chosen-filter-list" aria-labelledby="chosen-filters-heading">${keys.map(
    (key) => {
      const without: Record<string, unknown> = { ...filter };
      delete without[key];
      return html`<li><a class="tag tag-icon" href="${listHref(without as AnswerFilter)}"><span class="sr-only">Fjern filteret </span>${describe(key, filter, names)}<svg class="icon-svg" focusable="false" aria-hidden="true"><use href="/dkfds/img/all-svg-icons.svg#close"></use></svg></a></li>`;
    },
  )}</ul>
<p><a href="${deskPaths.answers}" class="function-link">Fjern alle filtre</a></p></div>`;
}

function flags(item: AnswerListItem): SafeHtml {
  const badges: SafeHtml[] = [];
  const badge = (text: string, kind = 'badge-info') =>
    badges.push(html`<span class="badge ${kind}">${text}</span>`);
  if (item.erased) badge('Slettet', 'badge-error');
  if (item.mayContact) badge('Må kontaktes');
  if (item.canHelp) badge('Vil hjælpe');
  if (item.published) badge('Offentliggjort', 'badge-success');
  if (item.replyPublished) badge('Besked offentliggjort', 'badge-success');
  else if (item.hasReplyDraft) badge('Beskedkladde', 'badge-warning');
  if (item.duplicateOf) badge(`Dublet af ${item.duplicateOf}`, 'badge-warning');
  if (item.joinedWaiting > 0)
    badge(
      item.joinedWaiting === 1
        ? '1 tilbud om hjælp venter'
        : `${item.joinedWaiting} tilbud om hjælp venter`,
      'badge-warning',
    );
  if (item.links > 0) badge(item.links === 1 ? '1 kobling' : `${item.links} koblinger`);
  if (item.source === 'desk') badge('Registreret på arbejdsbordet');
  return html`<span class="answer-flags">${badges}</span>`;
}

/** The person's own words say their language, for screen readers; the direction follows the text. */
const textLanguage = (item: AnswerListItem) =>
  item.erased || !item.language ? html`` : html` lang="${item.language}" dir="auto"`;

function row(item: AnswerListItem, challengeTitles: ReadonlyMap<string, string>): SafeHtml {
  const title = item.erased ? 'Svaret er slettet' : item.title;
  return html`<tr>
<td><div class="form-group-checkbox"><input type="checkbox" class="form-checkbox" id="pick-${item.id}" name="id" value="${item.id}"><label for="pick-${item.id}"><span class="sr-only">Vælg svar ${item.reference}</span></label></div></td>
<td class="answer-reference"><a href="${deskPaths.answer(item.id)}">${item.reference}</a><br>${shownTime(item.receivedAt)}${item.language && html`<br><span class="answer-muted">${languageName(item.language)}</span>`}</td>
<td>${challengeTitles.get(item.challengeId) ?? item.challengeId}</td>
<td>${KIND_LABELS[item.kind]}${item.resourceType && html` (${RESOURCE_LABELS[item.resourceType]})`}<br><span class="answer-muted">${ACTOR_LABELS[item.actorType]}</span></td>
<td>${STATUS_LABELS[item.status]}<br><span class="answer-muted">${item.assigneeName ?? 'Ingen ansvarlig'}</span></td>
<td class="answer-excerpt"${textLanguage(item)}>${title && html`<strong>${excerptOf(title, 200)}</strong><br>`}${!item.erased && excerptOf(item.excerpt, EXCERPT_LENGTH)}</td>
<td>${flags(item)}</td>
</tr>`;
}

function pagination(filter: AnswerFilter, page: AnswerPage): SafeHtml {
  if (page.pages <= 1) return html``;
  const numbers = [...new Set([1, page.page - 1, page.page, page.page + 1, page.pages])]
    .filter((n) => n >= 1 && n <= page.pages)
    .sort((a, b) => a - b);
  const items: SafeHtml[] = [];
  numbers.forEach((n, i) => {
    const previous = numbers[i - 1];
    if (previous !== undefined && n - previous > 1) {
      items.push(
        html`<li class="pagination-item pagination-overflow"><span class="sr-only">Sider udeladt</span><span aria-hidden="true">…</span></li>`,
      );
    }
    items.push(
      n === page.page
        ? html`<li class="pagination-item pagination-number"><a href="${listHref(filter, n)}" class="button current-page" aria-current="page" aria-label="Side ${n}">${n}</a></li>`
        : html`<li class="pagination-item pagination-number"><a href="${listHref(filter, n)}" class="button button-secondary" aria-label="Side ${n}">${n}</a></li>`,
    );
  });
  const icon = (name: string) =>
    html`<svg class="icon-svg" focusable="false" aria-hidden="true"><use href="/dkfds/img/all-svg-icons.svg#${name}"></use></svg>`;
  return html`<nav class="pagination" aria-label="Sider med svar">
${page.page > 1 && html`<a href="${listHref(filter, page.page - 1)}" class="button button-arrow button-previous">${icon('chevron-left')}<span class="pagination-nav-link">Forrige</span><span class="sr-only"> side</span></a>`}
<span class="pagination-mobile">Side ${page.page} af ${page.pages}</span>
<ul class="pagination__items">${items}</ul>
${page.page < page.pages && html`<a href="${listHref(filter, page.page + 1)}" class="button button-arrow button-next"><span class="pagination-nav-link">Næste</span><span class="sr-only"> side</span>${icon('chevron-right')}</a>`}
</nav>`;
}

/** What the bulk actions offer: the staff to make Ansvarlig, the templates to start replies from. */
export interface BulkChoices {
  readonly staff: readonly StaffMember[];
  readonly templates: readonly { readonly id: string; readonly name: string }[];
}

/** The actions on the ticked answers; each button names its action, the server reads its fields. */
function bulkActions(choices: BulkChoices): SafeHtml {
  const active = choices.staff.filter((member) => !member.disabledAt);
  return html`<fieldset class="bulk-actions" id="f-bulk" tabindex="-1"><legend class="h5">Valgte svar på denne side</legend>
<div class="inline-form"><label class="form-label" for="bulk-status">Ny status</label>
<select class="form-select" id="bulk-status" name="status">${ANSWER_STATUSES.map(
    (status) => html`<option value="${status}">${STATUS_LABELS[status]}</option>`,
  )}</select>
<button type="submit" name="action" value="status" class="button button-secondary">Skift status for valgte</button></div>
${checkbox({ name: 'show', label: 'Vis også borgerne den nye status', checked: false, hint: 'Borgere, der har bedt om nyt om deres svar, får en e-mail. Ændrer det en status, borgerne allerede ser, bliver du spurgt først.' })}
<div class="inline-form"><button type="submit" name="action" value="publish-replies" class="button button-secondary">Offentliggør beskedkladder for valgte</button></div>
<div class="inline-form"><label class="form-label" for="bulk-assignee">Ansvarlig</label>
<select class="form-select" id="bulk-assignee" name="assignee"><option value="">Ingen</option>${active.map(
    (member) => html`<option value="${member.id}">${member.name}</option>`,
  )}</select>
<button type="submit" name="action" value="assign" class="button button-secondary">Sæt ansvarlig for valgte</button></div>
${
  choices.templates.length > 0 &&
  html`<div class="inline-form"><label class="form-label" for="bulk-template">Beskedskabelon</label>
<select class="form-select" id="bulk-template" name="template">${choices.templates.map(
    (template) => html`<option value="${template.id}">${template.name}</option>`,
  )}</select>
<button type="submit" name="action" value="template" class="button button-secondary">Start beskedkladder fra skabelonen</button></div>`
}
</fieldset>`;
}

export function results(
  filter: AnswerFilter,
  page: AnswerPage,
  challengeTitles: ReadonlyMap<string, string>,
  csrf: string,
  choices: BulkChoices = { staff: [], templates: [] },
): SafeHtml {
  const query = filterParams(filter).toString();
  const exportQuery = query ? `?${query}` : '';
  const first = (page.page - 1) * PAGE_SIZE + 1;
  const shown =
    page.total === 0
      ? 'Ingen svar passer til filtrene.'
      : page.pages === 1
        ? `${page.total} svar`
        : `Svar ${first}–${first + page.items.length - 1} af ${page.total}`;
  return html`<h2 id="results-heading">${shown}</h2>
<p class="answer-exports"><a href="${deskPaths.exportXlsx}${exportQuery}" class="function-link">Eksportér (regneark)</a> <a href="${deskPaths.exportCsv}${exportQuery}" class="function-link">Eksportér (CSV)</a></p>
${
  page.items.length > 0 &&
  html`<form method="post" action="${deskPaths.answersBulk}" class="bulk-form">${csrfField(csrf)}
<input type="hidden" name="back" value="${listHref(filter, page.page)}">
${bulkActions(choices)}
<div class="table--responsive-scroll" tabindex="0" role="region" aria-labelledby="results-heading">
<table class="table table--compact answer-table"><caption class="sr-only">Svar, nyeste først</caption>
<thead><tr><th scope="col"><span class="sr-only">Vælg</span></th><th scope="col">Reference, modtaget og sprog</th><th scope="col">Udfordring</th><th scope="col">Type og svarer som</th><th scope="col">Status og ansvarlig</th><th scope="col">Titel og uddrag</th><th scope="col">Markeringer</th></tr></thead>
<tbody>${page.items.map((item) => row(item, challengeTitles))}</tbody></table></div>
</form>`
}
${pagination(filter, page)}`;
}
