// Staff passwords, hashed with scrypt from node:crypto: memory-hard, so a stolen table is slow to
// guess through, and each guess at the login costs the guesser ~50 ms of server work that the
// throttle (throttle.ts) then limits. The stored form names its parameters, so they can be raised
// later without locking anyone out: an old hash still verifies, and `needsRehash` says to upgrade.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptCost {
  /** CPU/memory cost, a power of two. 2^15 with r = 8 takes 32 MiB and ~50 ms here. */
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

export const DEFAULT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** Node refuses scrypt above 32 MiB by default; 2^15 × 8 needs exactly that, so allow headroom. */
const maxmem = (cost: ScryptCost) => 256 * cost.N * cost.r;

/** At least this many characters: the desk holds personal data. */
export const MIN_PASSWORD_LENGTH = 12;
/** scrypt reads the whole input; a megabyte "password" must not cost a megabyte of hashing. */
export const MAX_PASSWORD_LENGTH = 200;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_BYTES,
      { ...cost, maxmem: maxmem(cost) },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** `scrypt$N$r$p$salt$key`, salt and key in base64url. */
export async function hashPassword(
  password: string,
  cost: ScryptCost = DEFAULT_COST,
): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost);
  return [
    'scrypt',
    cost.N,
    cost.r,
    cost.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

function parse(stored: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | undefined {
  const [scheme, N, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return undefined;
  const cost = { N: Number(N), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((n) => Number.isInteger(n) && n > 0)) return undefined;
  return { cost, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

/**
 * Whether `password` matches `stored`. Compared in constant time; a malformed or missing hash
 * (an account whose password was never set) is a plain mismatch, after the same work as a real
 * check, so a login does not reveal which accounts have passwords.
 */
export async function verifyPassword(
  password: string,
  stored: string | null | undefined,
): Promise<boolean> {
  const parsed = stored ? parse(stored) : undefined;
  const salt = parsed?.salt ?? randomBytes(SALT_BYTES);
  const cost = parsed?.cost ?? DEFAULT_COST;
  const key = await derive(password.slice(0, MAX_PASSWORD_LENGTH), salt, cost);
  return (
    parsed !== undefined && parsed.key.length === key.length && timingSafeEqual(parsed.key, key)
  );
}

/** True when `stored` was made with other parameters than today's: hash again at the next login. */
export function needsRehash(stored: string, cost: ScryptCost = DEFAULT_COST): boolean {
  const parsed = parse(stored);
  return (
    !parsed || parsed.cost.N !== cost.N || parsed.cost.r !== cost.r || parsed.cost.p !== cost.p
  );
}

/** What is wrong with a new password, in Danish for the form; undefined when it is acceptable. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Adgangskoden skal være mindst ${MIN_PASSWORD_LENGTH} tegn.`;
  if (password.length > MAX_PASSWORD_LENGTH)
    return `Adgangskoden må højst være ${MAX_PASSWORD_LENGTH} tegn.`;
  if (password.trim() !== password)
    return 'Adgangskoden må ikke begynde eller slutte med mellemrum.';
  return undefined;
}
