// Makes `npm start` and `npm test` work on a fresh machine: installs the npm packages when they
// are missing or older than the lock file, and (for tests) Debian's Chromium and PostgreSQL.
// Only Node built-ins here: this runs before node_modules exists.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const forTests = process.argv.includes('--test');

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

const installed = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

const has = (path) => existsSync(path);
const aptPackages = [];
if (forTests && !process.env.CHROMIUM_PATH && !has('/usr/bin/chromium'))
  aptPackages.push('chromium');
if (
  forTests &&
  !process.env.SAMSKAB_SKIP_POSTGRES &&
  !has('/usr/lib/postgresql/15/bin/initdb') &&
  !has('/usr/lib/postgresql/16/bin/initdb') &&
  !has('/usr/lib/postgresql/17/bin/initdb')
) {
  aptPackages.push('postgresql');
}
if (forTests && !process.env.SAMSKAB_SKIP_NGINX && !has('/usr/sbin/nginx'))
  aptPackages.push('nginx');
if (aptPackages.length > 0) {
  if (process.getuid?.() !== 0) {
    console.error(
      `Missing system packages: ${aptPackages.join(', ')}. Install them with:\n` +
        `  sudo apt-get install -y ${aptPackages.join(' ')}`,
    );
    process.exit(1);
  }
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', ...aptPackages]);
}
