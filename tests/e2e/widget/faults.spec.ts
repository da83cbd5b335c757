// Faults between the widget and the receiver: a receiver killed mid-drain, connections cut after
// the receiver stored the answer, requests that hang past the client's timeout, a slow receiver,
// the browser closed while sending, and a client clock a day off. Each answer arrives once.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../../playwright.config';
import { openDatabase } from '../../../server/data/db';
import { listSubmissions } from '../../../server/data/submissions';
import { spawnReceiver } from '../../support/spawn-receiver';
import { expect, submissionRows, test } from '../support/fixtures';
import { openHostPage } from '../support/host-page';
import { queuedAnswer, seedOutbox } from '../support/outbox-seed';
import { outboxIdle, sendNeed } from './support';

const reference = /Dit referencenummer/;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The states the page's own outbox holds, read from its IndexedDB. */
function outboxStates(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('samskab', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('outbox').objectStore('outbox').getAll();
          request.onsuccess = () => {
            open.result.close();
            const items = request.result as { id: string; state: string }[];
            resolve(Object.fromEntries(items.map((item) => [item.id, item.state])));
          };
        };
      }),
  );
}

test('receiver killed (SIGKILL) mid-drain of 200 and restarted: all arrive, none twice', async ({
  page,
  host,
}) => {
  test.setTimeout(150_000);
  const port = String(await freePort());
  const dataDir = mkdtempSync(join(tmpdir(), 'samskab-kill-'));
  const env = {
    PORT: port,
    SAMSKAB_DATA_DIR: dataDir,
    SAMSKAB_ALLOWED_ORIGINS: host.origin,
    SAMSKAB_RATE_LIMIT: '100000/60',
  };
  let receiver = await spawnReceiver({ env });
  try {
    const endpoint = `${receiver.url}/api/submissions`;
    const items = Array.from({ length: 200 }, (_, i) => queuedAnswer(endpoint, 1_000 + i));
    const created = new Map<string, number>();
    page.on('response', (response) => {
      const id = response.request().headers()['idempotency-key'];
      if (id && response.status() === 201) created.set(id, (created.get(id) ?? 0) + 1);
    });
    await page.goto(host.serve('/seed.html', '<!doctype html><title>seed</title>', {}));
    await seedOutbox(page, items);
    await openHostPage(page, host, receiver.url, {
      script: { endpoint, challenges: `${receiver.url}/api/challenges` },
    });
    await expect.poll(() => created.size, { timeout: 30_000 }).toBeGreaterThanOrEqual(40);
    expect(await receiver.stop('SIGKILL')).toBeNull();
    const shownDelivered = Object.entries(await outboxStates(page))
      .filter(([, state]) => state === 'delivered')
      .map(([id]) => id);
    expect(shownDelivered.length).toBeGreaterThanOrEqual(40);
    expect(shownDelivered.length).toBeLessThan(200);

    receiver = await spawnReceiver({ env });
    await expect
      .poll(
        async () => Object.values(await outboxStates(page)).filter((s) => s === 'delivered').length,
        {
          timeout: 90_000,
          intervals: [1000],
        },
      )
      .toBe(200);
    expect(await receiver.stop('SIGTERM')).toBe(0);

    const db = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const stored = (await listSubmissions(db)).map((row) => row.id);
      expect(new Set(stored).size).toBe(200);
      expect(stored).toHaveLength(200);
      expect(stored).toEqual(expect.arrayContaining(shownDelivered));
    } finally {
      await db.close();
    }
    expect([...created.values()].every((count) => count === 1)).toBe(true);
  } finally {
    await receiver.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('connection cut after the receiver stored the answer: retried, stored once, same reference', async ({
  page,
  openWidget,
  receiver,
}) => {
  let cut = 0;
  await page.route(`${receiver.url}/api/submissions`, async (route) => {
    if (route.request().method() !== 'POST' || cut > 0) return route.fallback();
    cut += 1;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await openWidget();
  await sendNeed(page, 'Svaret kom frem, men svaret gik tabt');
  await expect(page.getByText(reference).first()).toBeVisible({ timeout: 20_000 });
  expect(cut).toBe(1);
  const rows = await receiver.submissions();
  expect(rows).toHaveLength(1);
  await expect(page.getByText(reference).first()).toContainText(rows[0]!.reference);
});

test('a request that hangs past the client timeout is retried and delivered once', async ({
  page,
  openWidget,
  receiver,
}) => {
  test.setTimeout(90_000);
  const posts: number[] = [];
  await page.route(`${receiver.url}/api/submissions`, async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    posts.push(Date.now());
    // The first request never gets an answer; the client gives up after 20 s.
    if (posts.length === 1) return new Promise<void>(() => undefined);
    return route.fallback();
  });
  await openWidget();
  await sendNeed(page, 'Første forsøg hang');
  await expect(page.getByText(reference).first()).toBeVisible({ timeout: 45_000 });
  expect(posts).toHaveLength(2);
  expect(posts[1]! - posts[0]!).toBeGreaterThanOrEqual(20_000);
  expect(await submissionRows(receiver)).toHaveLength(1);
});

test('a receiver answering after 5 s: one request, waited for, delivered', async ({
  page,
  openWidget,
  receiver,
}) => {
  const posts: number[] = [];
  await page.route(`${receiver.url}/api/submissions`, async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    posts.push(Date.now());
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    return route.fallback();
  });
  await openWidget();
  await sendNeed(page, 'Langsom modtager');
  await expect(page.getByText(reference).first()).toBeVisible({ timeout: 20_000 });
  expect(Date.now() - posts[0]!).toBeGreaterThanOrEqual(5_000);
  await outboxIdle(page);
  expect(posts).toHaveLength(1);
  expect(await submissionRows(receiver)).toHaveLength(1);
});

test('the browser closed while sending: reopened with the same profile, the outbox resumes', async ({
  host,
  receiver,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'samskab-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: chromiumArgs,
      headless: true,
    });
  const options = {
    script: {
      endpoint: `${receiver.url}/api/submissions`,
      challenges: `${receiver.url}/api/challenges`,
    },
  };
  try {
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    // The first request is held until the browser is gone.
    await first.route(`${receiver.url}/api/submissions`, (route) =>
      route.request().method() === 'POST' ? new Promise<void>(() => undefined) : route.fallback(),
    );
    await openHostPage(page, host, receiver.url, options);
    const sending = page.waitForRequest((r) => r.method() === 'POST');
    await sendNeed(page, 'Sendt lige før browseren lukkede');
    await sending;
    // Whether the held request still reached the receiver as the browser went down varies;
    // either way the reopened outbox finds the answer unfinished and it ends up stored once.
    await first.close();

    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    await openHostPage(again, host, receiver.url, options);
    await expect(again.getByText(reference).first()).toBeVisible({ timeout: 20_000 });
    expect((await submissionRows(receiver)).map((row) => row.text.body)).toEqual([
      'Sendt lige før browseren lukkede',
    ]);
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a client clock a day ahead: accepted, createdAt as the client said, receivedAt the server’s', async ({
  page,
  openWidget,
  receiver,
}) => {
  const day = 86_400_000;
  await page.addInitScript((skew) => {
    const RealDate = Date;
    class SkewedDate extends RealDate {
      constructor(...args: []) {
        if (args.length > 0) super(...args);
        else super(RealDate.now() + skew);
      }
      static override now() {
        return RealDate.now() + skew;
      }
    }
    window.Date = SkewedDate as DateConstructor;
  }, day);
  await openWidget();
  await sendNeed(page, 'Mit ur går forkert');
  await expect(page.getByText(reference).first()).toBeVisible({ timeout: 20_000 });
  const [row] = await receiver.submissions();
  const now = Date.now();
  expect(Math.abs(row!.receivedAt.getTime() - now)).toBeLessThan(60_000);
  expect(Math.abs(Date.parse(row!.submission!.createdAt) - (now + day))).toBeLessThan(60_000);
});
