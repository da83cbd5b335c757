// The desk's routes, one list per area of work; server/routes/index.ts puts them in the table.
import type { Route } from '../../web/route';
import { ANSWER_ROUTES } from './answers/routes';
import { postApiKey, postRevokeApiKey } from './api-keys';
import { CHALLENGE_ROUTES } from './challenges/routes';
import { CONNECT_ROUTES } from './connect/routes';
import { getHome } from './home';
import { PRIVACY_ROUTES } from './privacy/routes';
import { deskRoute } from './route-helpers';
import { getSettings } from './settings';
import { getSetup, postSetup } from './setup';
import { getSignIn, postSignIn, postSignOut } from './sign-in';
import { getStaff, postNewStaff, postStaffChange } from './staff';

/** Signing in and out, set-up links, the front page; staff, keys and settings for admins. */
const ACCOUNT_ROUTES: readonly Route[] = [
  deskRoute('GET', '/desk', 'staff', getHome),
  deskRoute('GET', '/desk/login', 'public', getSignIn),
  deskRoute('POST', '/desk/login', 'public-form', postSignIn),
  deskRoute('POST', '/desk/logout', 'staff', postSignOut),
  deskRoute('GET', '/desk/setup', 'public', getSetup),
  deskRoute('POST', '/desk/setup', 'public-form', postSetup),
  deskRoute('GET', '/desk/staff', 'admin', getStaff),
  deskRoute('POST', '/desk/staff', 'admin', postNewStaff),
  deskRoute('POST', '/desk/staff/:id', 'admin', postStaffChange),
  deskRoute('GET', '/desk/settings', 'admin', getSettings),
  deskRoute('POST', '/desk/api-keys', 'admin', postApiKey),
  deskRoute('POST', '/desk/api-keys/:id/revoke', 'admin', postRevokeApiKey),
];

export const DESK_ROUTES: readonly Route[] = [
  ...ACCOUNT_ROUTES,
  ...CHALLENGE_ROUTES,
  ...ANSWER_ROUTES,
  ...CONNECT_ROUTES,
  ...PRIVACY_ROUTES,
];
