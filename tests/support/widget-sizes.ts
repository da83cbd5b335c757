// What the built widget weighs (gzip -9, and brotli at quality 11 for the benchmark): the files
// loaded before the list is painted, and all of them. Read from esbuild's metafile, so the split
// is the bundler's, not a guess.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', '..', 'dist', 'widget');

/**
 * Bytes (gzip -9) the widget may load before its list is painted: the goal, 10 KB = 10,240 B
 * (performance.md). Read by the size test and the release test.
 */
export const FIRST_PAINT_CAP = 10_240;

/** Bytes of one file or buffer: as served uncompressed (minified), gzip -9 and brotli -11. */
export function compressedSizes(bytes: Uint8Array) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

const gzip = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

interface Meta {
  modules: { outputs: Record<string, { imports: { path: string; kind: string }[] }> };
}

function widgetFiles() {
  const meta = JSON.parse(readFileSync(join(dist, 'meta.json'), 'utf8')) as Meta;
  const outputs = meta.modules.outputs;
  const rel = (path: string) => path.replace(/^dist\/widget\//, '');
  // The entry and everything it imports statically, transitively: loaded before first paint.
  const firstPaint = new Set(['samskab.css', 'samskab.js']);
  const visit = (path: string) => {
    if (firstPaint.has(rel(path))) return;
    firstPaint.add(rel(path));
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement') visit(imported.path);
    }
  };
  visit('dist/widget/samskab.mjs');
  const all = [
    'samskab.css',
    'samskab.js',
    ...Object.keys(outputs)
      .filter((p) => !p.endsWith('.map'))
      .map(rel),
  ];
  return { firstPaint: [...firstPaint], all };
}

export function widgetSizes() {
  const { firstPaint, all } = widgetFiles();
  const sum = (files: Iterable<string>) =>
    [...files].reduce((total, file) => total + gzip(file), 0);
  return {
    firstPaint: sum(firstPaint),
    all: sum(all),
    firstPaintFiles: firstPaint,
    allFiles: all,
  };
}

/** Every widget file with its minified, gzip and brotli size, and whether first paint needs it. */
export function widgetFileSizes() {
  const { firstPaint, all } = widgetFiles();
  return all.map((file) => ({
    file,
    firstPaint: firstPaint.includes(file),
    ...compressedSizes(readFileSync(join(dist, file))),
  }));
}
