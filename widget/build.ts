// Builds dist/widget/: `samskab.js` (the classic loader a webmaster embeds), `samskab.mjs` (the
// ES module build) and its chunks, all minified with source maps, and each language's strings in
// two chunks of their own. Chunk paths stay relative so the files work wherever they are hosted.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import { LOCALES } from '../utils/i18n/languages';
import { afterPaintAt, preactFromEntry } from './build-plugins';
import { preact } from './preact-for-chunks';

const root = join(import.meta.dirname, '..');
const outdir = join(root, 'dist', 'widget');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};
// The project's TypeScript settings, with one change for these bytes: class fields are assigned in
// the constructor (`this.state = …`) instead of through esbuild's `__publicField` helper, which
// target es2020 needs for defined fields. Nothing in the widget relies on define semantics.
const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as {
  compilerOptions: Record<string, unknown>;
};
const common = {
  tsconfigRaw: {
    compilerOptions: { ...tsconfig.compilerOptions, useDefineForClassFields: false },
  },
  bundle: true,
  minify: true,
  sourcemap: true,
  target: ['es2020'],
  define: { __VERSION__: JSON.stringify(version) } as Record<string, string>,
  legalComments: 'none' as const,
  // Non-ASCII as itself, not as \uXXXX escapes (esbuild's default): an Arabic word weighs half as
  // much, and a module script is always read as UTF-8. The loader, a classic script read in the
  // page's encoding, has no such characters (the size test says so).
  charset: 'utf8' as const,
  logLevel: 'warning' as const,
};

rmSync(outdir, { recursive: true, force: true });
mkdirSync(join(outdir, 'chunks'), { recursive: true });

// Each language's strings: `<locale>-list` (the list's words, loaded with the first paint) and
// `<locale>-answer` (the rest, fetched beside the answer chunk), built apart from the module build:
// nothing imports them, so a visitor loads only their own language's. Their names end in one hash
// of all of them, given to the loader and the module as `__STRINGS__`: each computes a file's name
// from the language alone, with no table of names to download, and a browser may keep them for a
// year like the other chunks (widgetCacheControl).
const catalogues = await build({
  ...common,
  sourcemap: false,
  entryPoints: Object.fromEntries(
    LOCALES.flatMap((locale) => [
      [`${locale}-list`, join(root, 'utils', 'i18n', locale, 'list.ts')],
      [`${locale}-answer`, join(root, 'utils', 'i18n', locale, 'after-paint.ts')],
    ]),
  ),
  outdir: join(outdir, 'chunks'),
  format: 'esm',
  write: false,
});
const stringsHash = createHash('sha256');
for (const file of catalogues.outputFiles) stringsHash.update(file.path).update(file.contents);
const hash = stringsHash.digest('hex').slice(0, 8).toUpperCase();
const strings: Record<string, Record<'list' | 'answer', string>> = {};
for (const file of catalogues.outputFiles) {
  const [, locale, part] = /([a-z]+)-(list|answer)\.js$/.exec(file.path)!;
  const name = `chunks/${locale}-${part}-${hash}.mjs`;
  writeFileSync(join(outdir, name), file.contents);
  strings[locale!] = { ...strings[locale!], [part!]: name } as Record<'list' | 'answer', string>;
}
common.define.__STRINGS__ = JSON.stringify(hash);

// JSX as `h(…)` calls, with `h` from the shim: preact's automatic JSX runtime would be one more
// module before the first paint.
const jsxAsH = {
  tsconfigRaw: {
    compilerOptions: {
      ...common.tsconfigRaw.compilerOptions,
      jsx: 'react' as const,
      jsxFactory: 'h',
      jsxFragmentFactory: 'Fragment',
    },
  },
  inject: [join(root, 'widget', 'jsx-shim.ts')],
};
// What loads after the first paint, built first for its hashed name (./build-plugins.ts says why
// it is a build of its own); it takes preact from samskab.mjs.
const afterPaint = await build({
  ...common,
  ...jsxAsH,
  plugins: [preactFromEntry(Object.keys(preact))],
  entryPoints: { 'after-paint': join(root, 'widget', 'after-paint.ts') },
  outdir,
  format: 'esm',
  splitting: true,
  entryNames: 'chunks/[name]-[hash]',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  metafile: true,
});
const afterPaintFile = Object.entries(afterPaint.metafile!.outputs).find(
  ([, output]) => output.entryPoint === 'widget/after-paint.ts',
)![0];
const modules = await build({
  ...common,
  ...jsxAsH,
  plugins: [afterPaintAt(`./${relative(outdir, afterPaintFile)}`)],
  entryPoints: { samskab: join(root, 'widget', 'samskab.tsx') },
  outdir,
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  metafile: true,
});
const loader = await build({
  ...common,
  entryPoints: { samskab: join(root, 'widget', 'loader.ts') },
  outdir,
  format: 'iife',
  metafile: true,
});

const css = await transform(readFileSync(join(root, 'widget', 'samskab.css'), 'utf8'), {
  loader: 'css',
  minify: true,
});
writeFileSync(join(outdir, 'samskab.css'), css.code);

// Read by the size test and the benchmark: which files load before the list is painted, and each
// language's two files of strings.
writeFileSync(
  join(outdir, 'meta.json'),
  JSON.stringify(
    {
      version,
      modules: modules.metafile,
      afterPaint: afterPaint.metafile,
      loader: loader.metafile,
      strings,
    },
    null,
    1,
  ),
);
// Compressed copies beside each file a browser loads, made once here at the highest settings
// rather than on every request: the receiver (or a webmaster's nginx with gzip_static/brotli_static)
// serves them to clients that accept them.
for (const file of readdirSync(outdir, { recursive: true, encoding: 'utf8' })) {
  if (!/\.(?:m?js|css)$/.test(file)) continue;
  const bytes = readFileSync(join(outdir, file));
  writeFileSync(join(outdir, `${file}.gz`), gzipSync(bytes, { level: 9 }));
  writeFileSync(
    join(outdir, `${file}.br`),
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  );
}
console.log(`built dist/widget (samskab ${version})`);
