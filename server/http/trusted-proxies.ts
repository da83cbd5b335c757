// Which peers are the municipality's own reverse proxies (SAMSKAB_TRUSTED_PROXIES: addresses and
// CIDR ranges, IPv4 and IPv6). Only from them is a header that speaks for someone else believed:
// the signed-in user in proxy sign-on mode (X-Forwarded-Email). From any other address such a
// header is ignored, as if the client had not sent it.
import { BlockList, isIP } from 'node:net';
import { ConfigError } from '../config-error';

export interface AddressMatcher {
  (address: string | undefined): boolean;
  /** The ranges as given, normalised (for the start-up summary). */
  readonly ranges: readonly string[];
}

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) is 10.0.0.1. */
export const plainAddress = (address: string) =>
  address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;

/** Parses `10.0.0.1, 10.1.0.0/16, ::1, fd00::/8`; refuses anything else with a ConfigError. */
export function parseTrustedProxies(items: readonly string[]): AddressMatcher {
  const list = new BlockList();
  const ranges: string[] = [];
  for (const raw of items) {
    const item = raw.trim();
    if (!item) continue;
    const [address = '', bits] = item.split('/');
    const family = isIP(address);
    const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits);
    if (
      family === 0 ||
      (bits !== undefined && !/^\d{1,3}$/.test(bits)) ||
      prefix > (family === 6 ? 128 : 32)
    ) {
      throw new ConfigError(
        `SAMSKAB_TRUSTED_PROXIES: "${item}" is not an address or a range like 10.0.0.0/8 or fd00::/8`,
      );
    }
    list.addSubnet(address, prefix, family === 6 ? 'ipv6' : 'ipv4');
    ranges.push(`${address}/${prefix}`);
  }
  const matches = (address: string | undefined) => {
    if (!address) return false;
    const plain = plainAddress(address);
    const family = isIP(plain);
    return family !== 0 && list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
  };
  return Object.assign(matches, { ranges });
}
