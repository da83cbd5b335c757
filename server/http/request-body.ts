import type { IncomingMessage, ServerResponse } from 'node:http';

const waitingToContinue = new WeakMap<IncomingMessage, ServerResponse>();

/**
 * For a request with `Expect: 100-continue` (server.on('checkContinue')): the 100 is sent only when
 * a handler starts reading the body, after its cheap checks (rate, content type, declared size)
 * passed, so a client about to be refused does not send its body first.
 */
export function holdContinue(req: IncomingMessage, res: ServerResponse): void {
  waitingToContinue.set(req, res);
}

function continueRequest(req: IncomingMessage): void {
  const res = waitingToContinue.get(req);
  if (!res) return;
  waitingToContinue.delete(req);
  if (!res.headersSent) res.writeContinue();
}

export type BodyResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'too-large' | 'not-utf8' | 'timeout' | 'aborted' };

export interface BodyLimits {
  /** Bytes; a body over it is refused, and reading stops the moment it passes. */
  readonly maxBytes: number;
  /** Milliseconds from the start of reading until the whole body must be in. */
  readonly timeoutMs: number;
}

/**
 * Reads at most `maxBytes` bytes within `timeoutMs`. A declared Content-Length over the limit is
 * refused before a byte is read; a chunked body stops being read the moment it passes the limit, so
 * nobody can make the receiver buffer more than `maxBytes` per request. The deadline covers the
 * whole body, not the gap between bytes: a client trickling one byte every few seconds (slowloris)
 * would otherwise hold the request open for days within the size limit.
 */
export function readBody(req: IncomingMessage, limits: BodyLimits): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    return Promise.resolve({ ok: false, reason: 'too-large' });
  }
  // The checks before reading passed: now the client may send the body it held back.
  continueRequest(req);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), limits.timeoutMs);
    const finish = (result: BodyResult) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      // Whatever the client still sends is not read; the answer goes out with Connection: close.
      if (!result.ok) req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) return finish({ ok: false, reason: 'too-large' });
      chunks.push(chunk);
    };
    const onEnd = () => {
      try {
        // fatal: bytes that are not UTF-8 are refused rather than silently turned into U+FFFD.
        const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
        finish({ ok: true, text });
      } catch {
        finish({ ok: false, reason: 'not-utf8' });
      }
    };
    // The client went away mid-body (a closed tab, a lost connection): nobody to answer, and
    // nothing the receiver did wrong, so not an error to log.
    const onError = () => finish({ ok: false, reason: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
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
