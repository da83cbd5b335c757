// PGlite in a worker thread of its own (server/data/pglite-worker.ts), seen from the main thread as a
// Database. PGlite runs PostgreSQL compiled to WebAssembly, synchronously: while a statement runs,
// the thread running it does nothing else. On the main thread, a statement that never ended
// (PGlite spins after a write failed on a full disk; SECURITY.md) stopped /healthz, every other
// request and SIGTERM with it. With PGlite in a worker the main thread stays free: it answers,
// refuses writes, and on SIGTERM ends the worker when PGlite does not close in time.
//
// After a storage failure (a full or failing disk) or a WebAssembly abort, that PGlite instance
// cannot be trusted with another statement, so its worker is ended and the next request opens the
// data folder afresh: PostgreSQL's crash recovery, as after a power cut, and what was committed is
// there. While the disk is still full the opening fails too; requests then fail at once as
// DATABASE_UNAVAILABLE (a 503), and the next opening is tried after 1 s, doubling up to 16 s. A
// database in memory is never reopened: it would come back empty.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  DATABASE_UNAVAILABLE,
  DatabaseFailure,
  databaseFailure,
  isStorageFailure,
} from './db-error';
import type { Database, Row, SqlParam } from './db-types';
import type {
  PgliteWasm,
  WorkerError,
  WorkerReply,
  WorkerRequest,
  WorkerStart,
} from './pglite-protocol';

/** How long close() waits for PGlite to close before it ends the worker thread. */
export const CLOSE_TIMEOUT_MS = 3000;
const REOPEN_FIRST_WAIT_MS = 1000;
const REOPEN_MAX_WAIT_MS = 16_000;

export interface PgliteOptions {
  readonly closeTimeoutMs?: number;
  /** For a database in memory: the data folder to start from (WorkerStart's `template`). */
  readonly template?: string;
}

let compiled: Promise<PgliteWasm | undefined> | undefined;

/**
 * PGlite's two WebAssembly modules, compiled once per process: each worker would otherwise compile
 * 9 MB of it again. Undefined when the files are not where the package keeps them (PGlite then
 * loads its own).
 */
function pgliteWasm(): Promise<PgliteWasm | undefined> {
  compiled ??= (async () => {
    const dist = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    const [pglite, initdb] = await Promise.all(
      ['pglite.wasm', 'initdb.wasm'].map(async (file) =>
        WebAssembly.compile(await readFile(join(dist, file))),
      ),
    );
    return pglite && initdb ? { pglite, initdb } : undefined;
  })().catch(() => undefined);
  return compiled;
}

/** A request before it gets its id. */
type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/**
 * The worker's code: beside main.mjs in the build (scripts/build-server.ts emits it there); from
 * the sources (npm start, vitest, tsx scripts), the TypeScript beside this file, loaded through
 * tsx's CommonJS hook, since Node 20 does not apply tsx's ESM loader inside worker threads.
 */
function workerScript(): { script: string | URL; eval?: true } {
  if (!import.meta.url.endsWith('.ts')) {
    return { script: new URL('./pglite-worker.mjs', import.meta.url) };
  }
  const require = createRequire(import.meta.url);
  const tsx = require.resolve('tsx/cjs/api');
  const pglite = require.resolve('@electric-sql/pglite');
  const worker = fileURLToPath(new URL('./pglite-worker.ts', import.meta.url));
  // PGlite first, before tsx's hook: through the hook its 1 MB of JavaScript is transformed again
  // in every worker (about a second each on a busy machine); the worker's import then finds it
  // loaded.
  return {
    script: `require(${JSON.stringify(pglite)});\nrequire(${JSON.stringify(tsx)}).register();\nrequire(${JSON.stringify(worker)});`,
    eval: true,
  };
}

/** For a while: the worker reopening (a 503 for the request). */
const unavailable = (message: string) =>
  new DatabaseFailure(message, { code: DATABASE_UNAVAILABLE });
/** For good, as PostgreSQL's pool after `end()`: no code, so a request gets a 500. */
const gone = (message: string) => new DatabaseFailure(message, {});

