// The token in the status page's forms (withdrawing the answer, stopping its news mails). The
// status link itself is the capability; this token proves the POST comes from a form the receiver
// served for that answer and that purpose within the last hour, so a page elsewhere that learned a
// link cannot make a visitor's browser post it, nor can a mail scanner that follows links. It is
// the time it was made and an HMAC-SHA256 of the answer's id, the purpose and that time with the
// receiver's secret: nothing stored, checked by computing it again.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type StatusFormPurpose = 'withdraw' | 'stop-news';

/** How long a form stays good: long enough to read the page, short enough to be of no use later. */
export const STATUS_FORM_TTL_MS = 60 * 60_000;

const tagOf = (secret: string, answerId: string, purpose: StatusFormPurpose, madeAt: number) =>
  createHmac('sha256', secret)
    .update(`status-form:${purpose}:${answerId.toLowerCase()}:${madeAt}`)
    .digest('base64url');

export function statusFormToken(
  secret: string,
  answerId: string,
  purpose: StatusFormPurpose,
  now: Date,
): string {
  const madeAt = Math.floor(now.getTime() / 1000);
  return `${madeAt}.${tagOf(secret, answerId, purpose, madeAt)}`;
}

/** Whether `token` was made for this answer and purpose, and within STATUS_FORM_TTL_MS of `now`. */
export function isStatusFormToken(
  secret: string,
  answerId: string,
  purpose: StatusFormPurpose,
  token: string | null | undefined,
  now: Date,
): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '');
  if (!match) return false;
  const madeAt = Number(match[1]);
  const age = now.getTime() - madeAt * 1000;
  // A little ahead is a clock a receiver beside this one reads differently.
  if (age > STATUS_FORM_TTL_MS || age < -60_000) return false;
  const given = Buffer.from(match[2]!);
  const expected = Buffer.from(tagOf(secret, answerId, purpose, madeAt));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
