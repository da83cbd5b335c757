// The answers' routes: the list and its bulk actions, registering an answer by hand, one answer's
// page and its forms, and the reply templates. Every one is for signed-in staff (facilitators and
// admins alike); posts carry the session's CSRF token, checked before the handler runs.
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
import { getAnswers, postBulk } from './list';
import { getRegister, postRegister } from './register';
import {
  getTemplate,
  getTemplates,
  postDeleteTemplate,
  postNewTemplate,
  postTemplate,
} from './templates';

export const ANSWER_ROUTES: readonly Route[] = [
  deskRoute('GET', '/desk/answers', 'staff', getAnswers),
  deskRoute('POST', '/desk/answers/bulk', 'staff', postBulk),
  deskRoute('GET', '/desk/answers/new', 'staff', getRegister),
  deskRoute('POST', '/desk/answers/new', 'staff', postRegister),
  deskRoute('GET', '/desk/answers/:id', 'staff', getAnswer),
  deskRoute('POST', '/desk/answers/:id/status', 'staff', postStatus),
  deskRoute('POST', '/desk/answers/:id/assignee', 'staff', postAssignee),
  deskRoute('POST', '/desk/answers/:id/notes', 'staff', postNote),
  deskRoute('POST', '/desk/answers/:id/reply', 'staff', postReply),
  deskRoute('POST', '/desk/answers/:id/publish', 'staff', postPublish),
  deskRoute('POST', '/desk/answers/:id/duplicate', 'staff', postDuplicate),
  deskRoute('GET', '/desk/templates', 'staff', getTemplates),
  deskRoute('POST', '/desk/templates', 'staff', postNewTemplate),
  deskRoute('GET', '/desk/templates/:id', 'staff', getTemplate),
  deskRoute('POST', '/desk/templates/:id', 'staff', postTemplate),
  deskRoute('POST', '/desk/templates/:id/delete', 'staff', postDeleteTemplate),
];
