// Two real HTTP servers on 127.0.0.1 for the feed fetch's limits (issue 13): one streams a
// 200 MB chunked feed for as long as the client keeps reading, and redirects to the other, a
// second origin whose feed is valid. Every response allows any origin (CORS), so a refusal the
// tests see is the feed fetch's own, never the browser's.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const HUGE_FEED_BYTES = 200 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, ' ');

export type HugeStream = {
  /** Bytes written into the socket so far. */
  sent: number;
  /** Resolves when the response ended: `abandoned` when the client went away before the end. */
  ended: Promise<{ abandoned: boolean; sent: number; ms: number }>;
};

export type HostileFeeds = {
  /** The origin that streams and redirects, e.g. http://127.0.0.1:41234. */
  origin: string;
  /** Another origin (another port), serving a valid feed at /feed.json. */
  otherOrigin: string;
  /** The streams of /huge.json, in the order they were asked for. */
  huge: HugeStream[];
  /** Requests the other origin received. */
  otherHits: string[];
  close(): Promise<void>;
};

const cors = { 'Access-Control-Allow-Origin': '*' };

function streamHuge(res: ServerResponse, streams: HugeStream[]) {
  const start = Date.now();
  const stream: HugeStream = {
    sent: 0,
    ended: Promise.resolve({ abandoned: false, sent: 0, ms: 0 }),
  };
  stream.ended = new Promise((resolve) => {
    res.on('close', () =>
      resolve({
        abandoned: stream.sent < HUGE_FEED_BYTES,
        sent: stream.sent,
        ms: Date.now() - start,
      }),
    );
  });
  streams.push(stream);
  // No Content-Length: chunked, so the size is known only by reading.
  res.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
  res.write('{"challenges":[],"pad":"');
  const pump = () => {
    while (stream.sent < HUGE_FEED_BYTES && !res.destroyed) {
      stream.sent += CHUNK.length;
      if (!res.write(CHUNK)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end('"}');
  };
  pump();
}

const VALID_FEED = JSON.stringify({
  challenges: [
    {
      id: 'omdirigeret',
      title: 'Fra en anden side',
      framing: 'Denne udfordring kom efter en omdirigering.',
      url: 'https://elsewhere.example/omdirigeret',
    },
  ],
});

function serveFeed(res: ServerResponse) {
  res.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
  res.end(VALID_FEED);
}

async function listen(server: Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function startHostileFeeds(): Promise<HostileFeeds> {
  const huge: HugeStream[] = [];
  const otherHits: string[] = [];
  const other = createServer((req, res) => {
    otherHits.push(req.url ?? '');
    serveFeed(res);
  });
  const otherOrigin = await listen(other);
  const main = createServer((req: IncomingMessage, res: ServerResponse) => {
    // The widget asks the feed in its language (`?locale=`): the path says which feed.
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/huge.json') return streamHuge(res, huge);
    if (path === '/moved.json') {
      res.writeHead(302, { ...cors, Location: `${otherOrigin}/feed.json` });
      return res.end();
    }
    if (path === '/moved-here.json') {
      res.writeHead(301, { ...cors, Location: '/feed.json' });
      return res.end();
    }
    if (path === '/feed.json') return serveFeed(res);
    res.writeHead(404, cors);
    res.end();
  });
  const origin = await listen(main);
  return {
    origin,
    otherOrigin,
    huge,
    otherHits,
    async close() {
      main.closeAllConnections();
      other.closeAllConnections();
      await Promise.all([
        new Promise((resolve) => main.close(resolve)),
        new Promise((resolve) => other.close(resolve)),
      ]);
    },
  };
}
