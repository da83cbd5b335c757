// The receiver on its own refuses, before routing, every request target that nginx and WHATWG
// `new URL` could read as two paths (server/http/request-target.ts), so no proxy in front can be
// walked around: in single sign-on mode a trusted proxy's X-Forwarded-Email sent with
// `/widget/..\desk\staff` reached the admin page, and a form posted that way made an admin.
// Ordinary paths, encoded ordinary characters included, are routed as before.
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSecret } from '../../server/data/secret';
import { findStaffByEmail } from '../../server/data/staff';
import type { RunningReceiver } from '../../server/start';
import { proxyCsrf } from '../../server/web/desk-access';
import { startTestReceiver } from './fixtures';
import { rawRequest } from './http-client';

const ADMIN = 'anne@lunde.dk';
/** The proxy names Anne; the test connects from 127.0.0.1, the trusted proxy's address. */
const SIGNED_ON = { 'x-forwarded-email': ADMIN };
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

const TO_THE_DESK = [
  '/widget/..\\desk\\staff',
  '/dkfds\\..\\desk\\staff',
  '/widget/..%5cdesk%5cstaff',
  '/widget/..%5Cdesk%5Cstaff',
  '/widget/%2e%2e/desk/staff',
  '/widget/.%2E/desk/staff',
  '/widget/..%2fdesk%2fstaff',
  '/widget/../desk/staff',
  '/widget/./../desk/staff',
  '//desk/staff',
  '/desk//staff',
  '/desk/./staff',
  '/%64esk/staff',
  '/desk/st%61ff',
  '/desk/staff%00',
  'http://receiver.example/widget/..\\desk\\staff',
];

describe('one canonical path, on the receiver itself', () => {
  let receiver: RunningReceiver;
  let errors: unknown[];
  /** The receiver's request log, one parsed line each. */
  const lines: Record<string, unknown>[] = [];
  const log = new PassThrough();
  log.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      lines.push(JSON.parse(line));
    }
  });

  beforeAll(async () => {
    ({ receiver, errors } = await startTestReceiver({
      deskAuth: 'proxy',
      trustedProxies: ['127.0.0.1'],
      adminEmail: ADMIN,
      logger: pino({ base: undefined }, log),
    }));
  }, 60_000);

  afterAll(async () => {
    await receiver?.close();
    expect(errors).toEqual([]);
  });

  const staffEmails = async () =>
    (await receiver.db.query<{ email: string }>('SELECT email FROM staff ORDER BY email')).map(
      (row) => row.email,
    );

  it('shows the desk to the proxy-named admin at its own path (so the refusals below mean it)', async () => {
    const page = await rawRequest(receiver.url, { path: '/desk/staff', headers: SIGNED_ON });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Medarbejdere');
  });

  it.each(TO_THE_DESK)('answers GET %s with 400 and no page', async (path) => {
    const response = await rawRequest(receiver.url, { path, headers: SIGNED_ON });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.body)).toEqual({
      error: expect.stringMatching(/^request target refused: /),
    });
  });

  it.each(TO_THE_DESK)('takes no form posted to %s', async (path) => {
    const anne = await findStaffByEmail(receiver.db, ADMIN);
    const body = new URLSearchParams({
      _csrf: proxyCsrf(await loadSecret(receiver.db), anne!.staff.id),
      name: 'Mallory',
      email: 'mallory@evil.example',
      role: 'admin',
    }).toString();
    const response = await rawRequest(receiver.url, {
      method: 'POST',
      path,
      headers: { ...SIGNED_ON, ...FORM, 'content-length': String(body.length) },
      chunks: [body],
    });
    expect(response.status).toBe(400);
    expect(await staffEmails()).toEqual([ADMIN]);
  });

  it.each(['OPTIONS', 'HEAD', 'PUT'])('refuses %s with such a path too', async (method) => {
    const response = await rawRequest(receiver.url, {
      method,
      path: '/widget/..\\api\\challenges',
    });
    expect(response.status).toBe(400);
  });

  it('refuses an asterisk-form target', async () => {
    expect((await rawRequest(receiver.url, { method: 'OPTIONS', path: '*' })).status).toBe(400);
  });

  it('logs a refused request without a route', async () => {
    // A method no other test here uses, so this request's line is told from the others'.
    await rawRequest(receiver.url, { method: 'DELETE', path: '/widget/..\\desk\\staff' });
    await expect.poll(() => lines.find((line) => line.method === 'DELETE')).toBeDefined();
    const refused = lines.find((line) => line.method === 'DELETE');
    expect(refused).toMatchObject({ route: '-', status: 400 });
    expect(JSON.stringify(refused)).not.toContain('desk');
  });

  it('routes ordinary paths, with encoded ordinary characters, as before', async () => {
    const get = (path: string) => rawRequest(receiver.url, { path, headers: SIGNED_ON });
    expect((await get('/desk/answers?q=ensom%20hed&side=1')).status).toBe(200);
    expect((await get('/desk/answers?q=..%2f..%5c%2e%2e')).status).toBe(200);
    expect((await get('/desk/answers/not%20an%20id')).status).toBe(404);
    expect((await get('/desk/answers/%C3%A6')).status).toBe(404);
    expect((await get('/api/challenges')).status).toBe(200);
    expect((await get('/desk/')).status).toBe(404);
    expect((await get('/nowhere;x')).status).toBe(404);
    // Absolute-form, which only proxies get: its path, under the same rules.
    expect((await get('http://receiver.example/desk/staff')).status).toBe(200);
  });
});
