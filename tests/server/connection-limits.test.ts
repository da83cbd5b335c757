// Connection limits against a real receiver: a cap per client address, a cap in all, and an idle
// deadline for a client that stops reading its response.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../server/data/db';
import { migrate } from '../../server/data/migrations';
import type { RunningReceiver } from '../../server/start';
import { startTestReceiver } from './fixtures';
import { openConnection, type RawConnection } from './http-client';

// One database for all (opening PGlite takes seconds), a receiver per test.
let db: Database;
beforeAll(async () => {
  db = await openDatabase({ kind: 'memory' });
  await migrate(db);
});
afterAll(() => db.close());

let receiver: RunningReceiver | undefined;
let errors: unknown[] = [];
const held: RawConnection[] = [];

afterEach(async () => {
  for (const connection of held.splice(0)) connection.destroy();
  await receiver?.close();
  receiver = undefined;
  expect(errors).toEqual([]);
});

async function start(connections: Parameters<typeof startTestReceiver>[0]) {
  ({ receiver, errors } = await startTestReceiver({ db, ...connections }));
  return receiver;
}

/** Opens `count` connections that send nothing, and keeps them open. */
async function hold(base: string, count: number) {
  for (let i = 0; i < count; i++) held.push(await openConnection(base));
  // The server counts a connection when it accepts it: let it see all of them.
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const served = async (base: string) => (await fetch(`${base}/api/challenges`)).status;

describe('connection limits', { timeout: 20_000 }, () => {
  it('closes a client’s connection above its cap at once, and serves it again when one ends', async () => {
    const { url } = await start({ connections: { perClient: 3 } });
    await hold(url, 3);
    const extra = await openConnection(url);
    extra.write('GET /api/challenges HTTP/1.1\r\nHost: receiver\r\n\r\n');
    const end = await extra.ended;
    expect(end.status).toBeUndefined();
    expect(end.afterMs).toBeLessThan(1000);
    held.pop()!.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await served(url)).toBe(200);
  });

  it('when full, closes the oldest connection still sending its headers to serve a new one', async () => {
    const { url } = await start({ connections: { max: 2, perClient: 0 } });
    await hold(url, 2);
    const [oldest, younger] = held as [RawConnection, RawConnection];
    const extra = await openConnection(url);
    extra.write('GET /api/challenges HTTP/1.1\r\nHost: receiver\r\nConnection: close\r\n\r\n');
    expect((await extra.ended).status).toBe(200);
    const end = await oldest.ended;
    expect(end.status).toBeUndefined();
    expect(end.afterMs).toBeLessThan(1000);
    // The younger one was not needed: it is still open.
    let youngerClosed = false;
    void younger.ended.then(() => {
      youngerClosed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(youngerClosed).toBe(false);
  });

  it('when every connection is busy with a request, refuses the new one', async () => {
    const { url } = await start({ connections: { max: 2, perClient: 0 } });
    // Two requests in progress: headers in, the body still to come.
    for (let i = 0; i < 2; i++) {
      const busy = await openConnection(url);
      busy.write(
        'POST /api/submissions HTTP/1.1\r\nHost: receiver\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
      );
      held.push(busy);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const extra = await openConnection(url);
    extra.write('GET /api/challenges HTTP/1.1\r\nHost: receiver\r\n\r\n');
    expect((await extra.ended).status).toBeUndefined();
    for (const connection of held.splice(0)) connection.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await served(url)).toBe(200);
  });

  it('does not cap the trusted reverse proxy, through which everyone arrives', async () => {
    const { url } = await start({
      connections: { perClient: 3 },
      trustedProxies: ['127.0.0.1'],
    });
    await hold(url, 10);
    expect(await served(url)).toBe(200);
  });

  it('no per-client cap when set to 0 (all clients behind one proxy)', async () => {
    const { url } = await start({ connections: { perClient: 0 } });
    await hold(url, 80);
    expect(await served(url)).toBe(200);
  });

  it('ends a connection whose client stops reading the response', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samskab-idle-'));
    const size = 32 * 1024 * 1024;
    writeFileSync(join(dir, 'big.js'), Buffer.alloc(size, 'a'));
    try {
      const { url } = await start({
        staticDirs: { widget: dir },
        connections: { idleMs: 300 },
      });
      const { hostname, port } = new URL(url);
      const socket = connect(Number(port), hostname);
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write('GET /widget/big.js HTTP/1.1\r\nHost: receiver\r\n\r\n');
      socket.pause();
      // Socket buffers fill within milliseconds; then nothing moves and the deadline passes.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      let received = 0;
      socket.on('data', (part: Buffer) => {
        received += part.length;
      });
      socket.on('error', () => undefined);
      socket.resume();
      await new Promise((resolve) => socket.once('close', resolve));
      expect(received).toBeGreaterThan(0);
      expect(received).toBeLessThan(size);
      expect(await served(url)).toBe(200);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