/** One worker thread and the requests waiting for its answers. */
interface Connection {
  /** Resolves once PGlite opened in the thread; rejects with a WorkerError when it could not. */
  readonly ready: Promise<void>;
  /** Whether `ready` has resolved and the thread is still there. */
  isOpen(): boolean;
  /** Resolves with the rows (undefined for what returns none); rejects with a WorkerError. */
  request(request: Request): Promise<Row[] | undefined>;
  /** Ends the thread; what still waits fails with `reason`. */
  stop(reason: DatabaseFailure): Promise<void>;
}

/** Starts a worker that opens PGlite; `onGone` runs when the thread has ended. */
function startWorker(start: WorkerStart, onGone: () => void): Connection {
  const { script, eval: isCode } = workerScript();
  const worker = new Worker(script, {
    workerData: start,
    ...(isCode && { eval: true }),
  });
  const waiting = new Map<
    number,
    { resolve: (rows: Row[] | undefined) => void; reject: (error: unknown) => void }
  >();
  // The thread keeps the process alive only while something waits for it: a script whose last
  // query is answered can end, and one awaiting a query cannot end before the answer.
  const holdProcess = () => (waiting.size > 0 ? worker.ref() : worker.unref());
  let nextId = 1;
  let opened = false;
  let gone: DatabaseFailure | undefined;

  worker.on('message', (reply: WorkerReply) => {
    const entry = waiting.get(reply.id);
    if (!entry) return;
    waiting.delete(reply.id);
    holdProcess();
    if (reply.ok) entry.resolve(reply.rows);
    else entry.reject(reply.error);
  });
  worker.on('error', (error) => {
    gone ??= unavailable(`the database worker failed: ${error.message}`);
  });
  worker.on('exit', () => {
    gone ??= unavailable('the database worker stopped');
    for (const entry of waiting.values()) entry.reject(gone);
    waiting.clear();
    onGone();
  });

  const ready = new Promise<void>((resolve, reject) => {
    const resolveOpened = () => {
      opened = true;
      resolve();
    };
    waiting.set(0, { resolve: resolveOpened, reject });
    holdProcess();
  });
  return {
    ready,
    isOpen: () => opened && !gone,
    request(request) {
      if (gone) return Promise.reject(gone);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        holdProcess();
        worker.postMessage({ ...request, id } as WorkerRequest);
      });
    },
    async stop(reason) {
      gone ??= reason;
      await worker.terminate();
    },
  };
}

/** A driver's error as the rest of the receiver sees it (server/data/db-error.ts). */
function failureOf(error: unknown, params: readonly SqlParam[]): DatabaseFailure {
  if (error instanceof DatabaseFailure) return error;
  const { message, ...fields } = error as WorkerError;
  return databaseFailure(Object.assign(new Error(message), fields), params);
}

