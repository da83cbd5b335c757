// Vitest's global set-up for the receiver's suites: the server's build (`npm run build:server`),
// made once before any file starts. Three files run what a server runs from it (serve, backup,
// erasure-restore); when each built it in its own hook, one file's build emptied dist/server
// while another file's restore was starting from it ("Cannot find module dist/server/backup.mjs").
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  execFileSync('npx', ['tsx', 'scripts/build-server.ts'], {
    cwd: join(import.meta.dirname, '..', '..'),
    stdio: 'pipe',
  });
}
