import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.eot': 'application/vnd.ms-fontobject',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentTypeOf = (path: string): string =>
  CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

/**
 * The file a URL path names inside `root`, or undefined when the path tries to leave it: `..` and
 * `.` segments (also percent-encoded), backslashes, NUL bytes and dot-files are all refused before
 * the file system is asked, and the resolved path is checked to be inside `root` as well.
 */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((segment) => segment.length > 0);
  if (segments.length === 0 || segments.some((segment) => segment.startsWith('.'))) {
    return undefined;
  }
  const base = resolve(root);
  const path = resolve(base, ...segments);
  return path.startsWith(base + sep) ? path : undefined;
}

/** The compressed copies the widget's build writes beside a file, in order of preference. */
export const ENCODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

/** Whether the client takes `coding` (`Accept-Encoding`; `q=0` refuses). */
export function accepts(header: string | undefined, coding: string): boolean {
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((item) => item.trim().toLowerCase());
    if (name !== coding && name !== '*') continue;
    const q = params.find((param) => param.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}

/**
 * Strong validators by content, cached by path, size and modification time: a rebuilt file gets a
 * new ETag even within the same second, and an unchanged one keeps its ETag across restarts and
 * across the instances behind a load balancer.
 */
const etags = new Map<string, { key: string; etag: string }>();
async function etagOf(path: string, info: { size: number; mtimeMs: number }): Promise<string> {
  const key = `${info.size}:${info.mtimeMs}`;
  const known = etags.get(path);
  if (known?.key === key) return known.etag;
  const digest = createHash('sha256')
    .update(await readFile(path))
    .digest('base64url');
  const etag = `"${digest.slice(0, 27)}"`;
  etags.set(path, { key, etag });
  return etag;
}

/** `If-None-Match` names this ETag (or `*`); weak comparison, as RFC 9110 says for GET. */
const matches = (header: string | undefined, etag: string) =>
  (header ?? '').split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '');
    return value === '*' || value === etag;
  });

export interface ServeOptions {
  /** Serve a precompressed `.br`/`.gz` beside the file when the client takes it. */
  readonly precompressed?: boolean;
}

/**
 * Streams a regular file, or a 304 when the client's copy is current; resolves false (nothing
 * written) when there is none. A compressed representation has an ETag of its own.
 */
export async function serveFile(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  headers: OutgoingHttpHeaders,
  options: ServeOptions = {},
): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return false;
  let body = path;
  let size = info.size;
  let etag = await etagOf(path, info);
  const representation: OutgoingHttpHeaders = {};
  if (options.precompressed) {
    representation.Vary = 'Accept-Encoding';
    for (const { coding, suffix } of ENCODINGS) {
      if (!accepts(req.headers['accept-encoding'], coding)) continue;
      const compressed = await stat(path + suffix).catch(() => undefined);
      if (!compressed?.isFile()) continue;
      body = path + suffix;
      size = compressed.size;
      etag = `${etag.slice(0, -1)}-${coding}"`;
      representation['Content-Encoding'] = coding;
      break;
    }
  }
  const common = { ...headers, ...representation, ETag: etag };
  if (matches(req.headers['if-none-match'], etag)) {
    res.writeHead(304, common);
    res.end();
    return true;
  }
  res.writeHead(200, { ...common, 'Content-Type': contentTypeOf(path), 'Content-Length': size });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  try {
    await pipeline(createReadStream(body), res);
  } catch (error) {
    // The client went away (closed the tab, or was cut off as idle): nothing failed here.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
  return true;
}
