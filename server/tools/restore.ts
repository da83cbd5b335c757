// `npm run restore -- [--replace] [--erasures LIST]... FILE`: a backup (npm run backup) into the
// configured database: typically a new PostgreSQL (DATABASE_URL) when moving up from PGlite, which
// must hold no answers yet; or, with --replace, over the current database (an older backup after
// a mistake), whose list of erasures is kept. --erasures (any number of times) adds the lists of
// newer backups (FILE.erasures, or the backup itself) when the current database is lost. Every
// answer a list names is erased again, so a restore never brings an erased person back. The target
// gets its schema from the same migrations first; the whole restore is one transaction; then the
// tables are rebuilt if anything was erased or replaced (server/data/erasure-rebuild.ts).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RestoreError, restoreDatabase } from '../data/backup';
import { openDatabase } from '../data/db';
import { ErasureListError, parseErasures } from '../data/erasure-list';
import { rebuildAfterErasures } from '../data/erasure-rebuild';
import { migrate } from '../data/migrations';
import { readEnv } from '../env';

const USAGE =
  'Usage: npm run restore -- [--replace] [--erasures LIST]... <backup.sql>   (into DATABASE_URL, or PGlite in SAMSKAB_DATA_DIR)';

/** The command line, or undefined when it is not one USAGE allows. */
function readArgs(): { file: string; replace: boolean; lists: string[] } | undefined {
  try {
    const { values, positionals } = parseArgs({
      options: {
        replace: { type: 'boolean', default: false },
        erasures: { type: 'string', multiple: true, default: [] },
      },
      allowPositionals: true,
    });
    const [file, ...more] = positionals;
    if (!file || more.length > 0) return undefined;
    return { file, replace: values.replace, lists: values.erasures };
  } catch {
    return undefined;
  }
}
const args = readArgs();
if (!args) {
  console.error(USAGE);
  process.exit(2);
}

const config = readEnv(process.env, process.cwd());
const db = await openDatabase(config.database);
try {
  const erasures = args.lists.flatMap((list) => parseErasures(readFileSync(list, 'utf8')));
  await migrate(db);
  const restored = await restoreDatabase(db, readFileSync(args.file, 'utf8'), {
    replace: args.replace,
    erasures,
  });
  console.log(
    `Restored ${args.file}: ${restored.answers} answers; ${restored.erasedAgain} erased again from the lists of erasures.`,
  );
  if (await rebuildAfterErasures(db)) console.log('Rebuilt the tables holding personal data.');
} catch (error) {
  const known = error instanceof RestoreError || error instanceof ErasureListError;
  console.error(known ? `Not restored: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
