// Before `npm run backup` / `npm run restore`: they run the built tools (dist/server), as a
// production install without development dependencies does. From a development checkout that was
// never built, build the server first.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
// The tools open the database in PGlite's worker thread, built beside them since issue 18: a
// build older than that lacks it.
const needed = ['backup.mjs', 'restore.mjs', 'pglite-worker.mjs'];
if (!needed.every((file) => existsSync(join(root, 'dist', 'server', file)))) {
  execFileSync('npm', ['run', 'build:server'], { cwd: root, stdio: 'inherit' });
}
