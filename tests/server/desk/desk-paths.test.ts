// The desk's paths are written once (server/ui/desk-paths.ts) and its main menu is read from the
// route table (deskMenu): a link cannot name a page without a route, a route's path cannot be
// spelled apart from its links, and a page joins the menu by its route entry alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeFor, routesAt } from '../../../server/http/router';
import { deskMenu } from '../../../server/routes/desk/index';
import { deskRoute } from '../../../server/routes/desk/route-helpers';
import { ROUTES } from '../../../server/routes/index';
import type { RunningReceiver } from '../../../server/start';
import { deskPaths, pathTo } from '../../../server/ui/desk-paths';
import { html } from '../../../server/ui/html';
import { deskPage } from '../../../server/ui/layout';
import type { Route } from '../../../server/web/route';
import { startTestReceiver } from '../fixtures';
import { signedIn } from './desk-client';

const TABLE: readonly Route[] = ROUTES;
const patternOf = (path: string | { readonly pattern: string }) =>
  typeof path === 'string' ? path : path.pattern;
const PATTERNS = Object.values(deskPaths).map(patternOf);
/** The main menu's pages every signed-in staff member has, in its order. */
const STAFF_MENU = [
  'Overblik',
  'Udfordringer',
  'Svar',
  'Ressourcer',
  'Beskedskabeloner',
  'Indlejr',
  'Personoplysninger',
];

describe('desk paths', () => {
  it('name only paths the route table has a route for', () => {
    for (const pattern of PATTERNS) {
      const routes = TABLE.filter((route) => route.path === pattern);
      expect(routes.length, pattern).toBeGreaterThan(0);
    }
  });

  it('are where every desk route takes its path from', () => {
    const deskRoutes = TABLE.filter((route) => route.path?.startsWith('/desk'));
    expect(deskRoutes.length).toBeGreaterThan(40);
    for (const route of deskRoutes) expect(PATTERNS, route.path).toContain(route.path);
  });

  it('fill a pattern segment by segment, each percent-encoded, to a path its route answers', () => {
    expect(deskPaths.answer('7f3c')).toBe('/desk/answers/7f3c');
    expect(deskPaths.deleteChallengeUpdate('ensomhed', 'u 1/2')).toBe(
      '/desk/challenges/ensomhed/updates/u%201%2F2/delete',
    );
    const filled = deskPaths.deleteChallengeUpdate('ensomhed', 'u1');
    const route = routeFor(routesAt(TABLE, filled), 'POST');
    expect(route?.path).toBe(deskPaths.deleteChallengeUpdate.pattern);
    expect(pathTo('/desk/x/:a/y/:b')('1', '2')).toBe('/desk/x/1/y/2');
  });
});

describe('the main menu', () => {
  it('lists the routes with a menu label in table order, the admins’ pages last', () => {
    expect(deskMenu(TABLE)).toEqual([
      { href: '/desk', label: 'Overblik', admin: false },
      { href: '/desk/challenges', label: 'Udfordringer', admin: false },
      { href: '/desk/answers', label: 'Svar', admin: false },
      { href: '/desk/resources', label: 'Ressourcer', admin: false },
      { href: '/desk/templates', label: 'Beskedskabeloner', admin: false },
      { href: '/desk/embed', label: 'Indlejr', admin: false },
      { href: '/desk/people', label: 'Personoplysninger', admin: false },
      { href: '/desk/staff', label: 'Medarbejdere', admin: true },
      { href: '/desk/settings', label: 'Indstillinger', admin: true },
      { href: '/desk/audit', label: 'Log', admin: true },
    ]);
  });

  it('takes a new page from its route entry alone, shown to those its access lets in', () => {
    const handle = () => undefined;
    const table = [
      ...TABLE,
      deskRoute('GET', '/desk/kort', 'staff', handle, 'Kort'),
      deskRoute('GET', '/desk/drift', 'admin', handle, 'Drift'),
    ];
    const menu = deskMenu(table);
    const page = (role: 'admin' | 'facilitator') =>
      deskPage({ title: 'x', body: html``, menu, staff: { name: 'Karin', role } });
    expect(menu.map((item) => item.label)).toEqual([
      ...STAFF_MENU,
      'Kort',
      'Medarbejdere',
      'Indstillinger',
      'Log',
      'Drift',
    ]);
    expect(page('facilitator')).toContain('href="/desk/kort"');
    expect(page('facilitator')).not.toContain('href="/desk/drift"');
    expect(page('admin')).toContain('href="/desk/drift"');
  });
});

describe('the main menu on the desk’s pages', () => {
  let receiver: RunningReceiver;
  beforeAll(async () => {
    ({ receiver } = await startTestReceiver());
  }, 60_000);
  afterAll(() => receiver?.close());

  const menuOf = (page: string) =>
    [
      ...(/<ul class="mainmenu">(.*?)<\/ul>/s.exec(page)?.[1] ?? '').matchAll(
        /<span>([^<]*)<\/span>/g,
      ),
    ].map((match) => match[1]);

  it('is on every page for the signed-in, refusals included, with the page marked', async () => {
    const facilitator = await signedIn(receiver);
    const admin = await signedIn(receiver, { role: 'admin' });
    const home = await facilitator.get('/desk');
    expect(menuOf(home.body)).toEqual(STAFF_MENU);
    expect(home.body).toContain(
      '<a href="/desk" class="nav-link current" aria-current="page"><span>Overblik</span>',
    );
    const refused = await facilitator.get('/desk/staff');
    expect(refused.status).toBe(403);
    expect(menuOf(refused.body)).toEqual(menuOf(home.body));
    expect(menuOf((await admin.get('/desk/audit')).body)).toEqual([
      ...menuOf(home.body),
      'Medarbejdere',
      'Indstillinger',
      'Log',
    ]);
  });
});
