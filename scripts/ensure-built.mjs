// Before `npm run backup` / `npm run restore`: they run the built tools (dist/server), as a
// production install without development dependencies does. From a development checkout that was
// never built, build the server first.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist', 'server', 'backup.mjs'))) {
  execFileSync('npm', ['run', 'build:server'], { cwd: root, stdio: 'inherit' });
}
