// A tiny static server on 127.0.0.1 for the pages the benchmark builds (host pages without the
// widget, with the Preact floor, with large inline feeds). Loopback only.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TinyServer {
  readonly origin: string;
  serve(path: string, body: string, type?: string): string;
  close(): Promise<void>;
}

export async function startTinyServer(): Promise<TinyServer> {
  const files = new Map<string, { body: string; type: string }>();
  const server = createServer((req, res) => {
    const file = files.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, {
        'Content-Type': file.type,
        'Cache-Control': 'no-store',
        'Access-Control-Allow-Origin': '*',
      })
      .end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // `localhost`: another origin than the receiver on 127.0.0.1, as a municipal site would be.
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    serve(path, body, type = 'text/html; charset=utf-8') {
      files.set(path, { body, type });
      return `${origin}${path}`;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
