// A backup as SQL: every row of the receiver's tables as INSERT statements, in an order that
// satisfies their foreign keys, inside one transaction. Written from PGlite or PostgreSQL alike and
// restored into either (`npm run backup`, `npm run restore`): the way from the embedded database to
// a real PostgreSQL. The schema is not in the file: the target makes it with the same migrations,
// and a backup is refused by a target whose migrations differ. Values are quoted by the database
// itself (`quote_nullable`), so every string comes back byte for byte; generated columns (the search
// index) are left out and recomputed.
//
// A restore never brings an erased person back: the list of erasures (server/data/erasure-list.ts)
// of the database it replaces, of the backup, and of any newer lists given is merged, and every
// answer it names that the backup still holds is erased again, in the same transaction.

import { recordAudit } from './audit';
import type { Database, Queryable } from './db';
import { reapplyErasures } from './erasure';
import { addErasures, type Erasure, readErasures } from './erasure-list';
import { noteRebuildDue } from './erasure-rebuild';
import { MIGRATIONS } from './migrations';

const HEADER = '-- Samskab backup';
const BATCH = 500;

interface Column {
  readonly name: string;
  /** Points at a row of the same table (an answer marked as a duplicate of another). */
  readonly selfReference: boolean;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The receiver's tables, each after the tables it points to. Not the sign-in throttle's attempts
 * (server/data/throttle.ts) nor the status checks' counts (server/data/status-checks.ts): client
 * addresses kept for minutes, which a backup would keep for as long as it is kept, and whose
 * generated ids a restore could not insert. Nor the forms kept over a sign-in
 * (server/data/kept-forms.ts): minutes-old text bound to sessions.
 */
async function tablesInOrder(db: Queryable): Promise<string[]> {
  const tables = (
    await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
         AND table_name NOT IN ('schema_migrations', 'sign_in_attempts', 'status_checks',
                                'desk_kept_forms')
       ORDER BY table_name`,
    )
  ).map((row) => row.name);
  const edges = await db.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
     FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`,
  );
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const edge of edges) {
      if (edge.child === table && edge.parent !== table) visit(edge.parent, path);
    }
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered.filter((table) => tables.includes(table));
}

