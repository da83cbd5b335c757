// Reading a posted form, as every desk form posts it, within the receiver's body deadline.
import type { IncomingMessage } from 'node:http';
import { readBody } from '../http/request-body';

/** Forms carry at most a few answers' worth of text (an answer registered by hand: 8,000 chars). */
export const MAX_FORM_BYTES = 256 * 1024;

export type FormResult =
  | { ok: true; form: URLSearchParams }
  | { ok: false; status: 400 | 408 | 413 | 415; reason: string };

/** Reads an `application/x-www-form-urlencoded` body, as every desk form posts. */
export async function readForm(req: IncomingMessage, timeoutMs: number): Promise<FormResult> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    return { ok: false, status: 415, reason: 'Formularen blev ikke sendt som en formular.' };
  }
  const body = await readBody(req, { maxBytes: MAX_FORM_BYTES, timeoutMs });
  if (body.ok) return { ok: true, form: new URLSearchParams(body.text) };
  switch (body.reason) {
    case 'too-large':
      return { ok: false, status: 413, reason: 'Formularen er for stor.' };
    case 'timeout':
    case 'aborted':
      return { ok: false, status: 408, reason: 'Formularen nåede ikke frem i tide. Prøv igen.' };
    case 'not-utf8':
      return { ok: false, status: 400, reason: 'Formularen var ikke UTF-8.' };
  }
}
