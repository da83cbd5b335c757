// An answer's status link (protocol 1.1): `/api/status/<token>` on the receiver's public origin.
// The token is an HMAC-SHA256 of the answer's id with the receiver's secret: 256 bits nobody can
// guess or derive from the reference, the same every time it is computed (a replay's receipt gets
// the same link), and worthless without the secret.
import { createHmac } from 'node:crypto';

export const STATUS_PATH = '/api/status/';

/** base64url of the HMAC: 43 characters. */
export const statusToken = (secret: string, answerId: string): string =>
  createHmac('sha256', secret).update(`status:${answerId.toLowerCase()}`).digest('base64url');

/** Only what statusToken makes is looked up: anything else is a 404 without a query. */
export const isStatusToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);

export const statusUrl = (origin: string, token: string): string =>
  `${origin}${STATUS_PATH}${token}`;
