// Who a request comes from. Directly connected, that is the socket's peer. Behind the
// municipality's reverse proxy every request's peer is the proxy, so the client is read from
// X-Forwarded-For — but only when the peer is one of SAMSKAB_TRUSTED_PROXIES, and right to left:
// each proxy appends the address it received from, so the rightmost entry that is not itself a
// trusted proxy is the client, and whatever a client wrote further left is ignored. Used for the
// answers' rate limit, the desk's sign-in throttle and the logs.
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { type AddressMatcher, plainAddress } from './trusted-proxies';

export function clientAddress(
  req: Pick<IncomingMessage, 'headers' | 'socket'>,
  trusted: AddressMatcher,
): string {
  const peer = plainAddress(req.socket.remoteAddress ?? 'unknown');
  if (!trusted(peer)) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => plainAddress(hop.trim()));
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    // A proxy that wrote something that is not an address: nothing left of it can be believed.
    if (isIP(hop) === 0) return peer;
    if (!trusted(hop)) return hop;
  }
  return peer;
}

/**
 * The key a client is limited by: its address, or for IPv6 its /64 — one subscriber's network,
 * inside which an address costs nothing to change.
 */
export function clientKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => (Number.parseInt(group, 16) || 0).toString(16))
    .join(':')}::/64`;
}
