import { type ClientRequest, type IncomingMessage, request } from 'node:http';
import { connect } from 'node:net';

/**
 * Posts `answer` to the receiver at `url` with `Expect: 100-continue`: the headers go at once,
 * and the caller sends `body` on the request's 'continue', which comes when the receiver's handler
 * starts reading it (server/http/request-body.ts), so the answer is surely in flight then.
 */
export function postAwaitingContinue(
  url: string,
  answer: { readonly id: string },
  onResponse: (res: IncomingMessage) => void,
): { req: ClientRequest; body: Buffer } {
  const body = Buffer.from(JSON.stringify(answer));
  const { hostname, port } = new URL(url);
  const req = request(
    {
      hostname,
      port,
      method: 'POST',
      path: '/api/submissions',
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': body.length,
        'Idempotency-Key': answer.id,
        Expect: '100-continue',
      },
    },
    onResponse,
  );
  return { req, body };
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/**
 * A request exactly as written: fetch normalises paths ("/a/../b" → "/b") and will not set Host,
 * and a body sent in chunks without Content-Length needs the stream API anyway.
 */
export function rawRequest(
  base: string,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    chunks?: readonly (string | Buffer)[];
  },
): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname,
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(parts).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    // The server may answer (413) and close before the whole body is written; the answer counts.
    req.on('error', reject);
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

/** What a raw connection got from the server by the time the server closed it. */
export interface ConnectionEnd {
  /** The status of the first response, if one arrived. */
  readonly status: number | undefined;
  /** Everything the server sent, as text. */
  readonly text: string;
  /** Milliseconds from opening the connection to its close. */
  readonly afterMs: number;
  /** Set when the connection ended in an error (e.g. ECONNRESET) rather than a clean close. */
  readonly error: string | undefined;
}

export interface RawConnection {
  /** Writes now; ignored once the connection is gone. */
  write(data: string | Buffer): void;
  /** Writes `data` every `everyMs` until the connection closes: a slow client. */
  trickle(data: string, everyMs: number): void;
  /** Resolves once the server has sent `text` (e.g. `HTTP/1.1 100 Continue`). */
  received(text: string): Promise<void>;
  /** Resolves when the server (or an error) closes the connection; never rejects. */
  readonly ended: Promise<ConnectionEnd>;
  destroy(): void;
}

/**
 * A TCP connection with nothing in between: for clients that misbehave in ways an HTTP client
 * library will not (headers sent a line at a time, a body that never finishes).
 */
export function openConnection(base: string): Promise<RawConnection> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const openedAt = Date.now();
    const received: Buffer[] = [];
    const timers: NodeJS.Timeout[] = [];
    let error: string | undefined;
    const awaited: { text: string; resolve: () => void }[] = [];
    socket.on('data', (part: Buffer) => {
      received.push(part);
      const text = Buffer.concat(received).toString('utf8');
      for (const wait of awaited.filter((w) => text.includes(w.text))) {
        awaited.splice(awaited.indexOf(wait), 1);
        wait.resolve();
      }
    });
    socket.on('error', (cause: NodeJS.ErrnoException) => {
      error = cause.code ?? cause.message;
    });
    const ended = new Promise<ConnectionEnd>((done) => {
      socket.on('close', () => {
        for (const timer of timers) clearInterval(timer);
        const text = Buffer.concat(received).toString('utf8');
        const status = /^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1];
        done({
          status: status ? Number(status) : undefined,
          text,
          afterMs: Date.now() - openedAt,
          error,
        });
      });
    });
    const write = (data: string | Buffer) => {
      if (!socket.destroyed && socket.writable) socket.write(data);
    };
    socket.once('connect', () =>
      resolve({
        write,
        trickle: (data, everyMs) => {
          timers.push(setInterval(() => write(data), everyMs));
        },
        received: (text) =>
          Buffer.concat(received).toString('utf8').includes(text)
            ? Promise.resolve()
            : new Promise((resolve) => awaited.push({ text, resolve })),
        ended,
        destroy: () => socket.destroy(),
      }),
    );
    socket.once('error', reject);
  });
}
