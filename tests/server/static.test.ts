import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveInside } from '../../server/http/static';

const root = resolve('/srv/widget');

describe('resolveInside', () => {
  it('finds files inside the root', () => {
    expect(resolveInside(root, 'samskab.js')).toBe(join(root, 'samskab.js'));
    expect(resolveInside(root, 'chunks/form-ABC.js')).toBe(join(root, 'chunks', 'form-ABC.js'));
    expect(resolveInside(root, 'a%20b.css')).toBe(join(root, 'a b.css'));
  });

  it.each([
    '../package.json',
    '..%2Fpackage.json',
    '..%2fpackage.json',
    '%2e%2e/package.json',
    '%2E%2E%2Fpackage.json',
    'chunks/../../package.json',
    '..\\package.json',
    '..%5Cpackage.json',
    'samskab.js%00.png',
    '.env',
    'chunks/.git/config',
    '%E0%A4%A',
    '',
  ])('refuses %j', (path) => {
    expect(resolveInside(root, path)).toBeUndefined();
  });

  it('reads a leading slash as an empty segment, which stays inside the root', () => {
    expect(resolveInside(root, '/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveInside(root, '%2Fetc%2Fpasswd')).toBe(join(root, 'etc', 'passwd'));
  });
});

describe('contentTypeOf', () => {
  it.each([
    ['samskab.js', 'text/javascript; charset=utf-8'],
    ['samskab.mjs', 'text/javascript; charset=utf-8'],
    ['samskab.js.map', 'application/json; charset=utf-8'],
    ['dkfds.min.css', 'text/css; charset=utf-8'],
    ['IBMPlexSans-Regular.woff2', 'font/woff2'],
    ['icons.svg', 'image/svg+xml'],
    ['unknown.bin', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});
