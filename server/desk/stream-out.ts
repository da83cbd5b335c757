// Writing a long response (an export) a piece at a time, waiting whenever the client reads slower
// than the server writes: the response's buffer, and so the server's memory, stays small however
// many answers are exported.
import type { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';

/** The client went away while a response was being written; nothing more to do. */
export class ClientGone extends Error {
  override name = 'ClientGone';
}

const gone = () => new ClientGone('the client closed the connection');

/**
 * Resolves when `stream` emits 'drain', at once when `needed` is false; rejects if the response
 * `res` closes first (a stream feeding a closed response would never drain).
 */
export function drainOf(stream: EventEmitter, needed: boolean, res: ServerResponse): Promise<void> {
  if (res.destroyed) return Promise.reject(gone());
  if (!needed) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      res.off('close', closed);
      resolve();
    };
    const closed = () => {
      stream.off('drain', done);
      reject(gone());
    };
    stream.once('drain', done);
    res.once('close', closed);
  });
}

/** Resolves when `res` can take more, at once if it can; rejects if the client has gone. */
export const drained = (res: ServerResponse) => drainOf(res, res.writableNeedDrain, res);

/** A writer of text chunks to `res` that waits for the client between them. */
export const streamWriter =
  (res: ServerResponse) =>
  async (chunk: string): Promise<void> => {
    await drained(res);
    res.write(chunk);
  };
