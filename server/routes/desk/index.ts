// The desk's routes, one list per area of work; server/routes/index.ts puts them in the table.
import { deskPaths } from '../../ui/desk-paths';
import type { MenuItem } from '../../ui/layout';
import type { Route } from '../../web/route';
import { ANSWER_ROUTES, TEMPLATE_ROUTES } from './answers/routes';
import { postApiKey, postRevokeApiKey } from './api-keys';
import { CHALLENGE_ROUTES } from './challenges/routes';
import { CONNECT_ROUTES } from './connect/routes';
import { EMBED_ROUTES } from './embed/routes';
import { getHome } from './home';
import { getMyMails, postMyMails } from './my-mails';
import { getDeskNotFound } from './not-found';
import { postOwnContacts } from './own-contacts';
import { PRIVACY_ROUTES } from './privacy/routes';
import { deskPrefixRoute, deskRoute } from './route-helpers';
import { getSettings } from './settings';
import { getSetup, postSetup } from './setup';
import { getSignIn, postSignIn, postSignOut } from './sign-in';
import { getStaff, postNewStaff, postStaffChange } from './staff';

/** Signing in and out, set-up links, the front page; staff, keys and settings for admins. */
const ACCOUNT_ROUTES: readonly Route[] = [
  deskRoute('GET', deskPaths.home, 'staff', getHome, 'Overblik'),
  deskRoute('GET', deskPaths.signIn, 'public', getSignIn),
  deskRoute('POST', deskPaths.signIn, 'public-form', postSignIn),
  deskRoute('POST', deskPaths.signOut, 'staff', postSignOut),
  deskRoute('GET', deskPaths.setup, 'public', getSetup),
  deskRoute('POST', deskPaths.setup, 'public-form', postSetup),
  deskRoute('GET', deskPaths.staff, 'admin', getStaff, 'Medarbejdere'),
  deskRoute('POST', deskPaths.staff, 'admin', postNewStaff),
  deskRoute('POST', deskPaths.staffMember.pattern, 'admin', postStaffChange),
  deskRoute('GET', deskPaths.myMails, 'staff', getMyMails),
  deskRoute('POST', deskPaths.myMails, 'staff', postMyMails),
  deskRoute('GET', deskPaths.settings, 'admin', getSettings, 'Indstillinger'),
  deskRoute('POST', deskPaths.ownContacts, 'admin', postOwnContacts),
  deskRoute('POST', deskPaths.apiKeys, 'admin', postApiKey),
  deskRoute('POST', deskPaths.revokeApiKey.pattern, 'admin', postRevokeApiKey),
];

/** In the table's order, as the main menu lists its pages (deskMenu). */
export const DESK_ROUTES: readonly Route[] = [
  ...ACCOUNT_ROUTES,
  ...CHALLENGE_ROUTES,
  ...ANSWER_ROUTES,
  ...CONNECT_ROUTES,
  ...TEMPLATE_ROUTES,
  ...EMBED_ROUTES,
  ...PRIVACY_ROUTES,
  // Any other desk address: a Danish page saying it is not there, for a browser. Last: a prefix.
  deskPrefixRoute('GET', `${deskPaths.home}/`, 'public', getDeskNotFound),
];

/**
 * The desk's main menu, from the route table: every route with a `menu` label, in the table's
 * order, with the pages only admins may open last (and shown to admins only). A new page in the
 * menu is its route entry.
 */
export function deskMenu(routes: readonly Route[]): MenuItem[] {
  const items = routes.flatMap((route) =>
    route.menu && route.path
      ? [{ href: route.path, label: route.menu, admin: route.access === 'admin' }]
      : [],
  );
  return [...items.filter((item) => !item.admin), ...items.filter((item) => item.admin)];
}
