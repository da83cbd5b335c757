// Fresh PGlite data folders, made once and kept in node_modules/.cache: every database in memory
// the tests open (hundreds per run: a receiver per browser test) starts from a copy instead of
// running initdb and the migrations, which took most of the 3 to 6 seconds an opening cost on 2
// busy cores.
//
// Two copies: `pgliteTemplatePath` after every migration (named by a hash of their statements, so
// a changed migration makes a new one), which vitest.config.ts and playwright.config.ts give the
// receivers in SAMSKAB_PGLITE_TEMPLATE (read by server/data/db.ts); and `unmigratedTemplatePath`,
// right after initdb, for the tests of a migration, which start before it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from '../../server/data/db-types';
import { MIGRATIONS, migrate } from '../../server/data/migrations';

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
const migrationsHash = createHash('sha256')
  .update(JSON.stringify(MIGRATIONS))
  .digest('hex')
  .slice(0, 16);
const cache = join(root, 'node_modules', '.cache', 'samskab');

/** A fresh database after every migration. */
export const pgliteTemplatePath = join(
  cache,
  `pglite-${pgliteVersion}-migrated-${migrationsHash}.tar`,
);
/** A fresh database before any migration. */
export const unmigratedTemplatePath = join(cache, `pglite-${pgliteVersion}-fresh.tar`);

/** PGlite on this thread as the Database that migrate() asks for. */
const asDatabase = (pg: PGlite): Database => ({
  kind: 'pglite',
  query: async (sql, params = []) => (await pg.query(sql, [...params])).rows as never,
  transaction: (work) =>
    pg.transaction((tx) =>
      work({
        query: async (sql, params = []) => (await tx.query(sql, [...params])).rows as never,
        exec: async (sql) => {
          await tx.exec(sql);
        },
      }),
    ),
  exec: async (sql) => {
    await pg.exec(sql);
  },
  close: () => pg.close(),
});

/** Writes `pg`'s data folder to `path`: to a temporary name first, so never half a file. */
async function save(pg: PGlite, path: string): Promise<void> {
  const dump = await pg.dumpDataDir('none');
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}`;
  writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
  renameSync(partial, path);
}

/** Makes both templates unless they are there. */
export async function ensurePgliteTemplates(): Promise<void> {
  if (existsSync(pgliteTemplatePath) && existsSync(unmigratedTemplatePath)) return;
  const pg = await PGlite.create();
  try {
    await save(pg, unmigratedTemplatePath);
    await migrate(asDatabase(pg));
    await save(pg, pgliteTemplatePath);
  } finally {
    await pg.close();
  }
}
