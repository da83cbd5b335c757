// `npm run restore -- FILE`: a backup (npm run backup) into the configured database, which must
// hold no answers yet: typically a new PostgreSQL (DATABASE_URL) when moving up from PGlite. The
// target gets its schema from the same migrations first; the whole backup then goes in one
// transaction.
import { readFileSync } from 'node:fs';
import { RestoreError, restoreDatabase } from '../data/backup';
import { openDatabase } from '../data/db';
import { migrate } from '../data/migrations';
import { readEnv } from '../env';

const file = process.argv[2];
if (!file) {
  console.error(
    'Usage: npm run restore -- <backup.sql>   (into DATABASE_URL, or PGlite in SAMSKAB_DATA_DIR)',
  );
  process.exit(2);
}
const config = readEnv(process.env, process.cwd());
const db = await openDatabase(config.database);
try {
  await migrate(db);
  await restoreDatabase(db, readFileSync(file, 'utf8'));
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM submissions');
  console.log(`Restored ${file}: ${row?.n ?? 0} answers.`);
} catch (error) {
  console.error(error instanceof RestoreError ? `Not restored: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
