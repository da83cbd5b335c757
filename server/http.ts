import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export type BodyResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'too-large' | 'not-utf8' };

/**
 * Reads at most `limit` bytes. A declared Content-Length over the limit is refused before a byte is
 * read; a chunked body stops being read the moment it passes the limit, so nobody can make the
 * receiver buffer more than `limit` bytes per request.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.resolve({ ok: false, reason: 'too-large' });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve({ ok: false, reason: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('error', reject);
    req.on('end', () => {
      try {
        // fatal: bytes that are not UTF-8 are refused rather than silently turned into U+FFFD.
        resolve({
          ok: true,
          text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)),
        });
      } catch {
        resolve({ ok: false, reason: 'not-utf8' });
      }
    });
  });
}

/** `application/json`, optionally with `charset=utf-8`; anything else is a 415. */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every(
    (param) => !param.startsWith('charset=') || /^charset="?utf-8"?$/.test(param),
  );
}
