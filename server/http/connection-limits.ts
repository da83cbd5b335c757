// Limits on connections, so that one client (or many) cannot hold the receiver's sockets: a cap in
// all, a cap per client, and an idle deadline that ends a connection on which nothing moves either
// way, such as a client that never reads its response.
//
// When the table is full, a new connection is not simply refused: the oldest connection that is
// still sending its request headers (or sits idle between requests) is closed to make room. Slow
// header senders (slowloris) are what fills a table; closing the oldest first means an attacker
// must keep opening connections faster than everyone else to keep anyone out, while requests that
// are being answered are never cut. Only when every connection is busy with a request is the new
// one refused.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { clientKey } from './client-address';
import { type AddressMatcher, plainAddress } from './trusted-proxies';

export interface ConnectionLimits {
  /** Open connections in all; above it the oldest still sending headers is closed. */
  readonly max: number;
  /**
   * Open connections from one client (one IPv4 address, one IPv6 /64); 0 = no limit. The
   * municipality's own reverse proxies (SAMSKAB_TRUSTED_PROXIES) are not limited: every citizen
   * arrives through them.
   */
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

const none: AddressMatcher = Object.assign(() => false, { ranges: [] });

export function limitConnections(
  server: Server,
  limits: ConnectionLimits,
  trusted: AddressMatcher = none,
): void {
  // The cap is enforced here, so that a full table can make room; Node would refuse instead.
  server.maxConnections = Number.POSITIVE_INFINITY;
  // Without a 'timeout' listener Node destroys a socket idle for this long.
  server.setTimeout(limits.idleMs);
  /**
   * Every open socket, oldest first, and how many requests on it are being answered: a count, not
   * a flag, since on a kept-alive connection one response's 'close' may come after the next
   * request began.
   */
  const sockets = new Map<Socket, { busy: number }>();
  const perClient = new Map<string, number>();

  server.on('request', (req, res) => {
    const state = sockets.get(req.socket);
    if (!state) return;
    state.busy++;
    res.once('close', () => {
      state.busy--;
    });
  });

  server.on('connection', (socket: Socket) => {
    const peer = plainAddress(socket.remoteAddress ?? '');
    const key = limits.perClient === 0 || trusted(peer) ? undefined : clientKey(peer);
    if (key !== undefined && (perClient.get(key) ?? 0) >= limits.perClient) {
      socket.destroy();
      return;
    }
    if (sockets.size >= limits.max) {
      const waiting = [...sockets].find(([, state]) => state.busy === 0)?.[0];
      if (!waiting) {
        socket.destroy();
        return;
      }
      sockets.delete(waiting);
      waiting.destroy();
    }
    sockets.set(socket, { busy: 0 });
    if (key !== undefined) perClient.set(key, (perClient.get(key) ?? 0) + 1);
    socket.once('close', () => {
      sockets.delete(socket);
      if (key === undefined) return;
      const left = (perClient.get(key) ?? 1) - 1;
      if (left > 0) perClient.set(key, left);
      else perClient.delete(key);
    });
  });
}
