// `/om/privatliv` and `/om/tilgaengelighed`: the receiver's own notices (server/loop/about-pages.ts),
// linked from the status page when the municipality has named none of its own.
import { accessibilityPage, privacyPage } from '../loop/about-pages';
import { citizenPageLinks } from '../loop/status-page';
import { sendHtml } from '../responses';
import type { Handler, RequestContext } from './route';

const linksOf = ({ services }: RequestContext) => citizenPageLinks(services.config);

const PUBLIC_PAGE = { 'Cache-Control': 'no-cache' };

export const getPrivacy: Handler = (context) =>
  sendHtml(context.res, 200, privacyPage(linksOf(context)), PUBLIC_PAGE);

export const getAccessibility: Handler = (context) =>
  sendHtml(context.res, 200, accessibilityPage(linksOf(context)), PUBLIC_PAGE);
