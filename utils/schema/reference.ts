// An answer's reference, as the receiver makes it and people read it aloud: `SK-7F3K2Q`. In the
// shared schema because answers name one another by it (`relatesTo`).
import * as z from 'zod/mini';

/**
 * Digits and capitals without the look-alikes 0/O, 1/I/L and U (Crockford's reasoning): a citizen
 * reads the reference aloud on the phone or types it from a screenshot.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERENCE_LENGTH = 6;
export const REFERENCE_PATTERN = new RegExp(`^SK-[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`);

export const Reference = z
  .string()
  .check(z.regex(REFERENCE_PATTERN, { message: 'must be a reference like SK-7F3K2Q' }));
