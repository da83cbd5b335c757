import { describe, expect, it } from 'vitest';
import { clientAddress, clientKey } from '../../server/http/client-address';
import { parseTrustedProxies } from '../../server/http/trusted-proxies';

const request = (peer: string, forwarded?: string | string[]) => ({
  socket: { remoteAddress: peer } as never,
  headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
});

describe('clientAddress', () => {
  const trusted = parseTrustedProxies(['10.0.0.0/8', 'fd00::/8']);

  it('is the peer when the peer is not a trusted proxy, whatever it forwards', () => {
    expect(clientAddress(request('198.51.100.7', '203.0.113.9'), trusted)).toBe('198.51.100.7');
    expect(clientAddress(request('::ffff:198.51.100.7'), trusted)).toBe('198.51.100.7');
  });

  it('reads X-Forwarded-For right to left from a trusted proxy', () => {
    expect(clientAddress(request('10.0.0.2', '203.0.113.9'), trusted)).toBe('203.0.113.9');
    // A client's own forged entries stand left of the address the proxy saw.
    expect(clientAddress(request('10.0.0.2', '1.2.3.4, 203.0.113.9'), trusted)).toBe('203.0.113.9');
    // Two proxies of ours: the first one's entry is skipped too.
    expect(clientAddress(request('10.0.0.2', '203.0.113.9, 10.0.0.3'), trusted)).toBe(
      '203.0.113.9',
    );
    expect(clientAddress(request('10.0.0.2', ['203.0.113.9', '10.0.0.3']), trusted)).toBe(
      '203.0.113.9',
    );
    expect(clientAddress(request('10.0.0.2', '2001:db8::1'), trusted)).toBe('2001:db8::1');
  });

  it('falls back to the peer when the header is missing, all ours, or garbage', () => {
    expect(clientAddress(request('10.0.0.2'), trusted)).toBe('10.0.0.2');
    expect(clientAddress(request('10.0.0.2', '10.0.0.5'), trusted)).toBe('10.0.0.2');
    expect(clientAddress(request('10.0.0.2', 'evil, unknown'), trusted)).toBe('10.0.0.2');
  });
});

describe('clientKey', () => {
  it('keeps IPv4 addresses and takes the /64 of IPv6 ones', () => {
    expect(clientKey('203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:0db8:0001:0002::')).toBe('2001:db8:1:2::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('unknown')).toBe('unknown');
  });
});
