// Backups, and the documented way from PGlite to PostgreSQL: `npm run backup` on a PGlite data
// folder, `npm run restore` into a new PostgreSQL, then the same answers with the same references,
// the desk's state with them, and replays of old answers still recognised.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';
import { dumpDatabase, RestoreError, restoreDatabase } from '../../server/data/backup';
import { type Database, openDatabase } from '../../server/data/db';
import { migrate } from '../../server/data/migrations';
import { createStaff } from '../../server/data/staff';
import { startReceiver } from '../../server/start';
import { postSubmission, validSubmission } from './fixtures';
import { freshPostgresDatabase, skipPostgres, type TestPostgresDatabase } from './postgres';

const dir = mkdtempSync(join(tmpdir(), 'samskab-backup-'));
const dataDir = join(dir, 'pglite');
const file = join(dir, 'backup.sql');
let postgres: TestPostgresDatabase | undefined;

/**
 * Every table's rows, as JSON text, in order: what must be the same on both sides. The search
 * index is left out: it is made anew from the text by each database's own Danish dictionary.
 */
async function contents(db: Database): Promise<Record<string, string>> {
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
       AND table_name <> 'schema_migrations' ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const rows = await db.query<{ row: string }>(
      `SELECT (to_jsonb(t) - 'search')::text AS row FROM "${name}" t ORDER BY 1`,
    );
    out[name] = rows.map((row) => row.row).join('\n');
  }
  return out;
}

const envelopes = [
  validSubmission('need'),
  validSubmission('offer'),
  {
    ...validSubmission('proposal'),
    text: {
      title: 'Citat "og" \'apostrof\'',
      body: 'Æ ø å \u0000 NUL, emoji 🚲, \\ backslash, $$ dollar',
    },
  },
];

beforeAll(async () => {
  if (skipPostgres) return;
  // Answers and desk state in a PGlite folder, through a running receiver as in real use.
  const receiver = await startReceiver({ database: { kind: 'pglite', dataDir } });
  for (const envelope of envelopes)
    expect((await postSubmission(receiver, envelope)).status).toBe(201);
  const [first, second] = await receiver.db.query<{ id: string }>(
    'SELECT id FROM submissions ORDER BY received_at',
  );
  await receiver.db.query('UPDATE submissions SET duplicate_of = $1, status = $3 WHERE id = $2', [
    first!.id,
    second!.id,
    'in-review',
  ]);
  await createStaff(
    receiver.db,
    { email: 'anne@lunde.dk', name: 'Anne', role: 'admin' },
    new Date(),
  );
  await receiver.close();
  // An empty database of its own on the run's throwaway PostgreSQL.
  if (!skipPostgres) postgres = await freshPostgresDatabase();
}, 240_000);

afterAll(async () => {
  await postgres?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(skipPostgres)('from PGlite to PostgreSQL', () => {
  it('npm run backup and npm run restore carry every row, byte for byte', async () => {
    const tool = (name: string, env: Record<string, string>, ...args: string[]) =>
      execFileSync('npm', ['run', '--silent', name, '--', ...args], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
    expect(tool('backup', { SAMSKAB_DATA_DIR: dataDir }, file)).toContain('Backup written');
    expect(readFileSync(file, 'utf8')).toMatch(/^-- Samskab backup of /);
    expect(tool('restore', { DATABASE_URL: postgres!.url }, file)).toContain('Restored');

    const source = await openDatabase({ kind: 'pglite', dataDir });
    const target = await openDatabase({ kind: 'postgres', url: postgres!.url });
    try {
      expect(await contents(target)).toEqual(await contents(source));
      // The search index is made anew from the restored text.
      const found = await target.query(
        "SELECT id FROM submissions WHERE search @@ websearch_to_tsquery('danish', 'emoji')",
      );
      expect(found).toHaveLength(1);
    } finally {
      await source.close();
      await target.close();
    }
  });

  it('recognises the old answers when their outboxes send them again', async () => {
    const db = await openDatabase({ kind: 'postgres', url: postgres!.url });
    const receiver = await startReceiver({ db, seed: false });
    try {
      for (const envelope of envelopes) {
        const [row] = await db.query<{ reference: string }>(
          'SELECT reference FROM submissions WHERE id = $1',
          [envelope.id],
        );
        const replay = await postSubmission(receiver, envelope);
        expect(replay.status).toBe(200);
        // Answers stored before status links get theirs at the replay.
        expect(await replay.json()).toEqual({
          reference: row!.reference,
          statusUrl: expect.stringMatching(/\/api\/status\/[\w-]{43}$/),
        });
      }
      expect(await db.query('SELECT id FROM submissions')).toHaveLength(envelopes.length);
    } finally {
      await receiver.close();
      await db.close();
    }
  });
});

describe('what a restore refuses', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ kind: 'memory' });
    await migrate(db);
  });
  afterAll(() => db.close());

  const dumpOf = async (source: Database) => {
    let sql = '';
    for await (const piece of dumpDatabase(source, new Date())) sql += piece;
    return sql;
  };

  it('a file that is not a backup, or of another schema version', async () => {
    await expect(restoreDatabase(db, 'DROP TABLE submissions;')).rejects.toThrow(RestoreError);
    const sql = (await dumpOf(db)).replace(/schema version \d+/, 'schema version 1');
    await expect(restoreDatabase(db, sql)).rejects.toThrow(/schema version 1/);
  });

  it('a target that already has answers, and a failed restore changes nothing', async () => {
    const receiver = await startReceiver({ db, seed: false });
    await postSubmission(receiver, validSubmission('need'));
    await receiver.close();
    const sql = await dumpOf(db);
    await expect(restoreDatabase(db, sql)).rejects.toThrow(/already has answers/);
    expect(await db.query('SELECT id FROM submissions')).toHaveLength(1);
  });
});
