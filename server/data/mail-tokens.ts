// The links in a mail that work without signing in: confirm an address, unsubscribe it. A token is
// the recipient's id and an HMAC-SHA256 of it with the receiver's secret and the link's purpose,
// base64url: 256 bits nobody can guess, nothing stored (a token is checked by computing it again),
// the same in every mail to the address, and dead once the recipient row is gone (a new row for
// the same address has a new id). A confirm token cannot unsubscribe and the other way round.
// `emailKey` finds an address again without reading it (server/data/tables/mail.ts).
import { createHmac, timingSafeEqual } from 'node:crypto';

export type MailLinkPurpose = 'confirm' | 'unsubscribe';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ID_BYTES = 16;
const TAG_BYTES = 32;
/** base64url of 48 bytes. */
const TOKEN = /^[A-Za-z0-9_-]{64}$/;

const tagOf = (secret: string, purpose: MailLinkPurpose, id: string) =>
  createHmac('sha256', secret).update(`mail-${purpose}:${id}`).digest();

export function mailToken(secret: string, purpose: MailLinkPurpose, recipientId: string): string {
  const id = recipientId.toLowerCase();
  if (!UUID.test(id)) throw new Error('a recipient id is a uuid');
  const idBytes = Buffer.from(id.replaceAll('-', ''), 'hex');
  return Buffer.concat([idBytes, tagOf(secret, purpose, id)]).toString('base64url');
}

/** The recipient's id when `token` is one of ours for `purpose`; undefined otherwise. */
export function readMailToken(
  secret: string,
  purpose: MailLinkPurpose,
  token: string | null | undefined,
): string | undefined {
  if (!token || !TOKEN.test(token)) return undefined;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length !== ID_BYTES + TAG_BYTES) return undefined;
  const hex = bytes.subarray(0, ID_BYTES).toString('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const tag = bytes.subarray(ID_BYTES);
  return timingSafeEqual(tag, tagOf(secret, purpose, id)) ? id : undefined;
}

export const MAIL_PATHS = {
  confirm: '/mail/confirm',
  unsubscribe: '/mail/unsubscribe',
} as const satisfies Record<MailLinkPurpose, string>;

/** The token travels in the query: nginx's log and the receiver's log keep paths only. */
export const mailLinkUrl = (
  origin: string,
  secret: string,
  purpose: MailLinkPurpose,
  recipientId: string,
): string => `${origin}${MAIL_PATHS[purpose]}?token=${mailToken(secret, purpose, recipientId)}`;

/** The form an address is compared in: trimmed, lower case. */
export const normalEmail = (email: string): string => email.trim().toLowerCase();

export const emailKey = (secret: string, email: string): string =>
  createHmac('sha256', secret)
    .update(`mail-address:${normalEmail(email)}`)
    .digest('base64url');

/** `karen@example.dk` → `k…@example.dk`: enough for a person to know it is theirs. */
export function maskedEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '…';
  return `${email.slice(0, 1)}…${email.slice(at)}`;
}
