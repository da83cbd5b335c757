import { randomInt as cryptoRandomInt } from 'node:crypto';

import { REFERENCE_ALPHABET, REFERENCE_LENGTH } from '../../utils/schema/reference';

export { REFERENCE_ALPHABET, REFERENCE_PATTERN } from '../../utils/schema/reference';

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
