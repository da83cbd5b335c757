// The challenges area of the desk: the list, creating and editing, a challenge's page with its
// forms, and the preview as a citizen sees it. Facilitators and admins alike.
import type { Route } from '../../../web/route';
import { deskRoute } from '../route-helpers';
import {
  postArchiveChallenge,
  postChallengeUpdate,
  postCloseChallenge,
  postDeleteChallengeUpdate,
  postReopenChallenge,
  postRestoreChallenge,
} from './actions';
import { getEditChallenge, getNewChallenge, postEditChallenge, postNewChallenge } from './form';
import { getChallengeList } from './list';
import { getChallengePage } from './page';
import { getChallengePreview } from './preview';

export const CHALLENGE_ROUTES: readonly Route[] = [
  deskRoute('GET', '/desk/challenges', 'staff', getChallengeList),
  deskRoute('POST', '/desk/challenges', 'staff', postNewChallenge),
  // An exact path wins over `/desk/challenges/:id`, so no challenge may be called "new".
  deskRoute('GET', '/desk/challenges/new', 'staff', getNewChallenge),
  deskRoute('GET', '/desk/challenges/:id', 'staff', getChallengePage),
  deskRoute('GET', '/desk/challenges/:id/edit', 'staff', getEditChallenge),
  deskRoute('POST', '/desk/challenges/:id/edit', 'staff', postEditChallenge),
  // Also the preview widget's endpoint: GET only, so an answer sent from it gets a 405.
  deskRoute('GET', '/desk/challenges/:id/preview', 'staff', getChallengePreview),
  deskRoute('POST', '/desk/challenges/:id/close', 'staff', postCloseChallenge),
  deskRoute('POST', '/desk/challenges/:id/reopen', 'staff', postReopenChallenge),
  deskRoute('POST', '/desk/challenges/:id/archive', 'staff', postArchiveChallenge),
  deskRoute('POST', '/desk/challenges/:id/restore', 'staff', postRestoreChallenge),
  deskRoute('POST', '/desk/challenges/:id/updates', 'staff', postChallengeUpdate),
  deskRoute(
    'POST',
    '/desk/challenges/:id/updates/:update/delete',
    'staff',
    postDeleteChallengeUpdate,
  ),
];