async function primaryKeyOf(db: Queryable, table: string): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_constraint c
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
     WHERE c.conrelid = $1::regclass AND c.contype = 'p' ORDER BY array_position(c.conkey, a.attnum)`,
    [table],
  );
  if (rows.length === 0) throw new Error(`table ${table} has no primary key to order its rows by`);
  return rows.map((row) => row.name);
}

async function columnsOf(db: Queryable, table: string): Promise<Column[]> {
  const rows = await db.query<{ name: string; self: boolean }>(
    `SELECT a.attname AS name,
       EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conrelid = a.attrelid AND c.contype = 'f'
               AND c.confrelid = a.attrelid AND a.attnum = ANY (c.conkey)) AS self
     FROM pg_attribute a
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     ORDER BY a.attnum`,
    [table],
  );
  return rows.map((row) => ({ name: row.name, selfReference: row.self }));
}

/** The backup, a piece at a time (a large table is read in batches, never all at once). */
export async function* dumpDatabase(db: Queryable, now: Date): AsyncGenerator<string> {
  const [version] = await db.query<{ version: number }>(
    'SELECT max(version) AS version FROM schema_migrations',
  );
  yield `${HEADER} of ${now.toISOString()}, schema version ${version?.version}\n`;
  yield '-- Restore with `npm run restore -- <this file>` into an empty database.\nBEGIN;\n';
  const deferred: string[] = [];
  for (const table of await tablesInOrder(db)) {
    const columns = await columnsOf(db, table);
    const key = await primaryKeyOf(db, table);
    const names = columns.map((column) => ident(column.name)).join(', ');
    // A row pointing at another row of its table is inserted without that pointer, which is set
    // by an UPDATE once every row is in: their order in the file is then free.
    const values = columns
      .map((column) => (column.selfReference ? "'NULL'" : `quote_nullable(${ident(column.name)})`))
      .join(` || ', ' || `);
    const where = key
      .map((name) => `'${ident(name)} = ' || quote_literal(${ident(name)})`)
      .join(` || ' AND ' || `);
    const fixes = columns
      .filter((column) => column.selfReference)
      .map(
        (column) =>
          `CASE WHEN ${ident(column.name)} IS NOT NULL THEN 'UPDATE ${ident(table)} SET ${ident(column.name)} = ' || quote_literal(${ident(column.name)}) || ' WHERE ' || ${where} || ';' END`,
      );
    for (let offset = 0; ; offset += BATCH) {
      const rows = await db.query<{ line: string; fix: string }>(
        `SELECT 'INSERT INTO ${ident(table)} (${names}) VALUES (' || ${values} || ');' AS line,
           concat_ws(E'\\n', ${fixes.length ? fixes.join(', ') : 'NULL'}) AS fix
         FROM ${ident(table)} ORDER BY ${key.map(ident).join(', ')} LIMIT ${BATCH} OFFSET ${offset}`,
      );
      if (rows.length === 0) break;
      yield `${rows.map((row) => row.line).join('\n')}\n`;
      deferred.push(...rows.map((row) => row.fix).filter((fix) => fix !== ''));
    }
  }
  if (deferred.length) yield `${deferred.join('\n')}\n`;
  yield 'COMMIT;\n';
}

export class RestoreError extends Error {
  override name = 'RestoreError';
}

export interface RestoreOptions {
  /**
   * Restore over a database that has answers (an older backup over the current database): its
   * rows are replaced by the backup's, its list of erasures is kept and re-applied.
   */
  readonly replace?: boolean;
  /** More erasures to re-apply: the lists of newer backups, when the database itself is lost. */
  readonly erasures?: readonly Erasure[];
  readonly now?: Date;
}

export interface RestoreResult {
  /** Answers in the database after the restore. */
  readonly answers: number;
  /** Answers the backup held that were erased (or lost their contact details) again. */
  readonly erasedAgain: number;
}

const BEGIN = '\nBEGIN;\n';
const COMMIT = 'COMMIT;\n';

/**
 * Reads a backup into a database that has the same migrations and no answers yet (or any, with
 * `replace`), merges the lists of erasures and erases again what they name. All of it runs in one
 * transaction: a failure leaves the target as it was.
 */
export async function restoreDatabase(
  db: Database,
  sql: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const header = /^-- Samskab backup of (\S+), schema version (\d+)/.exec(sql);
  if (!header)
    throw new RestoreError('this is not a Samskab backup (its first line says what it is)');
  const latest = Math.max(...MIGRATIONS.map((migration) => migration.version));
  if (Number(header[2]) !== latest) {
    throw new RestoreError(
      `the backup is of schema version ${header[2]}, this receiver's is ${latest}: restore it with the receiver version that made it, then upgrade`,
    );
  }
  // The rows between the file's own BEGIN and COMMIT, to run inside this transaction.
  const begin = sql.indexOf(BEGIN);
  if (begin < 0 || !sql.endsWith(COMMIT))
    throw new RestoreError('the backup is cut short (it does not end with COMMIT)');
  const rows = sql.slice(begin + BEGIN.length, sql.length - COMMIT.length);
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [before] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM submissions');
    if ((before?.n ?? 0) > 0 && !options.replace) {
      throw new RestoreError(
        'the target database already has answers: restore into an empty one, or replace them with --replace',
      );
    }
    const kept = await readErasures(tx);
    // What the start-up put into an empty database (seeded challenges, its secret, a set-up link),
    // or the database being replaced, gives way to the backup's.
    for (const table of (await tablesInOrder(tx)).reverse()) {
      await tx.query(`DELETE FROM ${ident(table)}`);
    }
    await tx.exec(rows);
    await addErasures(tx, [...kept, ...(options.erasures ?? [])]);
    const erasedAgain = await reapplyErasures(tx, now);
    // The replaced rows stay in the files until the tables are rebuilt (erasure-rebuild.ts).
    if ((before?.n ?? 0) > 0) await noteRebuildDue(tx, now);
    // Audited when it changed something, so that otherwise the restored rows are the backup's.
    if (erasedAgain > 0) {
      await recordAudit(
        tx,
        {
          staffId: null,
          action: 'backup-restored',
          subject: header[1],
          detail: `${erasedAgain} svar slettet igen`,
        },
        now,
      );
    }
    const [after] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM submissions');
    return { answers: after?.n ?? 0, erasedAgain };
  });
}
