// The worker thread that owns PGlite (server/data/pglite-client.ts starts it and says why): it opens
// the database, answers each request from the main thread, and holds transactions open between
// their queries. PGlite's own locks keep the semantics the receiver relies on: a statement outside
// a transaction waits until the open one ends, and one transaction runs at a time.
import { existsSync, readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Row } from './db-types';
import type { WorkerError, WorkerReply, WorkerRequest, WorkerStart } from './pglite-protocol';

const port = parentPort;
if (!port) throw new Error('server/data/pglite-worker.ts runs only as a worker thread');
const { dataDir, wasm, template } = workerData as WorkerStart;
const reply = (message: WorkerReply) => port.postMessage(message);

/** What of an error crosses to the main thread: never the query or its parameters. */
function describe(error: unknown): WorkerError {
  if (typeof error !== 'object' || error === null) return { message: String(error) };
  const fields = error as Record<string, unknown>;
  const text = (name: string) => {
    const value = fields[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const [code, table, column, constraint] = ['code', 'table', 'column', 'constraint'].map(text);
  return {
    message: text('message') ?? 'PGlite failed',
    ...(error instanceof WebAssembly.RuntimeError && { aborted: true }),
    ...(code && { code }),
    ...(table && { table }),
    ...(column && { column }),
    ...(constraint && { constraint }),
  };
}

function answer(id: number, work: () => Promise<Row[] | undefined>): void {
  work().then(
    (rows) => reply(rows ? { id, ok: true, rows } : { id, ok: true }),
    (error: unknown) => reply({ id, ok: false, error: describe(error) }),
  );
}

let db: PGlite;

/** Transactions between their `begin` and their `commit` or `rollback`, by the main thread's id. */
const open = new Map<number, { tx: Transaction; end: (commit: boolean, id: number) => void }>();
/** Thrown inside PGlite's transaction to have it roll back; never reaches the main thread. */
const ROLLBACK = Symbol('rollback');

/**
 * Opens a transaction and keeps it open until the main thread ends it: `begin` is answered once
 * BEGIN ran, and the `commit` or `rollback` once PGlite committed or rolled back. A failing BEGIN
 * answers the `begin`; a failing COMMIT answers the `commit` (and PGlite has rolled back).
 */
function begin(beginId: number, txId: number): void {
  let endId = beginId;
  db.transaction(async (tx) => {
    const commit = await new Promise<boolean>((resolve) => {
      open.set(txId, {
        tx,
        end: (decision, id) => {
          endId = id;
          resolve(decision);
        },
      });
      reply({ id: beginId, ok: true });
    });
    open.delete(txId);
    if (!commit) throw ROLLBACK;
  }).then(
    () => reply({ id: endId, ok: true }),
    (error: unknown) => {
      open.delete(txId);
      reply(
        error === ROLLBACK
          ? { id: endId, ok: true }
          : { id: endId, ok: false, error: describe(error) },
      );
    },
  );
}

const runner = (txId: number | undefined): Pick<Transaction, 'query' | 'exec'> => {
  if (txId === undefined) return db;
  const found = open.get(txId);
  if (!found) throw new Error('the transaction has ended');
  return found.tx;
};

function serve(request: WorkerRequest): void {
  switch (request.op) {
    case 'query':
      answer(
        request.id,
        async () => (await runner(request.tx).query<Row>(request.sql, [...request.params])).rows,
      );
      break;
    case 'exec':
      answer(request.id, async () => {
        await runner(request.tx).exec(request.sql);
        return undefined;
      });
      break;
    case 'begin':
      begin(request.id, request.tx);
      break;
    case 'commit':
    case 'rollback': {
      const found = open.get(request.tx);
      if (found) found.end(request.op === 'commit', request.id);
      else reply({ id: request.id, ok: false, error: { message: 'the transaction has ended' } });
      break;
    }
    case 'close':
      // The main thread ends the thread once it has this answer.
      answer(request.id, async () => {
        await db.close();
        return undefined;
      });
      break;
  }
}

// relaxedDurability stays off (PGlite's default): a query resolves only after the write reached
// the file system, so a 201 is never sent for an answer a crash could lose.
// tests/server/durability.test.ts kills the process with SIGKILL to check exactly that.
// No top-level await: from the sources this file is loaded as CommonJS (server/data/pglite-client.ts).
PGlite.create(dataDir, {
  relaxedDurability: false,
  ...(wasm && { pgliteWasmModule: wasm.pglite, initdbWasmModule: wasm.initdb }),
  ...(template &&
    dataDir === undefined &&
    existsSync(template) && { loadDataDir: new Blob([readFileSync(template)]) }),
}).then(
  (opened) => {
    db = opened;
    port.on('message', serve);
    reply({ id: 0, ok: true });
  },
  (error: unknown) => reply({ id: 0, ok: false, error: describe(error) }),
);
