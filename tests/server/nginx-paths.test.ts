// Single sign-on behind Debian's nginx with deploy/nginx-samskab.conf, attacked as in issue 18: a
// forged X-Forwarded-Email and a path that nginx and the receiver read as two paths
// (`/widget/..\desk\staff` was nginx's /widget/ location, which passed the header on, and the
// receiver's /desk/staff). Through every location of the shipped site and every file prefix the
// receiver has, the backslash and encoded forms reach no desk page and no desk form, and no
// location passes a client's X-Forwarded-Email on. Targets go as raw bytes over TLS, so no client
// tidies them first.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSecret } from '../../server/data/secret';
import { findStaffByEmail } from '../../server/data/staff';
import { ROUTES } from '../../server/routes/index';
import type { RunningReceiver } from '../../server/start';
import { proxyCsrf } from '../../server/web/desk-access';
import { startTestReceiver } from './fixtures';
import {
  type RunningNginx,
  SITE_NAME,
  SKIP_NGINX,
  shippedLocations,
  startNginx,
} from './nginx-support';

const ADMIN = 'anne@lunde.dk';
const FORGED = { 'X-Forwarded-Email': ADMIN };
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

/** Every place a path can start: nginx's locations and the receiver's file prefixes. */
const PREFIXES = [
  ...new Set([
    ...shippedLocations(),
    ...ROUTES.flatMap((route): string[] =>
      'prefix' in route && route.prefix ? [route.prefix] : [],
    ),
  ]),
];

/** Ways from `prefix` to `/desk/staff` that a parser could take, none of which may work. */
function tricksFrom(prefix: string): string[] {
  const bare = prefix.replace(/\/$/, '');
  return [
    `${prefix}..\\desk\\staff`,
    `${prefix}..\\..\\desk\\staff`,
    `${bare}\\..\\desk\\staff`,
    `${prefix}..%5cdesk%5cstaff`,
    `${prefix}..%5Cdesk%5Cstaff`,
    `${prefix}..%2fdesk%2fstaff`,
    `${prefix}..%2Fdesk%2Fstaff`,
    `${prefix}%2e%2e/desk/staff`,
    `${prefix}%2E%2E/desk/staff`,
    `${prefix}.%2e/desk/staff`,
    `${prefix}%2e./desk/staff`,
    `${prefix}%2e%2e%2fdesk%2fstaff`,
    `${prefix}%2e%2e%5cdesk%5cstaff`,
    `${prefix}../desk/staff`,
    `${prefix}.//desk/staff`,
    `${prefix}x/..\\..\\desk\\staff`,
    `http://${SITE_NAME}${prefix}..\\desk\\staff`,
  ];
}

/** The forms the review reported, exactly. */
const REPORTED = [
  '/widget/..\\desk\\staff',
  '/assets/..\\api\\challenges',
  '/dkfds\\..\\desk\\staff',
];

const TRICKS = [...new Set([...REPORTED, ...PREFIXES.flatMap(tricksFrom)])];

