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

const TYPED_REFERENCE = new RegExp(
  `^(?:SK[\\s-]*)?([${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}})$`,
);

/**
 * A reference as people type it or read it aloud: any case, with or without `SK-` (or `SK `), with
 * spaces around or inside ("sk zgz 79x"), as it is stored (`SK-ZGZ79X`); undefined when it is not
 * one. Look-alikes are not mapped (0 is not O): a reference that does not exist is not found.
 */
export function readReference(text: string): string | undefined {
  const compact = text.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
  const match = TYPED_REFERENCE.exec(compact);
  return match ? `SK-${match[1]}` : undefined;
}
