import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { DatabaseLocation } from '../config';
import { databaseFailure } from './db-error';

export type SqlParam = string | number | boolean | null | Date;
export type Row = Record<string, unknown>;

export interface Queryable {
  /** One statement with `$1`-style parameters; the same SQL runs on PGlite and PostgreSQL. */
  query<R extends Row = Row>(sql: string, params?: readonly SqlParam[]): Promise<R[]>;
}

/** A transaction's connection: statements, and a script of several (a backup being restored). */
export interface Transaction extends Queryable {
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (a backup being restored). */
  exec(sql: string): Promise<void>;
  /** PGlite must be closed for a clean shutdown; PostgreSQL's pool is ended. */
  close(): Promise<void>;
}

export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  switch (location.kind) {
    case 'memory':
      return openPglite(undefined);
    case 'pglite':
      mkdirSync(location.dataDir, { recursive: true });
      return openPglite(location.dataDir);
    case 'postgres':
      return openPostgres(location.url);
  }
}

// Rows come back untyped from both drivers; the row types at each call site describe the SELECT
// beside them, so this is the one place where the driver's answer is trusted to match.
const rowsOf = <R extends Row>(rows: unknown[]): R[] => rows as R[];

/**
 * Runs one driver query; a failure comes back as a DatabaseFailure (server/data/db-error.ts), without
 * the values that were sent, so no error log can hold an answer's text or contact details.
 */
async function guarded<T>(params: readonly SqlParam[], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw databaseFailure(error, params);
  }
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  // relaxedDurability stays off (PGlite's default): a query resolves only after the write reached
  // the file system, so a 201 is never sent for an answer a crash could lose.
  // tests/server/durability.test.ts kills the process with SIGKILL to check exactly that.
  const db = await PGlite.create(dataDir, { relaxedDurability: false });
  return {
    kind: 'pglite',
    query: <R extends Row>(sql: string, params: readonly SqlParam[] = []) =>
      guarded(params, async () => rowsOf<R>((await db.query(sql, [...params])).rows)),
    // What `work` throws passes through as it is: its queries' failures are guarded already, and
    // the application's own errors must keep their class.
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: <R extends Row>(sql: string, params: readonly SqlParam[] = []) =>
            guarded(params, async () => rowsOf<R>((await tx.query(sql, [...params])).rows)),
          exec: async (sql) => {
            await guarded([], () => tx.exec(sql));
          },
        }),
      ),
    exec: async (sql) => {
      await db.exec(sql);
    },
    close: () => db.close(),
  };
}

async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client losing its connection emits 'error' on the pool; unhandled, it would crash the
  // process. The next query gets a fresh client, so logging is enough.
  pool.on('error', (error) => console.error('PostgreSQL connection error:', error.message));
  // Fail at start-up, not on the first citizen's answer, when the URL is wrong.
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    query: <R extends Row>(sql: string, params: readonly SqlParam[] = []) =>
      guarded(params, async () => rowsOf<R>((await pool.query(sql, [...params])).rows)),
    async transaction(work) {
      const client = await guarded([], () => pool.connect());
      try {
        await guarded([], () => client.query('BEGIN'));
        const result = await work({
          query: <R extends Row>(sql: string, params: readonly SqlParam[] = []) =>
            guarded(params, async () => rowsOf<R>((await client.query(sql, [...params])).rows)),
          exec: async (sql) => {
            await guarded([], () => client.query(sql));
          },
        });
        await guarded([], () => client.query('COMMIT'));
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
