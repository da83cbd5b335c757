import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../server/config';
import { parseTrustedProxies } from '../../server/http/trusted-proxies';

describe('trusted proxies', () => {
  it('match single addresses and ranges, IPv4 and IPv6, also IPv4 on a dual-stack socket', () => {
    const trusted = parseTrustedProxies([' 10.0.0.1', '192.168.0.0/16', 'fd00::/8', '::1']);
    expect(trusted('10.0.0.1')).toBe(true);
    expect(trusted('::ffff:10.0.0.1')).toBe(true);
    expect(trusted('10.0.0.2')).toBe(false);
    expect(trusted('192.168.44.5')).toBe(true);
    expect(trusted('fd12:3456::1')).toBe(true);
    expect(trusted('fe80::1')).toBe(false);
    expect(trusted('::1')).toBe(true);
    expect(trusted(undefined)).toBe(false);
    expect(trusted('not an address')).toBe(false);
    expect(trusted.ranges).toEqual(['10.0.0.1/32', '192.168.0.0/16', 'fd00::/8', '::1/128']);
  });

  it('trusts no one when empty', () => {
    expect(parseTrustedProxies([])('127.0.0.1')).toBe(false);
    expect(parseTrustedProxies(['', ' '])('127.0.0.1')).toBe(false);
  });

  it('refuses what is not an address or range, naming the variable', () => {
    for (const bad of ['10.0.0.0/33', 'fd00::/129', 'proxy.lunde.dk', '10.0.0.0/x', '*']) {
      expect(() => parseTrustedProxies([bad])).toThrow(ConfigError);
      expect(() => parseTrustedProxies([bad])).toThrow(/SAMSKAB_TRUSTED_PROXIES/);
    }
  });
});
