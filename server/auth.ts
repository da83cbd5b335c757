import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** The token from `Authorization: Bearer …`, else from `?token=` (a link a browser can open). */
export function presentedToken(req: IncomingMessage, url: URL): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1] ?? url.searchParams.get('token') ?? undefined;
}

/**
 * Compares hashes rather than the tokens themselves: timingSafeEqual needs equal lengths, and
 * hashing first means neither the length nor a prefix of the token leaks through timing.
 */
export function createTokenCheck(expected: string): (presented: string | undefined) => boolean {
  if (expected.length === 0) throw new Error('the inbox token must not be empty');
  const expectedHash = sha256(expected);
  return (presented) => presented !== undefined && timingSafeEqual(sha256(presented), expectedHash);
}
