// `/om/privatliv` and `/om/tilgaengelighed`: the receiver's own notices (server/web/about-pages.ts),
// linked from the status page when the municipality has named none of its own.

import { sendHtml } from '../http/responses';
import { accessibilityPage, privacyPage } from '../web/about-pages';
import type { Handler, RequestContext } from '../web/route';
import { citizenPageLinks } from '../web/status-page';

const linksOf = ({ services }: RequestContext) => citizenPageLinks(services.config);

const PUBLIC_PAGE = { 'Cache-Control': 'no-cache' };

export const getPrivacy: Handler = (context) =>
  sendHtml(context.res, 200, privacyPage(linksOf(context)), PUBLIC_PAGE);

export const getAccessibility: Handler = (context) =>
  sendHtml(context.res, 200, accessibilityPage(linksOf(context)), PUBLIC_PAGE);
