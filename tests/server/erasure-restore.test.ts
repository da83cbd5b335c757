// A restore never brings an erased person back (issue 18), on PGlite and PostgreSQL, through the
// real `npm run backup` and `npm run restore`: a backup taken before Karen was erased, restored
// over the database with --replace (its list of erasures is kept), or into a new database with the
// newer backup's list (--erasures), leaves her erased and Ole as he was. And the merging itself:
// a restore into an empty database re-applies the backup's list and the lists given, erasures
// and removals of contact details alike.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';
import { dumpDatabase, restoreDatabase } from '../../server/data/backup';
import { type Database, openDatabase } from '../../server/data/db';
import { eraseAnswers, removeExpiredContactDetails } from '../../server/data/erasure';
import { parseErasures, readErasures } from '../../server/data/erasure-list';
import { rebuildDue } from '../../server/data/erasure-rebuild';
import { MIGRATIONS, migrate } from '../../server/data/migrations';
import { createStaff } from '../../server/data/staff';
import { filesContaining } from './data-files';
import { signedIn } from './desk/desk-client';
import { answerFrom, challenge, post } from './desk/privacy-support';
import { openUnmigratedMemoryDatabase, startTestReceiver } from './fixtures';
import { freshPostgresDatabase, skipPostgres, type TestPostgresDatabase } from './postgres';

const KAREN = {
  body: 'karens hemmelige bænk ved søen',
  email: 'karen.unik@example.dk',
  phone: '+45 61 23 45 97',
  note: 'notat om karens nabo',
};
const OLE_BODY = 'Oles bænk i parken';

const dir = mkdtempSync(join(tmpdir(), 'samskab-erasure-restore-'));
/** The databases made on the run's throwaway PostgreSQL, dropped at the end. */
const databases: TestPostgresDatabase[] = [];