/** Whether `work` settled within `ms` (its failure counts as settled). */
async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** PGlite in `dataDir` (undefined: in memory), in a worker thread; resolves once it is open. */
export async function openPgliteWorker(
  dataDir: string | undefined,
  options: PgliteOptions = {},
): Promise<Database> {
  const closeTimeoutMs = options.closeTimeoutMs ?? CLOSE_TIMEOUT_MS;
  const reopens = dataDir !== undefined;
  let current: Connection | undefined;
  let closing: Promise<void> | undefined;
  let failedOpenings = 0;
  let nextOpening = 0;
  let lastFailure: DatabaseFailure | undefined;
  const wasm = await pgliteWasm();
  const start: WorkerStart = {
    dataDir,
    ...(wasm && { wasm }),
    ...(options.template && { template: options.template }),
  };

  const retire = (connection: Connection, reason: DatabaseFailure) => {
    if (current === connection) current = undefined;
    void connection.stop(reason);
  };

  const open = async (): Promise<Connection> => {
    const connection = startWorker(start, () => {
      if (current === connection) current = undefined;
    });
    current = connection;
    try {
      await connection.ready;
      failedOpenings = 0;
      return connection;
    } catch (error) {
      const failure = failureOf(error, []);
      retire(connection, failure);
      failedOpenings++;
      const wait = REOPEN_FIRST_WAIT_MS * 2 ** Math.min(failedOpenings - 1, 4);
      nextOpening = Date.now() + Math.min(wait, REOPEN_MAX_WAIT_MS);
      lastFailure = unavailable(`the database could not be opened: ${failure.message}`);
      throw lastFailure;
    }
  };

  /**
   * The open worker, or a promise of one. Synchronous while one is open, so that requests reach
   * the worker in the order they were made (a close after a query comes after it).
   */
  const connect = (): Connection | Promise<Connection> => {
    if (!closing && current?.isOpen()) return current;
    return reconnect();
  };
  const reconnect = async (): Promise<Connection> => {
    if (closing) throw gone('the database is closed');
    if (current) {
      const connection = current;
      await connection.ready.catch(() => undefined);
      if (current === connection) return connection;
    }
    if (!reopens) throw gone('the database in memory is gone');
    if (lastFailure && Date.now() < nextOpening) throw lastFailure;
    return open();
  };

  /** The failure to throw; a storage failure or an abort also retires that worker. */
  const failed = (connection: Connection, error: unknown, params: readonly SqlParam[]) => {
    const failure = failureOf(error, params);
    const aborted = (error as Partial<WorkerError>).aborted === true;
    if (!reopens || !(aborted || isStorageFailure(failure))) return failure;
    retire(connection, unavailable('the database is being reopened after a storage failure'));
    return aborted ? unavailable(`the database stopped: ${failure.message}`) : failure;
  };

  const send = async (connection: Connection, request: Request, params: readonly SqlParam[]) => {
    try {
      return await connection.request(request);
    } catch (error) {
      throw failed(connection, error, params);
    }
  };
  /** Sends to the open worker at once, or once one is open. */
  const sendNow = async (request: Request, params: readonly SqlParam[]) => {
    const connection = connect();
    return send(connection instanceof Promise ? await connection : connection, request, params);
  };
  const rows = <R extends Row>(result: Row[] | undefined) => (result ?? []) as R[];
  let nextTransaction = 1;

  await open();
  return {
    kind: 'pglite',
    query: async <R extends Row>(sql: string, params: readonly SqlParam[] = []) =>
      rows<R>(await sendNow({ op: 'query', sql, params: [...params] }, params)),
    // All of a transaction's queries go to the one worker that began it, where PGlite keeps other
    // statements waiting until it ends. What `work` throws passes through as it is: its queries'
    // failures are DatabaseFailures already, and the application's own errors keep their class.
    async transaction(work) {
      const connecting = connect();
      const connection = connecting instanceof Promise ? await connecting : connecting;
      const tx = nextTransaction++;
      await send(connection, { op: 'begin', tx }, []);
      let result: Awaited<ReturnType<typeof work>>;
      try {
        result = await work({
          query: async <R extends Row>(sql: string, params: readonly SqlParam[] = []) =>
            rows<R>(await send(connection, { op: 'query', sql, params: [...params], tx }, params)),
          exec: async (sql) => {
            await send(connection, { op: 'exec', sql, tx }, []);
          },
        });
      } catch (error) {
        await send(connection, { op: 'rollback', tx }, []).catch(() => undefined);
        throw error;
      }
      await send(connection, { op: 'commit', tx }, []);
      return result;
    },
    exec: async (sql) => {
      await sendNow({ op: 'exec', sql }, []);
    },
    // A PGlite that does not close in time (stuck in a statement) has its thread ended: what was
    // committed is on disk already, as after a crash.
    close() {
      closing ??= (async () => {
        const connection = current;
        if (!connection) return;
        const closed = connection.isOpen()
          ? connection.request({ op: 'close' })
          : connection.ready.then(() => connection.request({ op: 'close' }));
        const inTime = await settlesWithin(closed, closeTimeoutMs);
        await connection.stop(gone('the database is closed'));
        if (!inTime) {
          throw new Error(
            `PGlite did not close within ${closeTimeoutMs / 1000} s; its worker thread was ended (what was committed is on disk)`,
          );
        }
        await closed.catch((error: unknown) => {
          throw failureOf(error, []);
        });
      })();
      return closing;
    },
  };
}
