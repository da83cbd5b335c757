// The challenges area of the desk: the list, creating and editing, a challenge's page with its
// forms, and the preview as a citizen sees it. Facilitators and admins alike.
import { deskPaths } from '../../../ui/desk-paths';
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
import { postFollow } from './follow';
import { getEditChallenge, getNewChallenge, postEditChallenge, postNewChallenge } from './form';
import { getChallengeList } from './list';
import { getChallengePage } from './page';
import { getChallengePreview } from './preview';
import { postPublishChallenge, postScheduleChallenge } from './publishing';

export const CHALLENGE_ROUTES: readonly Route[] = [
  deskRoute('GET', deskPaths.challenges, 'staff', getChallengeList, 'Udfordringer'),
  deskRoute('POST', deskPaths.challenges, 'staff', postNewChallenge),
  // An exact path wins over `/desk/challenges/:id`, so no challenge may be called "new".
  deskRoute('GET', deskPaths.newChallenge, 'staff', getNewChallenge),
  deskRoute('GET', deskPaths.challenge.pattern, 'staff', getChallengePage),
  deskRoute('GET', deskPaths.editChallenge.pattern, 'staff', getEditChallenge),
  deskRoute('POST', deskPaths.editChallenge.pattern, 'staff', postEditChallenge),
  // Also the preview widget's endpoint: GET only, so an answer sent from it gets a 405.
  deskRoute('GET', deskPaths.previewChallenge.pattern, 'staff', getChallengePreview),
  deskRoute('POST', deskPaths.publishChallenge.pattern, 'staff', postPublishChallenge),
  deskRoute('POST', deskPaths.scheduleChallenge.pattern, 'staff', postScheduleChallenge),
  deskRoute('POST', deskPaths.closeChallenge.pattern, 'staff', postCloseChallenge),
  deskRoute('POST', deskPaths.reopenChallenge.pattern, 'staff', postReopenChallenge),
  deskRoute('POST', deskPaths.archiveChallenge.pattern, 'staff', postArchiveChallenge),
  deskRoute('POST', deskPaths.restoreChallenge.pattern, 'staff', postRestoreChallenge),
  deskRoute('POST', deskPaths.challengeUpdates.pattern, 'staff', postChallengeUpdate),
  deskRoute('POST', deskPaths.followChallenge.pattern, 'staff', postFollow),
  deskRoute('POST', deskPaths.deleteChallengeUpdate.pattern, 'staff', postDeleteChallengeUpdate),
];
