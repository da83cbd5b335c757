// Limits on connections, so that one client (or many) cannot hold the receiver's sockets: a cap in
// all, a cap per client address, and an idle deadline that ends a connection on which nothing
// moves either way, such as a client that never reads its response.
import type { Server } from 'node:http';

export interface ConnectionLimits {
  /** Open connections in all; above it new ones are closed at once. */
  readonly max: number;
  /** Open connections from one address; 0 = no limit (behind a proxy, all share its address). */
  readonly perClient: number;
  /** No bytes either way for this long: the connection is closed. */
  readonly idleMs: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  max: 1024,
  perClient: 64,
  // Longer than the 10 s header and body deadlines and Node's 5 s keep-alive, so those fire
  // first; an answer is written in far less.
  idleMs: 30_000,
};

export function limitConnections(server: Server, limits: ConnectionLimits): void {
  server.maxConnections = limits.max;
  // Without a 'timeout' listener Node destroys a socket idle for this long.
  server.setTimeout(limits.idleMs);
  if (limits.perClient === 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > limits.perClient) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
