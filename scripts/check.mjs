// `npm test`'s static checks, all at once: Biome, the import rules, the OpenAPI lint and the type
// check. Each is one process that mostly keeps one core busy, so one after the other they left
// the second core idle. Each one's output is printed whole when it ends, and the run fails when
// any failed, naming every one that did (not only the first).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
/** package.json scripts, run as `npm run <name>`: their definitions stay in one place. */
const CHECKS = ['typecheck', 'lint:deps', 'lint', 'lint:api'];

function run(name) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], { cwd: root, env: process.env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ name, ok: false, output: String(error), started }));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`> npm run ${name} (${seconds} s)${code === 0 ? '' : `: failed (${code})`}`);
      if (output.trim()) console.log(output.trimEnd());
      resolve({ name, ok: code === 0 });
    });
  });
}

const results = await Promise.all(CHECKS.map(run));
const failed = results.filter((result) => !result.ok).map((result) => result.name);
if (failed.length > 0) {
  console.error(`Failed: ${failed.join(', ')}`);
  process.exit(1);
}
