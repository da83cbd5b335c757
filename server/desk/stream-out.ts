// Writing a long response (an export) a piece at a time, waiting whenever the client reads slower
// than the server writes: the response's buffer, and so the server's memory, stays small however
// many answers are exported.
import type { ServerResponse } from 'node:http';

/** The client went away while a response was being written; nothing more to do. */
export class ClientGone extends Error {
  override name = 'ClientGone';
}

/** Resolves when `res` can take more, at once if it can; rejects if the client has gone. */
export function drained(res: ServerResponse): Promise<void> {
  if (res.destroyed) return Promise.reject(new ClientGone('the client closed the connection'));
  if (!res.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      res.off('close', gone);
      resolve();
    };
    const gone = () => {
      res.off('drain', done);
      reject(new ClientGone('the client closed the connection'));
    };
    res.once('drain', done);
    res.once('close', gone);
  });
}

/** A writer of text chunks to `res` that waits for the client between them. */
export const streamWriter =
  (res: ServerResponse) =>
  async (chunk: string): Promise<void> => {
    await drained(res);
    res.write(chunk);
  };
