import { test as base, expect, type Page } from '@playwright/test';
import { startReceiver } from '../../../server/start';
import { type HostPageOptions, HostServer, openHostPage } from './host-page';
import { receiverLog } from './receiver-log';

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

export interface Fixtures {
  /** A real receiver on 127.0.0.1 with an in-memory PGlite, one per test. */
  receiver: Receiver;
  /** The municipal site: another origin than the receiver, as in real life. */
  host: HostServer;
  hostOrigin: string;
  openWidget: (options?: HostPageOptions, onPage?: Page) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take no dependencies here.
  host: async ({}, use) => {
    const host = await HostServer.start();
    await use(host);
    await host.close();
  },
  receiver: async ({ host }, use) => {
    const receiver = await startReceiver({
      log: receiverLog(),
      port: 0,
      database: { kind: 'memory' },
      allowedOrigins: [host.origin],
      rateLimit: { limit: 10_000, windowMs: 60_000 },
    });
    await use(receiver);
    await receiver.close();
  },
  hostOrigin: async ({ host }, use) => {
    await use(host.origin);
  },
  openWidget: async ({ page, receiver, host }, use) => {
    await use(async (options = {}, onPage = page) => {
      await openHostPage(onPage, host, receiver.url, {
        ...options,
        script: {
          endpoint: `${receiver.url}/api/submissions`,
          challenges: `${receiver.url}/api/challenges`,
          ...options.script,
        },
      });
      // The answer chunk has loaded (or failed with a visible notice): the widget is interactive.
      await expect(onPage.locator('[data-samskab] section[data-ready]').first()).toBeAttached();
    });
  },
});

export { expect };

/** What the receiver stored, oldest first. */
export async function submissionRows(receiver: Receiver) {
  return (await receiver.submissions()).map((row) => row.submission!).reverse();
}

/** Sends the answer being written, waits for the receipt, and returns the one answer stored. */
export async function sendTheOnlyAnswer(page: Page, receiver: Receiver) {
  await page.getByRole('button', { name: 'Send svar' }).click();
  await expect(page.getByRole('heading', { name: 'Tak! Dit svar er sendt.' })).toBeVisible();
  const rows = await submissionRows(receiver);
  expect(rows).toHaveLength(1);
  return rows[0]!;
}
