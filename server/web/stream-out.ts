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

/** How often a wait for 'drain' looks again whether it is still needed. */
const RECHECK_MS = 250;

/**
 * Resolves when `stream` emits 'drain', or is found no longer to need it (`stillNeeded`, looked at
 * every 250 ms), at once when `needed` is false; rejects if the response `res` closes first (a
 * stream feeding a closed response would never drain). The recheck is there because a missed
 * 'drain' would stall the export until the connection's idle deadline cut it (seen on Node 24
 * under load: the download ended 30 s later, short, with nothing logged).
 */
export function drainOf(
  stream: EventEmitter,
  needed: boolean,
  res: ServerResponse,
  stillNeeded: () => boolean = () => true,
): Promise<void> {
  if (res.destroyed) return Promise.reject(gone());
  if (!needed) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearInterval(recheck);
      stream.off('drain', done);
      res.off('close', closed);
    };
    const done = () => {
      stop();
      resolve();
    };
    const closed = () => {
      stop();
      reject(gone());
    };
    const recheck = setInterval(() => {
      if (res.destroyed) closed();
      else if (!stillNeeded()) done();
    }, RECHECK_MS);
    stream.once('drain', done);
    res.once('close', closed);
  });
}

/** Resolves when `res` can take more, at once if it can; rejects if the client has gone. */
export const drained = (res: ServerResponse) =>
  drainOf(res, res.writableNeedDrain, res, () => backedUp(res));

/** Whether more is waiting to be sent than the socket should hold, by what it actually holds. */
function backedUp(res: ServerResponse): boolean {
  const { socket } = res;
  return socket ? socket.writableLength > socket.writableHighWaterMark : res.writableNeedDrain;
}

/** A writer of text chunks to `res` that waits for the client between them. */
export const streamWriter =
  (res: ServerResponse) =>
  async (chunk: string): Promise<void> => {
    await drained(res);
    res.write(chunk);
  };
