import { mkdirSync } from 'node:fs';
import pg from 'pg';
import type { DatabaseLocation } from '../config';
import { databaseFailure } from './db-error';
import type { Database, Row, SqlParam } from './db-types';
import { openPgliteWorker } from './pglite-client';

export type { Database, Queryable, Row, SqlParam, Transaction } from './db-types';

export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  switch (location.kind) {
    // PGlite runs in a worker thread, so that a statement that never ends cannot stop the rest
    // of the receiver (server/data/pglite-client.ts).
    // SAMSKAB_PGLITE_TEMPLATE (for tests; docs/developers.md): a fresh data folder to copy
    // instead of running initdb, which is most of the seconds an in-memory database takes to open.
    case 'memory':
      return openPgliteWorker(undefined, {
        template: process.env.SAMSKAB_PGLITE_TEMPLATE || undefined,
      });
    case 'pglite':
      mkdirSync(location.dataDir, { recursive: true });
      return openPgliteWorker(location.dataDir);
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
