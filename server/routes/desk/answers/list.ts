// `GET /desk/answers`: the answers, filtered, a page at a time, with the bulk actions on the
// answers ticked (`POST /desk/answers/bulk`, bulk.ts).

import { type AnswerFilter, challengesInArea, readAnswerFilter } from '../../../data/answer-filter';
import { listAnswers, PAGE_SIZE, pageNumber } from '../../../data/answers';
import { listChallenges } from '../../../data/challenges';
import { listTemplates } from '../../../data/reply-templates';
import { listStaff } from '../../../data/staff';
import { deskPaths } from '../../../ui/desk-paths';
import { errorSummary, type FieldError } from '../../../ui/forms';
import { html } from '../../../ui/html';
import { pageBasics, sessionOf } from '../../../web/context';
import { sendPage } from '../../../web/respond';
import type { Handler, RequestContext } from '../../../web/route';
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
      ...pageBasics(context, deskPaths.answers),
      title: page.pages > 1 ? `Svar, side ${page.page} af ${page.pages}` : 'Svar',
      body: html`<h1>Svar</h1>
<p><a href="${deskPaths.registerAnswer}" class="button button-secondary">Registrér et svar fra telefon, brev eller møde</a></p>
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
  const back = new URL(form.get('back') ?? deskPaths.answers, 'http://desk.invalid');
  return {
    filter: back.pathname === deskPaths.answers ? readAnswerFilter(back.searchParams) : {},
    page: pageNumber(back.searchParams.get('side')),
  };
}
