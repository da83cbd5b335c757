// `POST /desk/answers/bulk`: what staff do at once to the answers ticked on one page of the list
// (never "all that match": what changes is what staff saw). A status (shown to the citizens or
// not), the reply drafts published, an Ansvarlig, or replies started from a template as drafts.
// Each comes back to the list with counts: how many changed, and how many were left and why. A
// change of a status citizens already see asks first, naming each change and how many it affects.

import { ANSWER_STATUSES, type AnswerStatus } from '../../../../utils/schema/status';
import {
  assignAnswers,
  draftRepliesFrom,
  publishReplyDrafts,
  publishStatus,
  type ShownChange,
  setStatus,
  shownChanges,
} from '../../../data/answer-changes';
import { findTemplate } from '../../../data/reply-templates';
import { listStaff } from '../../../data/staff';
import { deskPaths } from '../../../ui/desk-paths';
import { html } from '../../../ui/html';
import { STATUS_LABELS } from '../../../ui/labels';
import { csrfField } from '../../../ui/layout';
import { withCounts } from '../../../ui/notices';
import { formOf, nowOf, pageBasics, sessionOf } from '../../../web/context';
import { seeOther, sendPage } from '../../../web/respond';
import type { Handler, RequestContext } from '../../../web/route';
import { listPage, pickedIds, postedFrom } from './list';
import { listHref } from './list-view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const countOf = (changes: readonly ShownChange[]) =>
  changes.reduce((sum, change) => sum + change.count, 0);
const answers = (n: number) => (n === 1 ? '1 svar' : `${n} svar`);

/**
 * The page that asks before statuses citizens already see change: each change with its count,
 * and the same form again with `confirm=ja`.
 */
function confirmShownChanges(
  context: RequestContext,
  form: URLSearchParams,
  ids: readonly string[],
  changes: readonly ShownChange[],
  back: string,
) {
  const action = form.get('action');
  const publishing = action === 'publish-replies';
  const affected = countOf(changes);
  const title = publishing
    ? 'Offentliggør beskeder, der ændrer den status, borgerne ser?'
    : 'Skift en status, borgerne allerede ser?';
  const kept = ['action', 'status', 'show'].flatMap((name) => {
    const value = form.get(name);
    return value === null ? [] : [[name, value] as const];
  });
  sendPage(context.res, {
    ...pageBasics(context, deskPaths.answers),
    title,
    body: html`<h1>${title}</h1>
<p>${publishing ? 'Når beskederne offentliggøres, ser borgerne også den status, svarene har nu.' : 'Du er ved at vise borgerne en ny status.'} Det ændrer den status, borgerne bag ${answers(affected)} allerede ser:</p>
<ul class="shown-changes">${changes.map(
      (change) =>
        html`<li>${answers(change.count)}: ${STATUS_LABELS[change.from]} <span aria-hidden="true">→</span><span class="sr-only"> bliver til</span> ${STATUS_LABELS[change.to]}</li>`,
    )}</ul>
<p>Borgere, der har bedt om nyt på e-mail, får en e-mail om det.</p>
<form method="post" action="${deskPaths.answersBulk}" class="person-actions">${csrfField(sessionOf(context).csrf)}
<input type="hidden" name="back" value="${back}">
${kept.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
${ids.map((id) => html`<input type="hidden" name="id" value="${id}">`)}
<button type="submit" name="confirm" value="ja" class="button button-primary">${publishing ? `Ja, offentliggør beskederne til ${answers(ids.length)}` : `Ja, skift og vis status for ${answers(ids.length)}`}</button>
<a href="${back}" class="button button-secondary">Nej, tilbage til listen</a>
</form>`,
  });
}

export const postBulk: Handler = async (context) => {
  const form = formOf(context);
  const { db } = context.services;
  const change = {
    staffId: sessionOf(context).staff.id,
    now: nowOf(context),
    tell: context.services.mail.tellCitizens,
    tellAssignee: context.services.mail.tellAssignee,
  };
  const { filter, page } = postedFrom(form);
  const back = listHref(filter, page);
  const ids = pickedIds(form);
  const action = form.get('action');
  const confirmed = form.get('confirm') === 'ja';
  const refuse = (message: string) => listPage(context, filter, page, [{ field: 'bulk', message }]);
  if (ids.length === 0) return refuse('Sæt kryds ved de svar, der skal ændres.');

  if (action === 'status') {
    const status = form.get('status') ?? '';
    if (!(ANSWER_STATUSES as readonly string[]).includes(status)) return refuse('Vælg en status.');
    const show = form.get('show') === 'ja';
    if (show && !confirmed) {
      const changes = await shownChanges(db, ids, status as AnswerStatus);
      if (changes.length > 0) return confirmShownChanges(context, form, ids, changes, back);
    }
    const changed = await setStatus(db, ids, status as AnswerStatus, change);
    const same = ids.length - changed.length;
    if (!show)
      return seeOther(context.res, withCounts(back, 'bulk-status', [changed.length, same]));
    const shown = await publishStatus(db, ids, change);
    context.services.mail.wake();
    return seeOther(
      context.res,
      withCounts(back, 'bulk-status-shown', [changed.length, same, shown.length]),
    );
  }

  if (action === 'publish-replies') {
    if (!confirmed) {
      const changes = await shownChanges(db, ids, 'with-reply');
      if (changes.length > 0) return confirmShownChanges(context, form, ids, changes, back);
    }
    const result = await publishReplyDrafts(db, ids, change);
    context.services.mail.wake();
    return seeOther(
      context.res,
      withCounts(back, 'bulk-replies', [
        result.published.length,
        result.alreadyPublished,
        result.noDraft,
        result.personal,
        result.erased,
        result.tooLong,
      ]),
    );
  }

  if (action === 'assign') {
    const wanted = form.get('assignee') ?? '';
    const staff = await listStaff(db);
    const assignee = staff.find((member) => member.id === wanted && !member.disabledAt);
    if (wanted !== '' && !assignee) return refuse('Vælg en aktiv medarbejder, eller "Ingen".');
    const changed = await assignAnswers(db, ids, assignee?.id ?? null, change);
    context.services.mail.wake();
    return seeOther(
      context.res,
      withCounts(back, 'bulk-assigned', [changed.length, ids.length - changed.length]),
    );
  }

  if (action === 'template') {
    const templateId = form.get('template') ?? '';
    const template = UUID.test(templateId) ? await findTemplate(db, templateId) : undefined;
    if (!template) return refuse('Vælg en skabelon.');
    const result = await draftRepliesFrom(db, ids, template.text, change);
    return seeOther(
      context.res,
      withCounts(back, 'bulk-drafted', [
        result.drafted,
        result.hadDraft,
        result.replied,
        result.erased,
      ]),
    );
  }

  return refuse('Vælg en handling.');
};
