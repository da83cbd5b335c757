// The receiver's log: one JSON line per request and per error (pino), for the municipality's log
// collection. What a line may hold is fixed here: the time, the method, the route's pattern (never
// the URL: its query may hold a one-time token or a person's name), the status, the duration, the
// client's address as SAMSKAB_TRUSTED_PROXIES makes it, a request id that ties an error to its
// request, and on a request refused for its page's origin, that origin (a site, never a person). Never a query string, a header, a cookie, a body or anything a person wrote: errors are
// logged by name, code and a short message, and database errors arrive without their values
// (server/data/db-error.ts).
import { createWriteStream } from 'node:fs';
import pino from 'pino';

export type Logger = pino.Logger;

/** `stdout`, `off`, or a file to append to (SAMSKAB_LOG). */
export function createLogger(destination: string): Logger {
  if (destination === 'off') return pino({ enabled: false });
  const stream =
    destination === 'stdout' ? pino.destination(1) : createWriteStream(destination, { flags: 'a' });
  return pino(
    {
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    stream,
  );
}

export interface RequestLine {
  readonly id: string;
  readonly method: string;
  /** The route table's pattern (`/desk/answers/:id`, `/widget/*`), or `-` for none. */
  readonly route: string;
  readonly status: number;
  readonly ms: number;
  readonly client: string;
  /**
   * On a request refused for its page's origin: that origin, as a browser sends it (no path, no
   * control characters; `invalid` for anything else, server/http/origin.ts).
   */
  readonly origin?: string;
}

/**
 * What of an error may be logged: its kind, its code and a short message with anything it quotes
 * left out (a parser's message quotes its input, which may be what a person wrote).
 */
export function errorFields(error: unknown): { name: string; code?: string; message: string } {
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = (error instanceof Error ? error.message : String(error))
    .replace(/(["'`«»“”]).*?(["'`«»“”])/gs, '$1…$2')
    .slice(0, 200);
  return { name, ...(typeof code === 'string' ? { code } : {}), message };
}
