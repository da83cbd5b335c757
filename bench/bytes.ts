// Figure 1, bytes: every widget file a Danish visitor can load (minified, gzip -9, brotli -11:
// the code and the Danish words; tests/e2e/widget/size.spec.ts has every language), the first-paint sum, the
// extension's content script, and the floor: a plain Preact "hello" bundled the way the widget is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { compressedSizes, widgetFileSizes } from '../tests/support/widget-sizes';

export const ROOT = join(import.meta.dirname, '..');

/** The floor: Preact rendering one element, esbuild --bundle --minify, es2020, as the widget. */
export const HELLO_SOURCE = `import { h, render } from 'preact';
render(h('p', null, 'hello'), document.querySelector('[data-samskab]') || document.body);
window.__helloReady = performance.now();`;

export async function helloBundle(): Promise<string> {
  const result = await build({
    stdin: { contents: HELLO_SOURCE, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    target: ['es2020'],
    format: 'iife',
    legalComments: 'none',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

export async function measureBytes() {
  // A Danish visitor's files, as on the demo page: the code and one language's words.
  const files = widgetFileSizes().filter((f) => !f.language || f.language.locale === 'da');
  const add = (list: typeof files) =>
    list.reduce(
      (sum, f) => ({
        min: sum.min + f.min,
        gzip: sum.gzip + f.gzip,
        brotli: sum.brotli + f.brotli,
      }),
      { min: 0, gzip: 0, brotli: 0 },
    );
  const contentScript = compressedSizes(
    readFileSync(join(ROOT, '.output', 'chrome-mv3', 'content-scripts', 'detect.js')),
  );
  const hello = compressedSizes(Buffer.from(await helloBundle()));
  return {
    files,
    firstPaint: add(files.filter((f) => f.firstPaint)),
    all: add(files),
    contentScript,
    preactHello: hello,
  };
}
