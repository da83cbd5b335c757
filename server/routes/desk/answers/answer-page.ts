// `GET /desk/answers/:id`: everything about one answer, and the forms that change it. Contact
// details are shown only when staff press "Vis kontaktoplysninger" (`?kontakt=vis`), and each
// such view is written to the audit log with the answer's reference; the rest of the page holds
// no name, email or phone, so opening an answer to triage it is not a view of personal data.

import { listAnswerEvents } from '../../../data/answer-events';
import {
  type AnswerRecord,
  findAnswer,
  findAnswerIdByReference,
  listDuplicates,
  listNotes,
  readContact,
} from '../../../data/answer-record';
import { recordAudit } from '../../../data/audit';
import { findChallenge } from '../../../data/challenges';
import { readReference } from '../../../data/reference';
import { listTemplates, type ReplyTemplate } from '../../../data/reply-templates';
import { listStaff } from '../../../data/staff';
import { deskPaths } from '../../../ui/desk-paths';
import { errorSummary, type FieldErrors } from '../../../ui/forms';
import { html } from '../../../ui/html';
import { nowOf, pageBasics, param, sessionOf, uuidParam } from '../../../web/context';
import { seeOther, sendPage, sendProblem } from '../../../web/respond';
import type { Handler, RequestContext } from '../../../web/route';
import { answerConnections } from '../connect/sections';
import {
  duplicateSection,
  notesSection,
  publishSection,
  replySection,
  type TypedValues,
} from './answer-forms-view';
import { TRANSLATE_PARAM, translationsOf } from './answer-translation';
import { answerDetails, contactSection, handlingSection, historySection } from './answer-view';
import { answerTextWithTranslation } from './translation-view';

export interface PageState {
  readonly errors?: FieldErrors;
  readonly typed?: TypedValues;
  readonly showContact?: boolean;
  /** Staff asked for the answer in Danish ("Oversæt til dansk"). */
  readonly translate?: boolean;
}

/** The answer the route names, or a 404 page (and undefined). */
export async function answerOr404(context: RequestContext): Promise<AnswerRecord | undefined> {
  const id = uuidParam(context, 'id');
  const answer = id && (await findAnswer(context.services.db, id));
  if (answer) return answer;
  sendProblem(
    context.res,
    404,
    'Svaret findes ikke',
    'Der er intet svar med den adresse. Det kan være slettet, eller linket kan være forkert.',
    pageBasics(context, deskPaths.answers),
  );
  return undefined;
}

export async function sendAnswerPage(
  context: RequestContext,
  answer: AnswerRecord,
  state: PageState = {},
): Promise<void> {
  const { db } = context.services;
  const session = sessionOf(context);
  const { csrf } = session;
  const [challenge, events, staff, duplicates] = await Promise.all([
    findChallenge(db, answer.challengeId),
    listAnswerEvents(db, answer.id),
    listStaff(db),
    listDuplicates(db, answer.id),
  ]);
  const relatesToId = answer.relatesTo
    ? ((await findAnswerIdByReference(db, answer.relatesTo)) ?? null)
    : null;
  const facts = {
    answer,
    challengeTitle: challenge?.title ?? answer.challengeId,
    events,
    relatesToId,
  };
  let contact: Awaited<ReturnType<typeof readContact>>;
  if (state.showContact && answer.hasContact && !answer.erasedAt) {
    contact = await readContact(db, answer.id);
    if (contact) {
      await recordAudit(
        db,
        { staffId: session.staff.id, action: 'answer-viewed', subject: answer.reference },
        nowOf(context),
      );
    }
  }
  const typed = state.typed ?? {};
  const { errors } = state;
  const live = !answer.erasedAt;
  const templates: ReplyTemplate[] = live ? await listTemplates(db) : [];
  const notes = live ? await listNotes(db, answer.id) : [];
  const connections = await answerConnections(context, answer.id);
  const translations = await translationsOf(context, answer, state.translate === true);
  sendPage(
    context.res,
    {
      ...pageBasics(context, deskPaths.answers),
      title: `${errors?.length ? 'Fejl: ' : ''}Svar ${answer.reference}`,
      trail: [
        { href: deskPaths.home, label: 'Overblik' },
        { href: deskPaths.answers, label: 'Svar' },
        { label: answer.reference },
      ],
      body: html`<h1>Svar ${answer.reference}</h1>
${errorSummary(errors)}
<div class="row answer-page">
<div class="col-12 col-lg-8">
${answerTextWithTranslation(answer, translations.answer)}
${answerDetails(facts)}
${live && replySection(answer, templates, typed, errors, csrf, translations.reply)}
${live && publishSection(answer, typed, errors, csrf)}
${connections}
${live && notesSection(answer, notes, typed, errors, csrf)}
</div>
<div class="col-12 col-lg-4">
${handlingSection(answer, staff, csrf)}
${contactSection(answer, contact)}
${live && duplicateSection(answer, duplicates, typed, errors, csrf)}
</div>
</div>
${historySection(answer, events, staff)}`,
    },
    errors?.length ? 400 : 200,
  );
}

/**
 * `/desk/answers/SK-7F3K2Q` (any case, with or without `SK-`): the answer with that reference, at
 * its own address. A reference is what a citizen quotes on the phone; the desk's links use ids.
 */
async function redirectReference(context: RequestContext): Promise<boolean> {
  const typed = param(context, 'id');
  const reference = typed && !uuidParam(context, 'id') ? readReference(typed) : undefined;
  const id = reference && (await findAnswerIdByReference(context.services.db, reference));
  if (!id) return false;
  const query = context.url.searchParams.get('kontakt') === 'vis' ? '?kontakt=vis' : '';
  seeOther(context.res, `${deskPaths.answer(id)}${query}`);
  return true;
}

export const getAnswer: Handler = async (context) => {
  if (await redirectReference(context)) return;
  const answer = await answerOr404(context);
  if (!answer) return;
  await sendAnswerPage(context, answer, {
    showContact: context.url.searchParams.get('kontakt') === 'vis',
    translate: context.url.searchParams.get(TRANSLATE_PARAM[0]) === TRANSLATE_PARAM[1],
  });
};
