// Mozilla's own linter on the Firefox build, offline (addons-linter 10.13.0; 10.14.0 does not install from the registry).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..', '..');

test('the Firefox build passes addons-linter with no errors', () => {
  const run = spawnSync(
    join(root, 'node_modules', '.bin', 'addons-linter'),
    ['--output', 'json', join(root, '.output', 'firefox-mv2')],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const report = JSON.parse(run.stdout) as {
    summary: { errors: number; warnings: number };
    errors: { code: string; file?: string; message: string }[];
  };
  expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  expect(report.summary.errors).toBe(0);
});
