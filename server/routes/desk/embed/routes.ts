// The embed area of the desk (issue 21): the webmaster's page with the code to paste, the widget's
// preview in it, and the sites that may send answers. Staff see everything; admins change which
// sites are allowed.
import { deskPaths } from '../../../ui/desk-paths';
import type { Route } from '../../../web/route';
import { deskRoute } from '../route-helpers';
import { getEmbed } from './page';
import { getEmbedPreview } from './preview';
import { getAllowSite, getSites, postAllowSite, postRemoveSite } from './sites';

export const EMBED_ROUTES: readonly Route[] = [
  deskRoute('GET', deskPaths.embed, 'staff', getEmbed, 'Indlejr'),
  // Also the preview widget's endpoint: GET only, so an answer sent from it gets a 405.
  deskRoute('GET', deskPaths.embedPreview, 'staff', getEmbedPreview),
  deskRoute('GET', deskPaths.sites, 'staff', getSites),
  deskRoute('GET', deskPaths.allowSite, 'admin', getAllowSite),
  deskRoute('POST', deskPaths.allowSite, 'admin', postAllowSite),
  deskRoute('POST', deskPaths.removeSite, 'admin', postRemoveSite),
];
