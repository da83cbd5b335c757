import type { OutgoingHttpHeaders } from 'node:http';
import { relative, sep } from 'node:path';
import type { StaticDirs } from '../config';
import { CSP, notFound } from '../http/responses';
import { resolveInside, serveFile } from '../http/static';
import type { Handler } from '../web/route';

/** How a folder's files are served: whether compressed copies exist, and how long to cache. */
export interface FolderPolicy {
  readonly root: (dirs: StaticDirs) => string;
  /** The build wrote `.br` and `.gz` beside each file (the widget). */
  readonly precompressed?: boolean;
  /** `Cache-Control` for a file, by its path inside the folder. */
  readonly cacheControl: (file: string) => string;
  /** Files not served unless SAMSKAB_SERVE_SOURCEMAPS=1: source maps and the build's metafile. */
  readonly privateBuildFiles?: boolean;
}

const BUILD_FILE = /(?:\.map|(?:^|\/)meta\.json)$/;

/**
 * The widget's caching: chunks carry a content hash in their names, so a browser keeps them for a
 * year without asking; the entry files (`samskab.js`, `.mjs`, `.css`) keep their names across
 * releases, so they are kept a few minutes, then revalidated by ETag (a 304 when unchanged).
 */
export const widgetCacheControl = (file: string) =>
  file.startsWith('chunks/')
    ? 'public, max-age=31536000, immutable'
    : 'public, max-age=300, must-revalidate';

/**
 * Files from the folder `root` picks, under a prefix route. URL parsing already resolved plain and
 * %2e dot segments; resolveInside refuses the rest (an encoded slash or backslash, a dot-file)
 * before touching the file system. Any origin may load them (the route's CORS policy), also as
 * modules (the widget's lazy chunk) and from pages that are cross-origin isolated.
 */
export const staticFiles =
  (policy: FolderPolicy): Handler =>
  async ({ req, res, subpath, cors, services }) => {
    const { config } = services;
    const root = policy.root(config.staticDirs);
    const path = resolveInside(root, subpath);
    if (!path) return notFound(res);
    const file = relative(root, path).split(sep).join('/');
    if (policy.privateBuildFiles && !config.serveSourceMaps && BUILD_FILE.test(file)) {
      return notFound(res);
    }
    const headers: OutgoingHttpHeaders = {
      'Cache-Control': policy.cacheControl(file),
      ...cors,
      'Cross-Origin-Resource-Policy': 'cross-origin',
    };
    if (path.endsWith('.svg')) headers['Content-Security-Policy'] = CSP;
    const served = await serveFile(req, res, path, headers, {
      precompressed: policy.precompressed === true,
    });
    if (!served) notFound(res);
  };
