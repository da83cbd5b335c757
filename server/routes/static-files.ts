import type { OutgoingHttpHeaders } from 'node:http';
import type { StaticDirs } from '../config';
import { CSP, notFound } from '../responses';
import { resolveInside, serveFile } from '../static';
import type { Handler } from './route';

/**
 * Files from the folder `root` picks, under a prefix route. URL parsing already resolved plain and
 * %2e dot segments; resolveInside refuses the rest (an encoded slash or backslash, a dot-file)
 * before touching the file system. Any origin may load them (the route's CORS policy), also as
 * modules (the widget's lazy chunk) and from pages that are cross-origin isolated.
 */
export const staticFiles =
  (root: (dirs: StaticDirs) => string): Handler =>
  async ({ req, res, subpath, cors, services }) => {
    const path = resolveInside(root(services.config.staticDirs), subpath);
    const headers: OutgoingHttpHeaders = {
      'Cache-Control': 'no-cache',
      ...cors,
      'Cross-Origin-Resource-Policy': 'cross-origin',
    };
    if (path?.endsWith('.svg')) headers['Content-Security-Policy'] = CSP;
    if (!path || !(await serveFile(res, path, headers, req.method ?? 'GET'))) notFound(res);
  };
