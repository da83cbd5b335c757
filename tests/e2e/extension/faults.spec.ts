// Faults between the extension's background outbox and the real receiver: the connection cut
// after the receiver stored the answer, a receiver that answers after 5 s, and the receiver
// killed (SIGKILL) mid-drain and restarted. Each answer arrives once.
//
// page.route does not reliably see a service worker's requests, so the faults are played by a
// small HTTP proxy on 127.0.0.1 in front of the receiver. The e2e build's host permission covers
// 127.0.0.1 on any port, so the proxy's origin is an endpoint like any other; the receiver
// renders the demo page from the Host header, which the proxy passes on, so the page's endpoint
// is the proxy's URL.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { openDatabase } from '../../../server/data/db';
import { listSubmissions } from '../../../server/data/submissions';
import type { OutboxItem } from '../../../utils/outbox';
import { spawnReceiver } from '../../support/spawn-receiver';
import { queuedAnswer } from '../support/outbox-seed';
import { type ExtensionFixtures, expect, openPanel, saveFromDemoPage, test } from './support';

/** What the proxy does with one POST: pass it, cut the connection once stored, or delay. */
type Fault = 'pass' | 'cut-after-stored' | { delayMs: number };

interface FaultProxy {
  readonly url: string;
  /** When each POST reached the proxy and when its response went back (or was cut). */
  readonly posts: { at: number; answeredAt?: number; fault: Fault }[];
  close(): Promise<void>;
}

const readBody = (message: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => resolve(Buffer.concat(chunks)));
    message.on('error', reject);
  });

/**
 * Forwards everything to `target`, Host header included. Every response closes its connection,
 * so Chromium never reuses a socket and cannot retry a cut POST by itself: any second attempt is
 * the outbox's. `faultFor(n)` picks the fault for the n-th POST (0-based).
 */
