// Keeps a copy of the widget and the extension as they were shipped, so that the receiver's tests
// can prove that clients already deployed keep working (tests/e2e/compat/previous-clients.spec.ts).
// Run it on the commit of a release, before changing the receiver for the next one:
//
//   npx tsx scripts/snapshot-previous-clients.ts
//
// It builds the widget and the extension's e2e build (the shipped one plus a host permission for
// the loopback receiver, which Playwright cannot grant) and copies the files a browser loads into
// tests/fixtures/previous-clients/, with the commit they came from. Built code, not source: the
// point is to run exactly what a municipality's page or a volunteer's browser already has.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const target = join(root, 'tests', 'fixtures', 'previous-clients');
const run = (command: string, args: string[]) =>
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });

run('npm', ['run', 'build:widget']);
run('npx', ['wxt', 'build', '--mode', 'e2e']);

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
// What a browser loads: no source maps, no build metafile, no precompressed copies.
const loaded = (source: string) => !/\.(map|br|gz)$/.test(source) && !source.endsWith('meta.json');
cpSync(join(root, 'dist', 'widget'), join(target, 'widget'), { recursive: true, filter: loaded });
cpSync(join(root, '.output', 'chrome-mv3-e2e'), join(target, 'extension'), {
  recursive: true,
  filter: loaded,
});
const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root }).toString().trim();
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};
writeFileSync(
  join(target, 'source.json'),
  `${JSON.stringify({ commit, version, snapshotAt: new Date().toISOString() }, null, 2)}\n`,
);
console.log(`previous clients from ${commit} in ${target}`);
