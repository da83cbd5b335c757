// `npm run build` (with build:widget and build:extension): the receiver as one JavaScript file,
// dist/server/main.mjs, for `npm run serve`, and its backup and restore tools beside it. Its npm packages stay outside the bundle and come
// from `npm ci --omit=dev` on the server: nothing here (TypeScript, tsx, esbuild) is needed at run
// time. The demo pages, the seed file and the built widget are read from the project folder.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const outdir = join(root, 'dist', 'server');
rmSync(outdir, { recursive: true, force: true });
await build({
  // The receiver, and the tools that run beside it on the server (a backup, a restore).
  entryPoints: {
    main: join(root, 'server', 'main.ts'),
    backup: join(root, 'server', 'tools', 'backup.ts'),
    restore: join(root, 'server', 'tools', 'restore.ts'),
    // PGlite's worker thread, found beside whichever of the above opens a database
    // (server/data/pglite-client.ts).
    'pglite-worker': join(root, 'server', 'data', 'pglite-worker.ts'),
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
});
console.log('built dist/server/ (main.mjs, backup.mjs, restore.mjs, pglite-worker.mjs)');
