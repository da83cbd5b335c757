// What the receiver asks of a database, whichever it is: PGlite in a worker thread
// (server/data/pglite-client.ts) or a PostgreSQL pool (server/data/db.ts). Kept apart from db.ts so that the
// PGlite client can name these types without importing the module that imports it.

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
