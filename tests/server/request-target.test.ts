// Which request targets the receiver routes and which it refuses before routing
// (server/http/request-target.ts): every form on which nginx's location match and WHATWG `new URL`
// could name two different paths is refused, and the paths real clients send are routed as sent.
import { describe, expect, it } from 'vitest';
import { canonicalTarget } from '../../server/http/request-target';

/** Targets that reached /desk/staff or /api/challenges past nginx's /widget/ and / locations. */
const REPORTED = [
  '/widget/..\\desk\\staff',
  '/assets/..\\api\\challenges',
  '/dkfds\\..\\desk\\staff',
];

const REFUSED: readonly (readonly [string, string])[] = [
  ...REPORTED.map((target) => [target, 'a backslash'] as const),
  ['/widget/..%5cdesk%5cstaff', 'an encoded ".", "/" or "\\"'],
  ['/widget/..%5Cdesk', 'an encoded ".", "/" or "\\"'],
  ['/widget/..%2fdesk%2fstaff', 'an encoded ".", "/" or "\\"'],
  ['/widget/..%2Fdesk', 'an encoded ".", "/" or "\\"'],
  ['/widget/%2e%2e/desk/staff', 'an encoded ".", "/" or "\\"'],
  ['/widget/.%2E/desk/staff', 'an encoded ".", "/" or "\\"'],
  ['/widget/%2e/x.js', 'an encoded ".", "/" or "\\"'],
  ['/widget/../desk/staff', 'a "." or ".." segment'],
  ['/widget/./samskab.js', 'a "." or ".." segment'],
  ['/desk/..', 'a "." or ".." segment'],
  ['/./desk', 'a "." or ".." segment'],
  ['//desk/staff', 'an empty segment ("//")'],
  ['/widget//samskab.js', 'an empty segment ("//")'],
  ['/widget/a%00b', 'an encoded control character'],
  ['/desk%0d%0aX:%20y', 'an encoded control character'],
  ['/widget/a%7F', 'an encoded control character'],
  ['/%64esk/staff', 'an encoded letter, digit, "-", "_" or "~"'],
  ['/desk/st%41ff', 'an encoded letter, digit, "-", "_" or "~"'],
  ['/widget/chunks/a%2Db.js', 'an encoded letter, digit, "-", "_" or "~"'],
  ['/widget/a%zz', 'a "%" that does not start a percent-encoding'],
  ['/widget/a%', 'a "%" that does not start a percent-encoding'],
  ['/widget/a%4', 'a "%" that does not start a percent-encoding'],
];

describe('canonicalTarget', () => {
  it.each(REFUSED)('refuses %s: %s', (target, reason) => {
    expect(canonicalTarget(target)).toEqual({
      ok: false,
      reason: `request target refused: ${reason} in the path`,
    });
  });

  it.each([
    ['/de\tsk/staff', 'tab (WHATWG URL removes it)'],
    ['/desk/staff\n', 'newline'],
    ['/desk\r/staff', 'carriage return'],
    [' /desk', 'leading space (WHATWG URL trims it)'],
    ['/desk\u0000', 'NUL'],
    ['/desk\u007f', 'DEL'],
    ['/desk\u0085', 'C1 control'],
    ['/desk/æ', 'non-ASCII'],
    ['/api/challenges?q=a b', 'space in the query'],
  ])('refuses %j (%s)', (target) => {
    expect(canonicalTarget(target)).toEqual({
      ok: false,
      reason: 'request target refused: a control character, space or non-ASCII character',
    });
  });

  it.each(['/widget/a#/../../desk/staff', '/desk#x', '/api/challenges?a=1#b'])(
    'refuses a fragment: %s',
    (target) => {
      expect(canonicalTarget(target)).toEqual({
        ok: false,
        reason: 'request target refused: a "#"',
      });
    },
  );

  it.each(['*', 'desk/staff', 'ftp://host/desk', 'http:/desk/staff', 'http://host\\desk\\staff'])(
    'refuses a target that is not a path: %s',
    (target) => {
      expect(canonicalTarget(target)).toEqual({
        ok: false,
        reason: 'request target refused: not a path',
      });
    },
  );

  it('routes the path of an absolute-form target, as nginx does, and checks it the same way', () => {
    expect(canonicalTarget('http://receiver.example/desk/staff')).toEqual({
      ok: true,
      target: '/desk/staff',
    });
    expect(canonicalTarget('HTTPS://receiver.example:8443?x=1')).toEqual({
      ok: true,
      target: '/?x=1',
    });
    expect(canonicalTarget('http://receiver.example')).toEqual({ ok: true, target: '/' });
    expect(canonicalTarget('http://receiver.example/widget/..\\desk\\staff')).toMatchObject({
      ok: false,
    });
    expect(canonicalTarget('http://receiver.example//desk')).toMatchObject({ ok: false });
  });

  it.each([
    '/',
    '/desk',
    '/desk/',
    '/desk/staff',
    '/desk/login?next=%2Fdesk%2Fstaff',
    '/desk/answers?q=ensom%20hed&side=2',
    '/desk/answers/not%20an%20id',
    '/desk/answers/%C3%A6',
    '/desk/answers?q=..\\%2e%2e%5c',
    '/api/status/aB-3_x~y',
    '/api/challenges',
    '/widget/samskab.js',
    '/widget/chunks/answer-form-Cq3k_9-Z.js',
    '/widget/samskab.js.map',
    '/widget/...',
    '/widget/..;/desk/staff',
    '/desk/staff;x',
    '/widget/a|b[c]',
    '/dkfds/fonts/IBMPlexSans/complete/woff2/IBMPlexSans-Regular.woff2',
  ])('routes %s exactly as sent', (target) => {
    expect(canonicalTarget(target)).toEqual({ ok: true, target });
  });

  it('routes "/" for a request without a target', () => {
    expect(canonicalTarget(undefined)).toEqual({ ok: true, target: '/' });
  });
});
