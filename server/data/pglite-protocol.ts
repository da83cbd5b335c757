// The messages between the receiver's main thread (server/data/pglite-client.ts) and the worker thread
// that owns PGlite (server/data/pglite-worker.ts). Every value is structured-cloned on the way.
import type { Row, SqlParam } from './db-types';

/**
 * What the main thread asks. `tx` names an open transaction: its queries run on it, and `commit`
 * or `rollback` ends it. Ids count up from 1; 0 is the opening of the database.
 */
export type WorkerRequest =
  | {
      readonly id: number;
      readonly op: 'query';
      readonly sql: string;
      readonly params: readonly SqlParam[];
      readonly tx?: number;
    }
  | { readonly id: number; readonly op: 'exec'; readonly sql: string; readonly tx?: number }
  | { readonly id: number; readonly op: 'begin' | 'commit' | 'rollback'; readonly tx: number }
  | { readonly id: number; readonly op: 'close' };

/**
 * A driver error as far as it crosses the thread: what server/data/db-error.ts keeps of it. Never the
 * query's parameters (PGlite's own errors carry them), and the message is scrubbed of them on the
 * main thread, which knows them.
 */
export interface WorkerError {
  readonly message: string;
  /** PGlite's WebAssembly stopped (an abort): that instance cannot run another statement. */
  readonly aborted?: boolean;
  readonly code?: string;
  readonly table?: string;
  readonly column?: string;
  readonly constraint?: string;
}

/** The answer to one request; `id` 0 says whether PGlite opened. */
export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly rows?: Row[] }
  | { readonly id: number; readonly ok: false; readonly error: WorkerError };

/** What the worker is started with. */
export interface WorkerStart {
  /** PGlite's data folder; undefined: in memory. */
  readonly dataDir: string | undefined;
  /** PGlite's WebAssembly, compiled once per process and shared by its workers. */
  readonly wasm?: PgliteWasm;
  /**
   * For a database in memory: a tar of a fresh data folder (`dumpDataDir`) to start from instead
   * of running initdb, which is most of the cost of opening one (tests open hundreds).
   */
  readonly template?: string;
}

export interface PgliteWasm {
  readonly pglite: WebAssembly.Module;
  readonly initdb: WebAssembly.Module;
}
