// What the built widget weighs (gzip -9): the files loaded before the list is painted, and all
// of them. Read from esbuild's metafile, so the split is the bundler's, not a guess.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'dist', 'widget');
const gzip = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

interface Meta {
  modules: { outputs: Record<string, { imports: { path: string; kind: string }[] }> };
}

export function widgetSizes() {
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
  const sum = (files: Iterable<string>) =>
    [...files].reduce((total, file) => total + gzip(file), 0);
  return {
    firstPaint: sum(firstPaint),
    all: sum(all),
    firstPaintFiles: [...firstPaint],
    allFiles: all,
  };
}
