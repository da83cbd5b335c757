// The widget's module build comes in two esbuild builds (./build.ts): samskab.mjs, everything the
// first paint needs in one file, and the code loaded after the paint (./after-paint.ts and all it
// reaches), in chunks of its own. In one build, esbuild would move every module the two share
// into one more file that the first paint loads beside samskab.mjs: preact and a few helpers,
// compressed apart from the code that uses them, with an import and an export list between the
// two and esbuild's runtime helpers (about 500 B gzip in all). Built apart, the chunks carry their
// own copy of each shared helper (a few hundred bytes, loaded later) and take preact from
// samskab.mjs itself, as Rollup's chunks take shared code from their entry: preact must be one
// instance, whose `options` hooks and rendering share. The chunks import samskab.mjs by its plain
// address: samskab.mjs loaded with a query string would be loaded a second time (the README says so).
import type { Plugin } from 'esbuild';

const FROM_ENTRY = 'samskab-preact';

/** For the chunks' build: `preact` is a module reading `names` from samskab.mjs's `preact`. */
export function preactFromEntry(names: readonly string[]): Plugin {
  return {
    name: 'preact-from-entry',
    setup(build) {
      build.onResolve({ filter: /^preact$/ }, () => ({ path: 'preact', namespace: FROM_ENTRY }));
      // The chunks are in chunks/, beside samskab.mjs.
      build.onResolve({ filter: /.*/, namespace: FROM_ENTRY }, (args) => ({
        path: args.path,
        external: true,
      }));
      build.onLoad({ filter: /.*/, namespace: FROM_ENTRY }, () => ({
        contents: `import { preact } from '../samskab.mjs';
export const { ${names.join(', ')} } = preact;
export const h = preact.createElement;
`,
        loader: 'js',
      }));
    },
  };
}

/** For samskab.mjs's build: its dynamic import of ./after-paint is the chunks' build's output. */
export function afterPaintAt(path: string): Plugin {
  return {
    name: 'after-paint-at',
    setup(build) {
      build.onResolve({ filter: /^\.\/after-paint$/ }, () => ({ path, external: true }));
    },
  };
}
