// The pure half of `npm run release`: which built files go into the package, their SRI digests,
// and the embed snippet a webmaster pastes. No file system here; scripts/release.ts does that.
import { createHash } from 'node:crypto';

/** A file a browser loads from the widget's folder (and its precompressed copies): no source
 *  maps, no build metafile, nothing else that happens to lie in dist/widget. */
export const isServedWidgetFile = (path: string): boolean =>
  /^(?:samskab\.(?:js|mjs|css)|chunks\/[\w-]+\.mjs)(?:\.br|\.gz)?$/.test(path);

/** The files whose bytes the browser checks: the served files themselves, not their encodings. */
export const isCheckedWidgetFile = (path: string): boolean =>
  isServedWidgetFile(path) && !/\.(?:br|gz)$/.test(path);

/** Subresource Integrity metadata (sha384, as the snippet uses). */
export const sri = (bytes: Uint8Array): string =>
  `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** A CSP hash source for an inline script's exact text (the import map). */
export const cspHash = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export interface SnippetInput {
  readonly version: string;
  /** Where the unpacked folder is served, e.g. `https://cdn.kommune.example/samskab/`. */
  readonly baseUrl: string;
  /** SRI metadata by path inside the folder (`samskab.js`, `chunks/answer-….mjs`, …). */
  readonly integrity: Readonly<Record<string, string>>;
  /** The receiver's submission endpoint and the challenges feed (placeholders when not given). */
  readonly endpoint?: string;
  readonly challenges?: string;
}

export interface Snippet {
  /** The HTML for the page's `<head>`, in this order. */
  readonly html: string;
  /** The `script-src` source that allows the import map under a Content-Security-Policy. */
  readonly importMapCsp: string;
}

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A folder URL with its trailing slash, or an error naming what is wrong with it. */
export function folderUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`--base-url: not an absolute URL: ${baseUrl}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`--base-url: must be https:// (or http:// for a test): ${baseUrl}`);
  }
  if (url.search || url.hash) throw new Error(`--base-url: no query or fragment: ${baseUrl}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The import map whose `integrity` section names the digests of `samskab.mjs` and its chunks (by
 * absolute URL, as the loader resolves them beside `samskab.js`), as the text of the element and
 * the CSP source that allows it. The desk's embed page writes the same (server/ui/embed-snippet.ts).
 */
export function integrityImportMap(
  baseUrl: string,
  integrity: Readonly<Record<string, string>>,
): { readonly json: string; readonly csp: string } {
  const base = folderUrl(baseUrl);
  const modules = Object.keys(integrity)
    .filter((path) => path.endsWith('.mjs'))
    .sort();
  if (!modules.includes('samskab.mjs'))
    throw new Error('no integrity for samskab.mjs: is the build complete?');
  // `<` escaped so that no text in a URL can end the script element early.
  const json = JSON.stringify({
    integrity: Object.fromEntries(
      modules.map((path) => [new URL(path, base).href, integrity[path]]),
    ),
  }).replace(/</g, '\\u003c');
  return { json, csp: cspHash(json) };
}

/**
 * The embed snippet. `samskab.js` and `samskab.css` carry `integrity` themselves; the module
 * build and its chunks are loaded by `samskab.js` with `import()`, which takes no integrity, so
 * an import map's `integrity` section names their digests. This costs the widget no byte before
 * first paint: the digests live in the page, not in the loader.
 */
export function embedSnippet({
  version,
  baseUrl,
  integrity,
  endpoint = 'https://kommune.example/api/samskab',
  challenges = 'https://kommune.example/samskab/challenges.json',
}: SnippetInput): Snippet {
  const base = folderUrl(baseUrl);
  const need = (path: string) => {
    const value = integrity[path];
    if (!value) throw new Error(`no integrity for ${path}: is the build complete?`);
    return value;
  };
  const importMap = integrityImportMap(base, integrity);
  const html = [
    `<!-- Samskab ${version} -->`,
    `<script type="importmap">${importMap.json}</script>`,
    `<link rel="stylesheet" href="${escapeAttr(new URL('samskab.css', base).href)}" integrity="${need('samskab.css')}" crossorigin="anonymous">`,
    `<script src="${escapeAttr(new URL('samskab.js', base).href)}" integrity="${need('samskab.js')}" crossorigin="anonymous" defer`,
    `        data-endpoint="${escapeAttr(endpoint)}"`,
    `        data-challenges="${escapeAttr(challenges)}"`,
    `        data-locale="da"></script>`,
  ].join('\n');
  return { html, importMapCsp: importMap.csp };
}
