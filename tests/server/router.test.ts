import { describe, expect, it } from 'vitest';
import {
  allowedMethods,
  crossOriginMethods,
  pathParams,
  routeFor,
  routesAt,
} from '../../server/http/router';
import { ROUTES } from '../../server/routes/index';
import type { Route } from '../../server/web/route';

const base = {
  method: 'GET',
  access: 'public',
  cors: 'none',
  page: false,
  handle: () => {},
} as const;

const submissions: Route = {
  ...base,
  method: 'POST',
  path: '/api/submissions',
  cors: 'allowed-origins',
};
const feed: Route = { ...base, path: '/api/challenges', cors: 'any' };
const formPage: Route = { ...base, path: '/desk/challenges', page: true };
const formPost: Route = { ...base, method: 'POST', path: '/desk/challenges', page: true };
const files: Route = { ...base, prefix: '/widget/', cors: 'any-without-preflight' };
const chunks: Route = { ...base, prefix: '/widget/chunks/', cors: 'any-without-preflight' };
const rest: Route = { ...base, prefix: '/' };
const TABLE = [submissions, feed, formPage, formPost, files, chunks, rest];

describe('routesAt', () => {
  it('takes the routes naming the path exactly, all of them, over any prefix', () => {
    expect(routesAt(TABLE, '/desk/challenges')).toEqual([formPage, formPost]);
    expect(routesAt(TABLE, '/api/challenges')).toEqual([feed]);
  });

  it('else the routes with the longest prefix of the path', () => {
    expect(routesAt(TABLE, '/widget/samskab.js')).toEqual([files]);
    expect(routesAt(TABLE, '/widget/chunks/form.js')).toEqual([chunks]);
    expect(routesAt(TABLE, '/api/challenges/')).toEqual([rest]);
  });

  it('finds nothing where no route reaches', () => {
    expect(routesAt([submissions, files], '/nowhere')).toEqual([]);
    expect(routesAt([submissions, files], '/widget')).toEqual([]);
  });
});

describe('pattern paths', () => {
  const answer: Route = { ...base, path: '/desk/answers/:id', page: true };
  const answerPost: Route = { ...base, method: 'POST', path: '/desk/answers/:id/status' };
  const answers: Route = { ...base, path: '/desk/answers', page: true };
  const table = [answers, answer, answerPost, rest];

  it('match one whole segment per name, after exact paths and before prefixes', () => {
    expect(routesAt(table, '/desk/answers')).toEqual([answers]);
    expect(routesAt(table, '/desk/answers/7f00')).toEqual([answer]);
    expect(routesAt(table, '/desk/answers/7f00/status')).toEqual([answerPost]);
    expect(routesAt(table, '/desk/answers/')).toEqual([rest]);
    expect(routesAt(table, '/desk/answers/7f00/other')).toEqual([rest]);
  });

  it('give the values of the named segments', () => {
    expect(pathParams('/desk/answers/:id/status', '/desk/answers/a%20b/status')).toEqual({
      id: 'a%20b',
    });
    expect(pathParams('/desk/answers/:id', '/desk/answers//')).toBeUndefined();
    expect(pathParams('/desk/answers/:id', '/desk/other/x')).toBeUndefined();
  });
});

describe('routeFor', () => {
  it('takes the route of the method, and a GET route for HEAD', () => {
    const here = [formPage, formPost];
    expect(routeFor(here, 'GET')).toBe(formPage);
    expect(routeFor(here, 'HEAD')).toBe(formPage);
    expect(routeFor(here, 'POST')).toBe(formPost);
    expect(routeFor(here, 'PUT')).toBeUndefined();
    expect(routeFor([submissions], 'HEAD')).toBeUndefined();
  });
});

describe('allowedMethods', () => {
  it('names the methods at the path, and OPTIONS where allowed pages post', () => {
    expect(allowedMethods([submissions])).toBe('POST, OPTIONS');
    expect(allowedMethods([feed])).toBe('GET');
    expect(allowedMethods([formPage, formPost])).toBe('GET, POST');
  });
});

describe('crossOriginMethods', () => {
  it('names the methods of the routes other origins may read, in table order, and OPTIONS', () => {
    expect(crossOriginMethods(TABLE)).toBe('POST, GET, OPTIONS');
    expect(crossOriginMethods([formPage, formPost, rest])).toBe('OPTIONS');
  });
});

describe('the route table', () => {
  it('gives each method and path one route', () => {
    const keys = ROUTES.map(
      (entry) => `${entry.method} ${'path' in entry ? entry.path : `${entry.prefix}*`}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('ends each prefix with a slash, so /widget/ never reaches /widgets', () => {
    for (const entry of ROUTES) {
      if ('prefix' in entry) expect(entry.prefix).toMatch(/\/$/);
    }
  });

  it('ends with the route for every other path, a 404', () => {
    expect(ROUTES.at(-1)).toMatchObject({ method: 'GET', prefix: '/', access: 'public' });
    expect(crossOriginMethods(ROUTES)).toBe('POST, GET, OPTIONS');
  });
});
