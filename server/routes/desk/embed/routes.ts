// The embed area of the desk (issue 21): the webmaster's page with the code to paste, the widget's
// preview in it, and the sites that may send answers. Staff see everything; admins change which
// sites are allowed.
import type { Route } from '../../../web/route';
import { deskRoute } from '../route-helpers';
import { getEmbed } from './page';
import { getEmbedPreview } from './preview';
import { ALLOW_PATH, EMBED_SECTION, SITES_PATH } from './shared';
import { getAllowSite, getSites, postAllowSite, postRemoveSite } from './sites';

export const EMBED_ROUTES: readonly Route[] = [
  deskRoute('GET', EMBED_SECTION, 'staff', getEmbed, 'Indlejr'),
  // Also the preview widget's endpoint: GET only, so an answer sent from it gets a 405.
  deskRoute('GET', `${EMBED_SECTION}/preview`, 'staff', getEmbedPreview),
  deskRoute('GET', SITES_PATH, 'staff', getSites),
  deskRoute('GET', ALLOW_PATH, 'admin', getAllowSite),
  deskRoute('POST', ALLOW_PATH, 'admin', postAllowSite),
  deskRoute('POST', `${SITES_PATH}/remove`, 'admin', postRemoveSite),
];
