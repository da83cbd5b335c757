// Builds dist/widget/: `samskab.js` (the classic loader a webmaster embeds), `samskab.mjs` (the
// ES module build) and its chunks, all minified with source maps. Chunk paths stay relative so
// the files work wherever they are hosted.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';

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
  define: { __VERSION__: JSON.stringify(version) },
  legalComments: 'none' as const,
  logLevel: 'warning' as const,
};

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const modules = await build({
  ...common,
  entryPoints: { samskab: join(root, 'widget', 'samskab.tsx') },
  outdir,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
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

// Read by the size test and the benchmark: which files load before the list is painted.
writeFileSync(
  join(outdir, 'meta.json'),
  JSON.stringify({ version, modules: modules.metafile, loader: loader.metafile }, null, 1),
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
