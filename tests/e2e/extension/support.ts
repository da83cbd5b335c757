// Loads the built extension unpacked into Debian's headless Chromium, next to a real receiver.
//
// Playwright can neither click the toolbar button (so activeTab is never granted) nor answer a
// permission prompt. The tests therefore load the `e2e` build (`npm run build:extension:e2e`,
// `.output/chrome-mv3-e2e`), which differs from the shipped one only by a host permission for
// http://127.0.0.1/* and http://localhost/*, and open `popup.html?tab=<id>` to name the tab the
// popup reads (a real popup reads the active tab).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, test as base, chromium, expect, type Worker } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../../playwright.config';
import { startReceiver } from '../../../server/start';

export const EXTENSION_DIR = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '.output',
  'chrome-mv3-e2e',
);

/** The little of `chrome` the tests call inside the service worker. */
export type ChromeGlobal = {
  chrome: {
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    storage: { local: { get(k: null): Promise<Record<string, unknown>> } };
  };
};

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

export interface ExtensionFixtures {
  context: BrowserContext;
  background: Worker;
  extensionId: string;
  receiver: Receiver;
  /** The id of the tab showing `url`, as the background sees it. */
  tabIdOf: (url: string) => Promise<number>;
}

export const test = base.extend<ExtensionFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take no dependencies here.
  context: async ({}, use) => {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`${EXTENSION_DIR} is missing: run npm run build:extension:e2e`);
    }
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath,
      headless: true,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        ...chromiumArgs,
      ],
    });
    await use(context);
    await context.close();
  },
  background: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
  // No allowed origin for the extension (the receiver takes only http(s) origins): with the
  // endpoint's host permission the background reads the reply without CORS.
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take no dependencies here.
  receiver: async ({}, use) => {
    const receiver = await startReceiver({
      port: 0,
      db: 'memory',
      rateLimit: { limit: 10_000, windowMs: 60_000 },
    });
    await use(receiver);
    await receiver.close();
  },
  tabIdOf: async ({ background }, use) => {
    await use(async (url) => {
      const id = await background.evaluate(async (wanted) => {
        const { chrome } = globalThis as unknown as ChromeGlobal;
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === wanted)?.id;
      }, url);
      if (id === undefined) throw new Error(`no tab shows ${url}`);
      return id;
    });
  },
});

export { expect };
