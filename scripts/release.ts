// `npm run release [-- --base-url URL --endpoint URL --challenges URL --out DIR]`: the widget as a
// zip a webmaster unpacks into one folder (the files a browser loads and their .br/.gz copies; no
// source maps, no metafile), and the embed snippet with Subresource Integrity for everything the
// browser loads from that folder. Builds the widget first when dist/widget is missing or older
// than its sources.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  embedSnippet,
  folderUrl,
  isCheckedWidgetFile,
  isServedWidgetFile,
  sri,
} from './release-package';

// A mistake is a one-line message and exit code 1, before anything is built or written.
process.on('uncaughtException', (error) => {
  console.error(`npm run release: ${error.message}`);
  process.exit(1);
});
const root = join(import.meta.dirname, '..');
const widgetDir = join(root, 'dist', 'widget');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};
const { values } = parseArgs({
  options: {
    'base-url': { type: 'string', default: `https://cdn.kommune.example/samskab/${version}/` },
    endpoint: { type: 'string' },
    challenges: { type: 'string' },
    out: { type: 'string', default: join(root, 'dist') },
  },
});
folderUrl(values['base-url']);

const newest = (path: string): number => {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
};
const built = (() => {
  try {
    return statSync(join(widgetDir, 'meta.json')).mtimeMs;
  } catch {
    return 0;
  }
})();
const sources = ['widget', 'components', 'utils', 'package.json'].map((p) => newest(join(root, p)));
if (built < Math.max(...sources)) {
  execFileSync('npm', ['run', 'build:widget'], { cwd: root, stdio: 'inherit' });
}

const files = readdirSync(widgetDir, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split('\\').join('/'))
  .filter(isServedWidgetFile)
  .sort();
const integrity: Record<string, string> = {};
for (const file of files.filter(isCheckedWidgetFile)) {
  const bytes = readFileSync(join(widgetDir, file));
  integrity[file] = sri(bytes);
  // A stale .br/.gz would be refused by every browser that takes it: catch that here.
  for (const [suffix, decode] of [
    ['.br', brotliDecompressSync],
    ['.gz', gunzipSync],
  ] as const) {
    if (
      files.includes(file + suffix) &&
      !decode(readFileSync(join(widgetDir, file + suffix))).equals(bytes)
    ) {
      throw new Error(
        `dist/widget/${file}${suffix} does not match ${file}: run npm run build:widget`,
      );
    }
  }
}

try {
  execFileSync('zip', ['-v'], { stdio: 'ignore' });
} catch {
  throw new Error('`zip` is not installed (Debian: apt-get install zip)');
}
const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });
const zipPath = join(outDir, `samskab-widget-${version}.zip`);
rmSync(zipPath, { force: true });
// -X: no extra file attributes (uid/gid), so the package says nothing about the build machine.
execFileSync('zip', ['-X', '-9', '-q', zipPath, ...files], { cwd: widgetDir, stdio: 'inherit' });

const snippet = embedSnippet({
  version,
  baseUrl: values['base-url'],
  integrity,
  ...(values.endpoint ? { endpoint: values.endpoint } : {}),
  ...(values.challenges ? { challenges: values.challenges } : {}),
});
const snippetPath = join(outDir, `samskab-widget-${version}.snippet.html`);
writeFileSync(snippetPath, `${snippet.html}\n`);
writeFileSync(
  join(outDir, `samskab-widget-${version}.integrity.json`),
  `${JSON.stringify({ version, integrity, importMapCsp: snippet.importMapCsp }, null, 1)}\n`,
);

console.log(`wrote ${zipPath} (${files.length} files)
Unpack it into one folder served at ${values['base-url']} (with Access-Control-Allow-Origin: * when
that is another origin than the page). Give each release a folder of its own, named by its
version, and keep the previous one until every page has the new snippet: a browser holding the
old samskab.js in its cache, or a page with the old snippet, would otherwise be refused.
Put this in the page's <head> (also in ${snippetPath}):

${snippet.html}

The browser checks samskab.js and samskab.css by their integrity attributes, and samskab.mjs and
its chunks by the import map. Under a Content-Security-Policy the import map is an inline script:
add ${snippet.importMapCsp} to script-src (or give the element your nonce). A new release has new
digests: replace the whole snippet with the files.`);