afterAll(async () => {
  for (const database of databases) await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

/** A database the tools reach by the environment, as `npm run backup`/`restore` on a server. */
interface Target {
  readonly env: Record<string, string>;
  /** The PGlite folder, whose files are searched for what was erased. */
  readonly dataDir?: string;
  open(): Promise<Database>;
}

let made = 0;
const TARGETS: readonly { readonly name: string; make(): Promise<Target> }[] = [
  {
    name: 'PGlite',
    async make() {
      const dataDir = join(dir, `pglite-${++made}`);
      return {
        env: { SAMSKAB_DATA_DIR: dataDir },
        dataDir,
        open: () => openDatabase({ kind: 'pglite', dataDir }),
      };
    },
  },
  ...(skipPostgres
    ? []
    : [
        {
          name: 'PostgreSQL',
          async make(): Promise<Target> {
            const database = await freshPostgresDatabase();
            databases.push(database);
            const { url } = database;
            return {
              env: { DATABASE_URL: url },
              open: () => openDatabase({ kind: 'postgres', url }),
            };
          },
        },
      ]),
];

function tool(name: 'backup' | 'restore', target: Target, ...args: string[]): string {
  const { DATABASE_URL: _url, SAMSKAB_DATA_DIR: _dir, ...env } = process.env;
  return execFileSync('npm', ['run', '--silent', name, '--', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...env, ...target.env },
    encoding: 'utf8',
  });
}

/** Every row of every table as text, lower case: where an erased person must not be. */
async function everything(db: Database): Promise<string> {
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  let text = '';
  for (const { name } of tables) {
    text += JSON.stringify(await db.query(`SELECT * FROM "${name}"`)).toLowerCase();
  }
  return text;
}

async function expectKarenErased(target: Target, karenId: string) {
  const db = await target.open();
  try {
    const all = await everything(db);
    for (const gone of [KAREN.body, KAREN.email, '61 23 45 97', '4561234597', KAREN.note]) {
      expect(all, gone).not.toContain(gone);
    }
    expect(all).toContain(OLE_BODY.toLowerCase());
    const [karen] = await db.query<{ erased: boolean; body: string }>(
      'SELECT erased_at IS NOT NULL AS erased, body FROM submissions WHERE id = $1',
      [karenId],
    );
    expect(karen).toEqual({ erased: true, body: '' });
    expect((await readErasures(db)).map((entry) => [entry.id, entry.what])).toEqual([
      [karenId, 'answer'],
    ]);
    const [restored] = await db.query<{ detail: string }>(
      "SELECT detail FROM audit_log WHERE action = 'backup-restored'",
    );
    expect(restored?.detail).toBe('1 svar slettet igen');
  } finally {
    await db.close();
  }
  // On PGlite the restore rebuilt the tables: the text it put back and erased is not in the files.
  if (target.dataDir) {
    expect(filesContaining(target.dataDir, KAREN.body)).toEqual([]);
    expect(filesContaining(target.dataDir, KAREN.email)).toEqual([]);
  }
}

describe.each(TARGETS)('restoring an older backup on $name', ({ make }) => {
  let target: Target;
  let karen: { id: string; reference: string };
  const older = join(dir, `older-${randomUUID()}.sql`);
  const newer = join(dir, `newer-${randomUUID()}.sql`);

  /** Runs `work` with a receiver on the target, then closes both (PGlite: one process at a time). */
  async function withReceiver<T>(
    work: (receiver: Awaited<ReturnType<typeof startTestReceiver>>['receiver']) => Promise<T>,
  ): Promise<T> {
    const db = await target.open();
    const { receiver } = await startTestReceiver({ db, seed: [challenge('ensomhed-lunde')] });
    try {
      return await work(receiver);
    } finally {
      await receiver.close();
      await db.close();
    }
  }

  beforeAll(async () => {
    target = await make();
    karen = await withReceiver(async (receiver) => {
      const posted = await post(
        receiver,
        answerFrom(
          { name: 'Karen Unik', email: KAREN.email, phone: KAREN.phone },
          { body: KAREN.body },
        ),
      );
      await post(receiver, answerFrom({ name: 'Ole Olsen' }, { body: OLE_BODY }));
      const facilitator = await signedIn(receiver);
      await receiver.db.query(
        'INSERT INTO answer_notes (id, submission_id, staff_id, text, created_at) VALUES ($1, $2, $3, $4, $5)',
        [randomUUID(), posted.id, facilitator.staff.id, KAREN.note, new Date()],
      );
      return posted;
    });
    expect(tool('backup', target, older)).toContain('Backup written');
    expect(readFileSync(older, 'utf8')).toContain(KAREN.body);
    await withReceiver(async (receiver) => {
      const facilitator = await signedIn(receiver);
      const erased = await facilitator.post('/desk/people/erase', {
        query: KAREN.email,
        answer: karen.id,
        confirm: 'ja',
      });
      expect(erased.status).toBe(303);
    });
    expect(tool('backup', target, newer)).toContain(`${newer}.erasures`);
  }, 240_000);

  it('over the database it replaces (--replace): its list of erasures is kept and re-applied', async () => {
    const output = tool('restore', target, '--replace', older);
    expect(output).toContain('2 answers; 1 erased again');
    await expectKarenErased(target, karen.id);
  }, 120_000);

  it('into a new database, with the newer backup’s list (--erasures)', async () => {
    // The list beside the newer backup names her, and nothing personal; so does the backup.
    const list = readFileSync(`${newer}.erasures`, 'utf8');
    expect(list).toContain(karen.id);
    expect(list.toLowerCase()).not.toContain('karen');
    expect(parseErasures(readFileSync(newer, 'utf8'))).toEqual(parseErasures(list));

    const fresh = await make();
    expect(tool('restore', fresh, '--erasures', `${newer}.erasures`, older)).toContain(
      '2 answers; 1 erased again',
    );
    await expectKarenErased(fresh, karen.id);
  }, 120_000);
});

describe('merging the lists of erasures', () => {
  let db: Database;
  let staffId: string;
  beforeAll(async () => {
    db = await openDatabase({ kind: 'memory' });
    await migrate(db);
    staffId = (await createStaff(db, { email: 'a@lunde.dk', name: 'A', role: 'admin' }, new Date()))
      .id;
  });
  afterAll(() => db.close());

  const dump = async () => {
    let sql = '';
    for await (const piece of dumpDatabase(db, new Date())) sql += piece;
    return sql;
  };

  it('re-applies erasures and removals of contact details from every list, once each', async () => {
    const { receiver } = await startTestReceiver({
      db,
      seed: [challenge('lukket')],
    });
    const ids: string[] = [];
    for (const name of ['Anna', 'Bo', 'Carl']) {
      ids.push(
        (
          await post(
            receiver,
            answerFrom(
              { name, email: `${name.toLowerCase()}@example.dk` },
              { challengeId: 'lukket', body: `${name}s tekst` },
            ),
          )
        ).id,
      );
    }
    await receiver.close();
    const [anna, bo, carl] = ids as [string, string, string];
    const backup = await dump();

    // After the backup: Anna erased, everyone's contact details removed by the retention period.
    await eraseAnswers(db, [anna], staffId, new Date());
    await db.query("UPDATE challenges SET closed_at = now() - interval '3 years'");
    expect(await removeExpiredContactDetails(db, 12, null, new Date())).toBe(2);
    const current = await readErasures(db);
    expect(current.map((entry) => [entry.id, entry.what]).sort()).toEqual(
      [
        [anna, 'answer'],
        [bo, 'contact'],
        [carl, 'contact'],
      ].sort(),
    );

    // The database is replaced by the backup; a list from elsewhere says Carl was erased since.
    const elsewhere = [{ id: carl, what: 'answer' as const, at: new Date().toISOString() }];
    const result = await restoreDatabase(db, backup, { replace: true, erasures: elsewhere });
    expect(result).toEqual({ answers: 3, erasedAgain: 3 });
    const rows = await db.query<{ id: string; erased: boolean; email: string | null }>(
      'SELECT id, erased_at IS NOT NULL AS erased, contact_email AS email FROM submissions',
    );
    expect(Object.fromEntries(rows.map((row) => [row.id, [row.erased, row.email]]))).toEqual({
      [anna]: [true, null],
      [bo]: [false, null],
      [carl]: [true, null],
    });
    expect((await readErasures(db)).map((entry) => [entry.id, entry.what]).sort()).toEqual(
      [
        [anna, 'answer'],
        [bo, 'contact'],
        [carl, 'answer'],
      ].sort(),
    );
    // The replaced rows and the erased text wait in the files until the tables are rebuilt.
    expect(await rebuildDue(db)).toBe(true);
    // Nothing more to do the second time.
    const again = await restoreDatabase(db, await dump(), { replace: true });
    expect(again.erasedAgain).toBe(0);
  });

  it('refuses a backup cut short, and a list with a line that is not an entry', async () => {
    const backup = await dump();
    await expect(
      restoreDatabase(db, backup.slice(0, -'COMMIT;\n'.length), { replace: true }),
    ).rejects.toThrow(/cut short/);
    expect(() =>
      parseErasures('# Samskab erasures of now\n00000000-0000-0000-0000-000000000000 all now\n'),
    ).toThrow(/line 2/);
    expect(() => parseErasures('DROP TABLE erasures;')).toThrow(/neither/);
  });
});

describe('migration 8', () => {
  it('lists the erasures made before it and asks for a rebuild where there are answers', async () => {
    const db = await openUnmigratedMemoryDatabase();
    try {
      await migrate(
        db,
        MIGRATIONS.filter((migration) => migration.version < 8),
      );
      const [anna, bo, carl] = [randomUUID(), randomUUID(), randomUUID()];
      for (const id of [anna, bo, carl]) {
        await db.query(
          `INSERT INTO submissions (id, reference, challenge_id, kind, actor_type, received_at, envelope)
           VALUES ($1, $2, 'lukket', 'need', 'citizen', now(), '{}')`,
          [id, `SAM-${id.slice(0, 8)}`],
        );
      }
      await db.query("UPDATE submissions SET erased_at = '2026-01-02T03:04:05Z' WHERE id = $1", [
        anna,
      ]);
      await db.query(
        "UPDATE submissions SET contact_removed_at = '2026-02-03T04:05:06Z' WHERE id = $1",
        [bo],
      );

      expect(await migrate(db)).toEqual(
        MIGRATIONS.filter((m) => m.version >= 8).map((m) => m.version),
      );
      expect(await readErasures(db)).toEqual([
        { id: anna, what: 'answer', at: '2026-01-02T03:04:05.000Z' },
        { id: bo, what: 'contact', at: '2026-02-03T04:05:06.000Z' },
      ]);
      expect(await rebuildDue(db)).toBe(true);
    } finally {
      await db.close();
    }
  });
});