async function startFaultProxy(
  target: string,
  faultFor: (n: number) => Fault,
): Promise<FaultProxy> {
  const upstream = new URL(target);
  const posts: FaultProxy['posts'] = [];
  let ownUrl = '';
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const post: FaultProxy['posts'][number] | undefined =
      req.method === 'POST' ? { at: Date.now(), fault: faultFor(posts.length) } : undefined;
    if (post) posts.push(post);
    const forwarded = httpRequest({
      host: upstream.hostname,
      port: upstream.port,
      method: req.method,
      path: req.url,
      headers: req.headers,
      agent: false,
    });
    forwarded.on('error', () => res.destroy());
    forwarded.on('response', async (answer) => {
      const answerBody = await readBody(answer);
      if (post?.fault === 'cut-after-stored') {
        post.answeredAt = Date.now();
        req.socket.destroy();
        return;
      }
      const delayMs = typeof post?.fault === 'object' ? post.fault.delayMs : 0;
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (post) post.answeredAt = Date.now();
      // As a deployment's SAMSKAB_PUBLIC_ORIGIN would: pages name the proxy as the receiver.
      const html = String(answer.headers['content-type']).startsWith('text/html');
      const out = html
        ? Buffer.from(answerBody.toString('utf8').replaceAll(upstream.origin, ownUrl))
        : answerBody;
      res.writeHead(answer.statusCode ?? 502, {
        ...answer.headers,
        'content-length': String(out.length),
        connection: 'close',
      });
      res.end(out);
    });
    forwarded.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  ownUrl = `http://127.0.0.1:${port}`;
  return {
    url: ownUrl,
    posts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The extension's outbox, read from its IndexedDB inside the (current) service worker. */
function outboxItems(worker: Worker): Promise<OutboxItem[]> {
  return worker.evaluate(
    () =>
      new Promise<OutboxItem[]>((resolve, reject) => {
        const open = indexedDB.open('samskab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('outbox').objectStore('outbox').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as OutboxItem[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** The running service worker: Chromium may have stopped and revived it since the fixture. */
const currentWorker = (context: BrowserContext, extensionId: string): Worker => {
  const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId));
  if (!worker) throw new Error('the extension has no service worker');
  return worker;
};

/**
 * Puts a fault proxy in front of the receiver, saves the challenge from the demo page seen
 * through it and sends `body` from the side panel. The proxy closes after the test.
 */
const faultTest = test.extend<{
  answerThroughProxy: (
    faultFor: (n: number) => Fault,
    body: string,
  ) => Promise<{ proxy: FaultProxy; panel: Page }>;
}>({
  answerThroughProxy: async ({ context, extensionId, tabIdOf, receiver }, use) => {
    const proxies: FaultProxy[] = [];
    await use(async (faultFor, body) => {
      const proxy = await startFaultProxy(receiver.url, faultFor);
      proxies.push(proxy);
      await saveFromDemoPage(context, extensionId, `${proxy.url}/`, tabIdOf);
      const panel = await openPanel(context, extensionId, proxy.url);
      await panel.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
      await panel.getByLabel('Hvad ser du?').fill(body);
      await panel.getByRole('button', { name: 'Send svar' }).click();
      return { proxy, panel };
    });
    await Promise.all(proxies.map((proxy) => proxy.close()));
  },
});

const reference = /Dit referencenummer/;

/** One row holds `body`; the panel and the outbox show its reference after `attempts` tries. */
async function expectStoredOnce(
  receiver: ExtensionFixtures['receiver'],
  background: Worker,
  panel: Page,
  body: string,
  attempts: number,
): Promise<void> {
  const rows = await receiver.submissions();
  expect(rows.map((row) => row.submission?.text.body)).toEqual([body]);
  await expect(panel.getByText(reference).first()).toContainText(rows[0]!.reference);
  const items = await outboxItems(background);
  expect(items).toEqual([
    expect.objectContaining({ state: 'delivered', attempts, reference: rows[0]!.reference }),
  ]);
}

faultTest(
  'connection cut after the receiver stored the answer: retried, stored once, same reference',
  async ({ answerThroughProxy, receiver, background }) => {
    const body = 'Svaret kom frem, men kvitteringen gik tabt.';
    const { proxy, panel } = await answerThroughProxy(
      (n) => (n === 0 ? 'cut-after-stored' : 'pass'),
      body,
    );
    await expect(panel.getByText(reference).first()).toBeVisible({ timeout: 30_000 });
    expect(proxy.posts.map((post) => post.fault)).toEqual(['cut-after-stored', 'pass']);
    // The retry is the outbox's (after its backoff, by the alarm), not the network stack's.
    expect(proxy.posts[1]!.at - proxy.posts[0]!.answeredAt!).toBeGreaterThanOrEqual(900);
    await expectStoredOnce(receiver, background, panel, body, 2);
  },
);

faultTest(
  'a receiver answering after 5 s: one request, sending meanwhile, delivered',
  async ({ answerThroughProxy, receiver, background }) => {
    const body = 'Langsom modtager.';
    const { proxy, panel } = await answerThroughProxy(() => ({ delayMs: 5_000 }), body);
    await expect.poll(() => proxy.posts.length).toBe(1);
    // Stored by the receiver, still waiting for its answer in the extension.
    await expect.poll(async () => (await receiver.submissions()).length).toBe(1);
    expect((await outboxItems(background)).map((item) => item.state)).toEqual(['sending']);
    await expect(panel.getByText('Sendes …').first()).toBeVisible();

    await expect(panel.getByText(reference).first()).toBeVisible({ timeout: 30_000 });
    expect(proxy.posts).toHaveLength(1);
    expect(proxy.posts[0]!.answeredAt! - proxy.posts[0]!.at).toBeGreaterThanOrEqual(5_000);
    await expectStoredOnce(receiver, background, panel, body, 1);
  },
);

test('receiver killed (SIGKILL) mid-drain of 200 and restarted on its data: all arrive, none twice', async ({
  context,
  extensionId,
  background,
}) => {
  test.setTimeout(300_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'samskab-ext-kill-'));
  const env = { SAMSKAB_DATA_DIR: dataDir, SAMSKAB_RATE_LIMIT: '100000/60' };
  let receiver = await spawnReceiver({ env });
  try {
    const endpoint = `${receiver.url}/api/submissions`;
    const items = Array.from({ length: 200 }, (_, i) => queuedAnswer(endpoint, 1_000 + i));
    // Written where the worker's outbox keeps them, then the worker woken as an alarm would.
    await background.evaluate(
      (list) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('samskab');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('outbox', 'readwrite');
            for (const item of list) tx.objectStore('outbox').put(item);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      items,
    );
    await background.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { alarms: { create(name: string, info: { when: number }): Promise<void> } };
      };
      await chrome.alarms.create('samskab-outbox', { when: Date.now() });
    });
    const delivered = async () =>
      (await outboxItems(currentWorker(context, extensionId))).filter(
        (item) => item.state === 'delivered',
      );
    await expect
      .poll(async () => (await delivered()).length, { timeout: 60_000, intervals: [50] })
      .toBeGreaterThanOrEqual(10);
    expect(await receiver.stop('SIGKILL')).toBeNull();
    const shownDelivered = (await delivered()).map((item) => item.id);
    expect(shownDelivered.length).toBeLessThan(200);

    // Same port and data: the queued items name this endpoint.
    receiver = await spawnReceiver({ env: { ...env, PORT: new URL(endpoint).port } });
    await expect
      .poll(async () => (await delivered()).length, { timeout: 200_000, intervals: [1_000] })
      .toBe(200);
    expect(await receiver.stop('SIGTERM')).toBe(0);

    const db = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const stored = (await listSubmissions(db)).map((row) => row.id);
      expect(stored).toHaveLength(200);
      expect(new Set(stored)).toEqual(new Set(items.map((item) => item.id)));
      expect(stored).toEqual(expect.arrayContaining(shownDelivered));
    } finally {
      await db.close();
    }
  } finally {
    await receiver.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
