import { randomInt as cryptoRandomInt } from 'node:crypto';

/**
 * Digits and capitals without the look-alikes 0/O, 1/I/L and U (Crockford's reasoning): a citizen
 * reads the reference aloud on the phone or types it from a screenshot.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERENCE_LENGTH = 6;
export const REFERENCE_PATTERN = new RegExp(`^SK-[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`);

/** Returns an integer in [0, maxExclusive). Injected so tests can force collisions. */
export type RandomInt = (maxExclusive: number) => number;

/** A short reference like `SK-7F3K2Q`: 30^6 ≈ 729 million, and the database keeps it unique. */
export function generateReference(randomInt: RandomInt = cryptoRandomInt): string {
  let code = '';
  for (let i = 0; i < REFERENCE_LENGTH; i++) {
    code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  }
  return `SK-${code}`;
}