describe.skipIf(SKIP_NGINX)('single sign-on behind the shipped nginx site', () => {
  const widgetDir = mkdtempSync(join(tmpdir(), 'samskab-nginx-paths-'));
  let receiver: RunningReceiver;
  let errors: unknown[];
  let nginx: RunningNginx;

  beforeAll(async () => {
    mkdirSync(join(widgetDir, 'chunks'));
    writeFileSync(join(widgetDir, 'samskab.js'), 'console.log("samskab");');
    writeFileSync(join(widgetDir, 'chunks', 'answer-form-Cq3k_9-Z.mjs'), 'export const a = 1;');
    ({ receiver, errors } = await startTestReceiver({
      deskAuth: 'proxy',
      trustedProxies: ['127.0.0.1'],
      adminEmail: ADMIN,
      publicOrigin: `https://${SITE_NAME}`,
      staticDirs: { widget: widgetDir },
    }));
    nginx = await startNginx(receiver.port);
  }, 60_000);

  afterAll(async () => {
    nginx?.stop();
    await receiver?.close();
    rmSync(widgetDir, { recursive: true, force: true });
    expect(errors).toEqual([]);
  });

  const staffEmails = async () =>
    (await receiver.db.query<{ email: string }>('SELECT email FROM staff ORDER BY email')).map(
      (row) => row.email,
    );

  it('reads the shipped locations (so every one of them is tried below)', () => {
    expect(shippedLocations()).toEqual(expect.arrayContaining(['/', '/widget/']));
    expect(PREFIXES).toEqual(expect.arrayContaining(['/', '/widget/', '/assets/', '/dkfds/']));
  });

  it.each(TRICKS)('shows no desk page for GET %s with a forged header', async (target) => {
    const response = await nginx.raw('GET', target, FORGED);
    expect(response.status).toBe(400);
    expect(response.body).not.toContain('_csrf');
    expect(response.body).not.toContain('Medarbejdere');
    expect(response.body).not.toContain('"challenges"');
  });

  it.each(TRICKS)('takes no desk form posted to %s with a forged header', async (target) => {
    const anne = await findStaffByEmail(receiver.db, ADMIN);
    // The token the admin page would have shown: the attacker is assumed to have it already.
    const csrf = proxyCsrf(await loadSecret(receiver.db), anne!.staff.id);
    const body = new URLSearchParams({
      _csrf: csrf,
      name: 'Mallory',
      email: 'mallory@evil.example',
      role: 'admin',
    }).toString();
    const response = await nginx.raw('POST', target, { ...FORGED, ...FORM }, body);
    expect(response.status).toBe(400);
    expect(await staffEmails()).toEqual([ADMIN]);
  });

  it.each(PREFIXES)('signs nobody in through %s with a forged header', async (prefix) => {
    for (const target of [prefix, `${prefix}samskab.js`, '/desk', '/desk/staff']) {
      const response = await nginx.raw('GET', target, FORGED);
      expect(response.body, target).not.toContain('_csrf');
      expect(response.body, target).not.toContain('Medarbejdere');
    }
    expect((await nginx.raw('GET', '/desk/staff', FORGED)).status).toBe(401);
  });

  it('still serves the widget, its hashed chunks, the feed and encoded queries', async () => {
    const files = [
      '/widget/samskab.js',
      '/widget/chunks/answer-form-Cq3k_9-Z.mjs',
      '/api/challenges?q=ensom%20hed',
      '/api/challenges',
      '/healthz',
    ];
    for (const target of files) expect((await nginx.raw('GET', target)).status, target).toBe(200);
    // Encoded ordinary characters in a desk path reach the desk (which wants a sign-on here).
    expect((await nginx.raw('GET', '/desk/answers/not%20an%20id')).status).toBe(401);
  });
});

describe.skipIf(SKIP_NGINX)('X-Forwarded-Email in the shipped nginx site', () => {
  let upstream: Server;
  let nginx: RunningNginx;
  /** What reached the upstream: each request's path and the X-Forwarded-Email it carried. */
  const seen: { url: string; email: string | undefined }[] = [];

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      const email = req.headers['x-forwarded-email'];
      seen.push({ url: req.url ?? '', email: Array.isArray(email) ? email.join() : email });
      res.end('ok');
    });
    await new Promise<void>((listening) => upstream.listen(0, '127.0.0.1', listening));
    const address = upstream.address();
    nginx = await startNginx(typeof address === 'object' && address ? address.port : 0);
  }, 60_000);

  afterAll(async () => {
    nginx?.stop();
    await new Promise((closed) => upstream?.close(closed));
  });

  it.each(shippedLocations())('is cleared in location %s', async (location) => {
    const target = `${location}forged-${seen.length}`;
    expect((await nginx.raw('GET', target, FORGED)).status).toBe(200);
    expect(seen.find((request) => request.url === target)).toEqual({
      url: target,
      email: undefined,
    });
  });
});
