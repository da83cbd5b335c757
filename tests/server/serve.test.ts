// The production path of server/README.md, on a copy of what a municipality's server gets: the
// build's output, the demo pages and seed, package.json and the lock, installed with
// `npm ci --omit=dev`, started with `npm run serve`. Nothing of TypeScript, tsx or esbuild is
// there, so a dependency the built receiver still needs from them fails this test.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';

const dir = mkdtempSync(join(tmpdir(), 'samskab-serve-'));

beforeAll(() => {
  const run = (command: string, args: string[], cwd: string) =>
    execFileSync(command, args, { cwd, stdio: 'pipe', env: { ...process.env, NODE_ENV: '' } });
  // dist/server is built once for the run (tests/support/server-build-setup.ts).
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'widget', 'samskab.js'))) {
    run('npx', ['tsx', 'widget/build.ts'], PROJECT_ROOT);
  }
  for (const path of [
    'package.json',
    'package-lock.json',
    'dist/server',
    'dist/widget',
    'server/demo',
    'server/seed',
  ]) {
    cpSync(join(PROJECT_ROOT, path), join(dir, path), { recursive: true });
  }
  // From npm's cache, which the project's own install has just filled: the registry only for what
  // is not there. Fetching every package again failed a CI run on a connection the registry reset.
  run(
    'npm',
    ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'],
    dir,
  );
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run serve from a build, with production dependencies only', () => {
  it('has no development tools installed, starts, is ready and serves the widget and the demo', async () => {
    for (const tool of ['typescript', 'tsx', 'esbuild', 'vitest', 'wxt']) {
      expect(existsSync(join(dir, 'node_modules', tool)), tool).toBe(false);
    }
    const child = spawn('npm', ['run', 'serve'], {
      cwd: dir,
      env: { ...process.env, PORT: '0', SAMSKAB_DATA_DIR: 'memory' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`did not start:\n${output}`)), 60_000);
        const read = (part: Buffer) => {
          output += part.toString();
          const found = /listening on (http:\/\/\S+)/.exec(output);
          if (found?.[1]) {
            clearTimeout(timer);
            resolve(found[1]);
          }
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
      });
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      expect((await fetch(`${url}/widget/samskab.js`)).status).toBe(200);
      const demo = await (await fetch(`${url}/`)).text();
      expect(demo).toContain('data-samskab');
      expect((await fetch(`${url}/dkfds/css/dkfds.min.css`)).status).toBe(200);
      expect(output).toContain('/desk/setup?token=');
    } finally {
      // npm runs node as a child: end the whole group.
      process.kill(-child.pid!, 'SIGTERM');
    }
  }, 120_000);
});
