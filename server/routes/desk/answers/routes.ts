// The answers' routes: the list and its bulk actions, registering an answer by hand, one answer's
// page and its forms, and the reply templates. Every one is for signed-in staff (facilitators and
// admins alike); posts carry the session's CSRF token, checked before the handler runs.
import { deskPaths } from '../../../ui/desk-paths';
import type { Route } from '../../../web/route';
import { deskRoute } from '../route-helpers';
import {
  postAssignee,
  postDuplicate,
  postNote,
  postPublish,
  postReply,
  postStatus,
} from './answer-actions';
import { getAnswer } from './answer-page';
import { postBulk } from './bulk';
import { getAnswers } from './list';
import { getRegister, postRegister } from './register';
import {
  getTemplate,
  getTemplates,
  postDeleteTemplate,
  postNewTemplate,
  postTemplate,
} from './templates';

export const ANSWER_ROUTES: readonly Route[] = [
  deskRoute('GET', deskPaths.answers, 'staff', getAnswers, 'Svar'),
  deskRoute('POST', deskPaths.answersBulk, 'staff', postBulk),
  deskRoute('GET', deskPaths.registerAnswer, 'staff', getRegister),
  deskRoute('POST', deskPaths.registerAnswer, 'staff', postRegister),
  deskRoute('GET', deskPaths.answer.pattern, 'staff', getAnswer),
  deskRoute('POST', deskPaths.answerStatus.pattern, 'staff', postStatus),
  deskRoute('POST', deskPaths.answerAssignee.pattern, 'staff', postAssignee),
  deskRoute('POST', deskPaths.answerNotes.pattern, 'staff', postNote),
  deskRoute('POST', deskPaths.answerReply.pattern, 'staff', postReply),
  deskRoute('POST', deskPaths.answerPublish.pattern, 'staff', postPublish),
  deskRoute('POST', deskPaths.answerDuplicate.pattern, 'staff', postDuplicate),
];

/** The reply templates: their own list, since the menu shows them after the resources. */
export const TEMPLATE_ROUTES: readonly Route[] = [
  deskRoute('GET', deskPaths.templates, 'staff', getTemplates, 'Beskedskabeloner'),
  deskRoute('POST', deskPaths.templates, 'staff', postNewTemplate),
  deskRoute('GET', deskPaths.template.pattern, 'staff', getTemplate),
  deskRoute('POST', deskPaths.template.pattern, 'staff', postTemplate),
  deskRoute('POST', deskPaths.deleteTemplate.pattern, 'staff', postDeleteTemplate),
];
