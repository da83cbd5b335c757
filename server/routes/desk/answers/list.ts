// `GET /desk/answers`: the answers, filtered, a page at a time, with the bulk actions on the
// answers ticked (`POST /desk/answers/bulk`, bulk.ts).

import { listChallenges } from '../../../challenges';
import { type AnswerFilter, challengesInArea, readAnswerFilter } from '../../../desk/answer-filter';
import { listAnswers, PAGE_SIZE, pageNumber } from '../../../desk/answers';
import { pageBasics, sessionOf } from '../../../desk/context';
import { errorSummary, type FieldError } from '../../../desk/forms';
import { listTemplates } from '../../../desk/reply-templates';
import { sendPage } from '../../../desk/respond';
import { listStaff } from '../../../desk/staff';
import { html } from '../../../html';
import type { Handler, RequestContext } from '../../route';
import { chosenFilters, filterPanel, results } from './list-view';

export async function listPage(
  context: RequestContext,
  filter: AnswerFilter,
  requestedPage: number,
  errors?: FieldError[],
) {
  const { db } = context.services;
  const session = sessionOf(context);
  const challenges = await listChallenges(db);
  const page = await listAnswers(
    db,
    filter,
    challengesInArea(challenges, filter.area),
    requestedPage,
  );
  const names = {
    challenges: challenges.map((challenge) => ({ id: challenge.id, title: challenge.title })),
    staff: await listStaff(db),
  };
  const titles = new Map(names.challenges.map((challenge) => [challenge.id, challenge.title]));
  sendPage(
    context.res,
    {
      ...pageBasics(context, '/desk/answers'),
      title: page.pages > 1 ? `Svar, side ${page.page} af ${page.pages}` : 'Svar',
      body: html`<h1>Svar</h1>
<p><a href="/desk/answers/new" class="button button-secondary">Registrér et svar fra telefon, brev eller møde</a></p>
${errorSummary(errors)}
<div class="row answer-list">
<div class="col-12 col-lg-3">${filterPanel(filter, names)}</div>
<div class="col-12 col-lg-9">${chosenFilters(filter, names)}${results(filter, page, titles, session.csrf, { staff: names.staff, templates: await listTemplates(db) })}</div>
</div>`,
    },
    errors?.length ? 400 : 200,
  );
}

export const getAnswers: Handler = (context) =>
  listPage(
    context,
    readAnswerFilter(context.url.searchParams),
    pageNumber(context.url.searchParams.get('side')),
  );

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ticked ids: well-formed, once each, at most a page's worth. */
export const pickedIds = (form: URLSearchParams): string[] =>
  [
    ...new Set(
      form
        .getAll('id')
        .filter((id) => UUID.test(id))
        .map((id) => id.toLowerCase()),
    ),
  ].slice(0, PAGE_SIZE);

/** The list the form was posted from, read again through the filter (never a free redirect). */
export function postedFrom(form: URLSearchParams): { filter: AnswerFilter; page: number } {
  const back = new URL(form.get('back') ?? '/desk/answers', 'http://desk.invalid');
  return {
    filter: back.pathname === '/desk/answers' ? readAnswerFilter(back.searchParams) : {},
    page: pageNumber(back.searchParams.get('side')),
  };
}
