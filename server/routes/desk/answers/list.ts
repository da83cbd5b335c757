// `GET /desk/answers`: the answers, filtered, a page at a time. `POST /desk/answers/bulk`: a status
// for, or the reply drafts published of, the answers ticked on one page (never "all that match":
// what changes is what staff saw).

import { ANSWER_STATUSES, type AnswerStatus } from '../../../../utils/schema/status';
import { publishReplies, publishStatus, setStatus } from '../../../data/answer-changes';
import { type AnswerFilter, challengesInArea, readAnswerFilter } from '../../../data/answer-filter';
import { listAnswers, PAGE_SIZE, pageNumber } from '../../../data/answers';
import { listChallenges } from '../../../data/challenges';
import { listStaff } from '../../../data/staff';
import { deskPaths } from '../../../ui/desk-paths';
import { errorSummary, type FieldError } from '../../../ui/forms';
import { html } from '../../../ui/html';
import { withNotice } from '../../../ui/notices';
import { formOf, nowOf, pageBasics, sessionOf } from '../../../web/context';
import { seeOther, sendPage } from '../../../web/respond';
import type { Handler, RequestContext } from '../../../web/route';
import { chosenFilters, filterPanel, listHref, results } from './list-view';

async function listPage(
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
<div class="col-12 col-lg-9">${chosenFilters(filter, names)}${results(filter, page, titles, session.csrf)}</div>
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
function postedFrom(form: URLSearchParams): { filter: AnswerFilter; page: number } {
  const back = new URL(form.get('back') ?? deskPaths.answers, 'http://desk.invalid');
  return {
    filter: back.pathname === deskPaths.answers ? readAnswerFilter(back.searchParams) : {},
    page: pageNumber(back.searchParams.get('side')),
  };
}

export const postBulk: Handler = async (context) => {
  const form = formOf(context);
  const { db } = context.services;
  const change = {
    staffId: sessionOf(context).staff.id,
    now: nowOf(context),
    tell: context.services.mail.tellCitizens,
  };
  const { filter, page } = postedFrom(form);
  const ids = pickedIds(form);
  const action = form.get('action');
  if (ids.length === 0) {
    return listPage(context, filter, page, [
      { field: 'bulk', message: 'Sæt kryds ved de svar, der skal ændres.' },
    ]);
  }
  if (action === 'status') {
    const status = form.get('status') ?? '';
    if (!(ANSWER_STATUSES as readonly string[]).includes(status)) {
      return listPage(context, filter, page, [{ field: 'bulk', message: 'Vælg en status.' }]);
    }
    await setStatus(db, ids, status as AnswerStatus, change);
    if (form.get('show') === 'ja') {
      await publishStatus(db, ids, change);
      context.services.mail.wake();
      return seeOther(context.res, withNotice(listHref(filter, page), 'statuses-published'));
    }
    return seeOther(context.res, withNotice(listHref(filter, page), 'statuses-changed'));
  }
  if (action === 'publish-replies') {
    const published = await publishReplies(db, ids, change);
    context.services.mail.wake();
    return seeOther(
      context.res,
      withNotice(
        listHref(filter, page),
        published.length === ids.length ? 'replies-published' : 'replies-partly-published',
      ),
    );
  }
  return listPage(context, filter, page, [{ field: 'bulk', message: 'Vælg en handling.' }]);
};
