// Which method each path takes, what a 405 names in `Allow`, how preflights are answered and which
// answers a page on another origin may read: the rules the route table (server/routes/index.ts)
// drives, checked over HTTP for every kind of path the receiver has, including paths it has not.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningReceiver } from '../../server/start';
import { startTestReceiver } from './fixtures';
import { rawRequest } from './http-client';

const ALLOWED = 'https://kommune.example';
const REFUSED = 'https://evil.example';

const GET_PATHS = [
  '/api/challenges',
  '/desk/export/answers.csv',
  '/desk',
  '/',
  '/index.html',
  '/one.html',
  '/widget/samskab.js',
  '/dkfds/css/dkfds.min.css',
  '/assets/desk.css',
];
/** Paths with no route of their own: what they answer is still pinned. */
const UNKNOWN_PATHS = [
  '/nowhere',
  '/widget',
  '/api/submissions/',
  '/INBOX',
  // The token-protected inbox of 0.1, replaced by the desk: gone, not redirected.
  '/inbox',
  '/api/submissions.csv',
];
const ALL_PATHS = ['/api/submissions', ...GET_PATHS, ...UNKNOWN_PATHS];
/**
 * Paths nginx and the receiver could read as two paths (server/http/request-target.ts): refused before
 * routing, whatever the method, so they never reach a 405, a preflight or a handler.
 */
const REFUSED_PATHS = ['//etc/passwd', '/widget/..\\desk', '/api/%2e%2e/desk'];

const accessControlHeaders = (headers: RawHeaders) =>
  Object.keys(headers).filter((name) => name.startsWith('access-control-'));

type RawHeaders = Record<string, string | string[] | undefined>;

