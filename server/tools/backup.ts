// `npm run backup [-- FILE]`: the configured database (DATABASE_URL, or PGlite in SAMSKAB_DATA_DIR)
// as SQL, by default into backups/samskab-<time>.sql, and its list of erasures beside it in
// FILE.erasures (ids and times only, no personal data: keep it as long as any backup, so that
// `npm run restore -- --erasures` can keep an older backup from bringing erased people back).
// Stop the receiver first when it runs on PGlite: its data folder is for one process at a time.
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { dumpDatabase } from '../data/backup';
import { openDatabase } from '../data/db';
import { formatErasureFile, readErasures } from '../data/erasure-list';
import { readEnv } from '../env';

const config = readEnv(process.env, process.cwd());
const now = new Date();
const file = resolve(
  process.argv[2] ?? `backups/samskab-${now.toISOString().slice(0, 16).replace(/[:T]/g, '-')}.sql`,
);
mkdirSync(dirname(file), { recursive: true });
const db = await openDatabase(config.database);
try {
  const out = createWriteStream(file, { mode: 0o600 });
  for await (const piece of dumpDatabase(db, now)) {
    if (!out.write(piece)) await new Promise<void>((done) => out.once('drain', () => done()));
  }
  out.end();
  await finished(out);
  // Read after the rows, so the list is at least as new as the backup.
  writeFileSync(`${file}.erasures`, formatErasureFile(await readErasures(db), now), {
    mode: 0o600,
  });
  console.log(
    `Backup written to ${file} (it holds personal data: keep it as safe as the database), its list of erasures to ${file}.erasures.`,
  );
} finally {
  await db.close();
}
