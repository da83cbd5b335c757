// A fresh PGlite data folder, made once and kept in node_modules/.cache: every database in memory
// the tests open (hundreds per run: a receiver per browser test) starts from this copy instead of
// running initdb, which took most of the 3 to 6 seconds an opening cost on 2 busy cores. Only
// initdb's work is copied, no migration, so the migration tests still start from nothing.
//
// vitest.config.ts and playwright.config.ts put the path in SAMSKAB_PGLITE_TEMPLATE (read by
// server/data/db.ts) and make the file in their global set-up.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const root = join(import.meta.dirname, '..', '..');
const pgliteVersion = (
  JSON.parse(
    readFileSync(
      join(
        dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')),
        '..',
        'package.json',
      ),
      'utf8',
    ),
  ) as { version: string }
).version;

/** Where the template for this version of PGlite is kept. */
export const pgliteTemplatePath = join(
  root,
  'node_modules',
  '.cache',
  'samskab',
  `pglite-${pgliteVersion}-fresh.tar`,
);

/** Makes the template unless it is there; written to a temporary name first, so never half. */
export async function ensurePgliteTemplate(): Promise<void> {
  if (existsSync(pgliteTemplatePath)) return;
  const db = await PGlite.create();
  try {
    const dump = await db.dumpDataDir('none');
    mkdirSync(dirname(pgliteTemplatePath), { recursive: true });
    const partial = `${pgliteTemplatePath}.${process.pid}`;
    writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
    renameSync(partial, pgliteTemplatePath);
  } finally {
    await db.close();
  }
}