describe('routing', () => {
  let receiver: RunningReceiver;
  let errors: unknown[];

  beforeAll(async () => {
    const widget = mkdtempSync(join(tmpdir(), 'samskab-routing-'));
    writeFileSync(join(widget, 'samskab.js'), 'console.log("widget");');
    ({ receiver, errors } = await startTestReceiver({
      allowedOrigins: [ALLOWED],
      staticDirs: { widget },
    }));
  }, 60_000);

  afterAll(async () => {
    await receiver.close();
    expect(errors).toEqual([]);
  });

  const request = (method: string, path: string, headers: Record<string, string> = {}) =>
    rawRequest(receiver.url, { method, path, headers });

  describe('405 and its Allow header', () => {
    it.each(['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH'])(
      'answers %s /api/submissions with 405 naming POST and OPTIONS',
      async (method) => {
        const response = await request(method, '/api/submissions');
        expect(response.status).toBe(405);
        expect(response.headers.allow).toBe('POST, OPTIONS');
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        if (method !== 'HEAD') {
          expect(JSON.parse(response.body)).toEqual({
            error: 'method not allowed; use POST, OPTIONS',
          });
        }
      },
    );

    it.each(
      [...GET_PATHS, ...UNKNOWN_PATHS].flatMap((path) =>
        ['POST', 'PUT', 'DELETE', 'PATCH'].map((method) => [method, path]),
      ),
    )('answers %s %s with 405 naming GET, before asking for a token', async (method, path) => {
      const response = await request(method, path, { 'Content-Type': 'application/json' });
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET');
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(response.body)).toEqual({ error: 'method not allowed; use GET' });
      expect(accessControlHeaders(response.headers)).toEqual([]);
    });
  });

  describe('GET and HEAD', () => {
    it.each<[string, number]>([
      ['/api/challenges', 200],
      ['/desk/export/answers.csv', 401],
      ['/desk/export/answers.csv?key=samskab_guess', 401],
      ['/desk', 303],
      ['/desk/login', 200],
      ['/', 200],
      ['/index.html', 200],
      ['/one.html', 200],
      ['/widget/samskab.js', 200],
      ['/widget/missing.js', 404],
      ['/widget/', 404],
      ['/dkfds/css/dkfds.min.css', 200],
      ['/assets/desk.css', 200],
      ...UNKNOWN_PATHS.map((path): [string, number] => [path, 404]),
    ])('answers GET and HEAD %s with %i', async (path, status) => {
      const get = await request('GET', path);
      const head = await request('HEAD', path);
      expect([get.status, head.status]).toEqual([status, status]);
      expect(head.body).toBe('');
      expect(head.headers['content-type']).toBe(get.headers['content-type']);
      expect(head.headers['content-length']).toBe(get.headers['content-length']);
      expect(get.headers['x-content-type-options']).toBe('nosniff');
      if (status === 404) expect(JSON.parse(get.body)).toEqual({ error: 'not found' });
    });
  });

  describe('what pages on other origins may read', () => {
    it.each([ALLOWED, REFUSED])('lets any page (%s) read the challenge feed', async (origin) => {
      const response = await request('GET', '/api/challenges', { Origin: origin });
      expect(response.headers['access-control-allow-origin']).toBe('*');
      expect(accessControlHeaders(response.headers)).toEqual(['access-control-allow-origin']);
      expect(response.headers.vary).toBeUndefined();
    });

    it.each(['/widget/samskab.js', '/dkfds/css/dkfds.min.css', '/assets/desk.css'])(
      'lets any page load %s, also where cross-origin isolated',
      async (path) => {
        const response = await request('GET', path, { Origin: REFUSED });
        expect(response.headers['access-control-allow-origin']).toBe('*');
        expect(accessControlHeaders(response.headers)).toEqual(['access-control-allow-origin']);
        expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
      },
    );

    it.each(['/desk', '/desk/login', '/desk/export/answers.csv', '/', '/one.html', '/nowhere'])(
      'gives %s no CORS headers, even for an allowed origin',
      async (path) => {
        const response = await request('GET', path, { Origin: ALLOWED });
        expect(accessControlHeaders(response.headers)).toEqual([]);
        expect(response.headers.vary).toBeUndefined();
      },
    );

    it('gives no CORS headers to a refused answer for a file that is not there', async () => {
      const response = await request('GET', '/widget/missing.js', { Origin: ALLOWED });
      expect(response.status).toBe(404);
      expect(accessControlHeaders(response.headers)).toEqual([]);
    });

    it('echoes an allowed origin on a refused post, and nothing for another origin', async () => {
      const headers = { 'Content-Type': 'text/plain' };
      const allowed = await request('POST', '/api/submissions', { ...headers, Origin: ALLOWED });
      expect(allowed.status).toBe(415);
      expect(allowed.headers).toMatchObject({
        'access-control-allow-origin': ALLOWED,
        'access-control-expose-headers': 'Retry-After, ETag',
        vary: 'Origin',
      });
      const refused = await request('POST', '/api/submissions', { ...headers, Origin: REFUSED });
      expect(refused.status).toBe(415);
      expect(accessControlHeaders(refused.headers)).toEqual([]);
      expect(refused.headers.vary).toBeUndefined();
    });
  });

  describe('OPTIONS', () => {
    it.each(ALL_PATHS)('answers %s without an Origin with 204 and Allow', async (path) => {
      const response = await request('OPTIONS', path);
      expect(response.status).toBe(204);
      expect(response.headers.allow).toBe('POST, GET, OPTIONS');
      expect(accessControlHeaders(response.headers)).toEqual([]);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });

    it.each([ALLOWED, REFUSED])(
      'approves a preflight for the challenge feed from any page (%s)',
      async (origin) => {
        const response = await request('OPTIONS', '/api/challenges', {
          Origin: origin,
          'Access-Control-Request-Method': 'GET',
        });
        expect(response.status).toBe(204);
        expect(response.headers).toMatchObject({
          'access-control-allow-origin': '*',
          'access-control-allow-methods': 'POST, GET, OPTIONS',
          'access-control-allow-headers': 'Content-Type, Idempotency-Key, If-None-Match',
          'access-control-expose-headers': 'Retry-After, ETag',
          'access-control-max-age': '5',
          vary: 'Origin',
        });
      },
    );

    it.each(ALL_PATHS.filter((path) => path !== '/api/challenges'))(
      'approves a preflight for %s only from an allowed page',
      async (path) => {
        const preflight = (origin: string) =>
          request('OPTIONS', path, { Origin: origin, 'Access-Control-Request-Method': 'POST' });
        for (const origin of [ALLOWED, receiver.url]) {
          const approved = await preflight(origin);
          expect(approved.status).toBe(204);
          expect(approved.headers).toMatchObject({
            'access-control-allow-origin': origin,
            'access-control-allow-methods': 'POST, GET, OPTIONS',
            'access-control-allow-headers': 'Content-Type, Idempotency-Key, If-None-Match',
            'access-control-expose-headers': 'Retry-After, ETag',
            'access-control-max-age': '5',
            vary: 'Origin',
          });
          expect(approved.headers.allow).toBeUndefined();
        }
        const refused = await preflight(REFUSED);
        expect(refused.status).toBe(403);
        expect(refused.headers.vary).toBe('Origin');
        expect(accessControlHeaders(refused.headers)).toEqual([]);
        expect(refused.body).toBe('');
      },
    );
  });

  describe('paths refused before routing', () => {
    it.each(
      REFUSED_PATHS.flatMap((path) =>
        ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'].map((method) => [
          method,
          path,
        ]),
      ),
    )('answers %s %s with 400', async (method, path) => {
      const response = await request(method, path, { Origin: ALLOWED });
      expect(response.status).toBe(400);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(accessControlHeaders(response.headers)).toEqual([]);
      expect(response.headers.allow).toBeUndefined();
      if (method !== 'HEAD') {
        expect(JSON.parse(response.body)).toEqual({
          error: expect.stringMatching(/^request target refused: /),
        });
      }
    });
  });
});
