// Loads the built extension unpacked into Debian's headless Chromium, next to a real receiver.
//
// Playwright can neither click the toolbar button (so activeTab is never granted) nor answer a
// permission prompt. The tests therefore load the `e2e` build (`npm run build:extension:e2e`,
// `.output/chrome-mv3-e2e`), which differs from the shipped one only by a host permission for
// http://127.0.0.1/* and http://localhost/*, and open `popup.html?tab=<id>` to name the tab the
// popup reads (a real popup reads the active tab).
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  type BrowserContext,
  test as base,
  chromium,
  expect,
  type Page,
  type Worker,
} from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../../playwright.config';
import { PROJECT_ROOT } from '../../../server/config';
import { startReceiver } from '../../../server/start';
import { receiverLog } from '../support/receiver-log';

const OUTPUT = join(import.meta.dirname, '..', '..', '..', '.output');
export const EXTENSION_DIR = join(OUTPUT, 'chrome-mv3-e2e');
/** `wxt build --mode e2e-all`: the e2e build with `<all_urls>` granted ("every site" on). */
export const EXTENSION_ALL_SITES_DIR = join(OUTPUT, 'chrome-mv3-e2e-all');

/** The little of `chrome` the tests call inside the service worker. */
export type ChromeGlobal = {
  chrome: {
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    storage: { local: { get(k: null): Promise<Record<string, unknown>> } };
  };
};

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

export interface ExtensionFixtures {
  /** Which build to load: EXTENSION_DIR unless a spec says `test.use({ extensionDir })`. */
  extensionDir: string;
  /** Each test starts its own browser with the extension: give it more than the default. */
  roomyTimeout: undefined;
  context: BrowserContext;
  background: Worker;
  extensionId: string;
  receiver: Receiver;
  /** The id of the tab showing `url`, as the background sees it. */
  tabIdOf: (url: string) => Promise<number>;
}

export const test = base.extend<ExtensionFixtures>({
  roomyTimeout: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take no dependencies here.
    async ({}, use, testInfo) => {
      testInfo.setTimeout(Math.max(testInfo.timeout, 240_000));
      await use(undefined);
    },
    { auto: true },
  ],
  extensionDir: [EXTENSION_DIR, { option: true }],
  context: async ({ extensionDir }, use) => {
    if (!existsSync(join(extensionDir, 'manifest.json'))) {
      throw new Error(`${extensionDir} is missing: run npm run build:extension:e2e`);
    }
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath,
      headless: true,
      // A Danish browser, as a Danish volunteer's: the extension speaks the browser's language
      // until one is chosen in its settings.
      locale: 'da-DK',
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--lang=da',
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
      log: receiverLog(),
      port: 0,
      database: { kind: 'memory' },
      rateLimit: { limit: 10_000, windowMs: 60_000 },
    });
    await use(receiver);
    // A test may have stopped it already to play an outage.
    await receiver.close().catch(() => undefined);
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

export const CHALLENGE = /Færre ensomme aftener/;

/** Opens the demo page and the popup for its tab, and saves the challenge matching `title`. */
export async function saveFromDemoPage(
  context: BrowserContext,
  extensionId: string,
  siteUrl: string,
  tabIdOf: (url: string) => Promise<number>,
  title = CHALLENGE,
): Promise<Page> {
  const site = await context.newPage();
  await site.goto(siteUrl);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 700 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(siteUrl)}`);
  await popup
    .getByTestId('detected')
    .getByRole('button', { name: new RegExp(`^Gem: ${title.source}`) })
    .click();
  await expect(popup.getByTestId('saved').getByRole('link', { name: title })).toBeVisible();
  return popup;
}

/** The side panel's address for a challenge saved from `receiverUrl`'s demo page. */
export async function panelUrl(
  extensionId: string,
  receiverUrl: string,
  title = CHALLENGE,
): Promise<string> {
  const response = await fetch(`${receiverUrl}/api/challenges`);
  const { challenges } = (await response.json()) as { challenges: { id: string; title: string }[] };
  const challenge = challenges.find((c) => title.test(c.title))!;
  const id = `challenge:${receiverUrl}/api/submissions#${challenge.id}`;
  return `chrome-extension://${extensionId}/sidepanel.html?id=${encodeURIComponent(id)}`;
}

/** The side panel page for a challenge saved from `receiverUrl`'s demo page. */
export async function openPanel(
  context: BrowserContext,
  extensionId: string,
  receiverUrl: string,
  title = CHALLENGE,
): Promise<Page> {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(await panelUrl(extensionId, receiverUrl, title));
  await expect(panel.getByRole('heading', { name: title })).toBeVisible();
  return panel;
}

/** Everything the extension keeps, read inside its service worker. */
export function storedData(background: Worker) {
  return background.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    const read = (name: string, stores: string[]) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const counts: Record<string, number> = {};
          const present = stores.filter((s) => db.objectStoreNames.contains(s));
          if (!present.length) return resolve(counts);
          const tx = db.transaction(present, 'readonly');
          for (const s of present) {
            const count = tx.objectStore(s).count();
            count.onsuccess = () => {
              counts[s] = count.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
        };
      });
    return {
      local: await chrome.storage.local.get(null),
      samskab: await read('samskab', ['drafts', 'outbox']),
      extension: await read('samskab-extension', ['opportunities']),
    };
  });
}

/** Switches the extension to English in its settings (it starts in the browser's Danish). */
export async function chooseEnglish(context: BrowserContext, extensionId: string): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Sprog').selectOption('en');
  await options.getByRole('button', { name: 'Gem indstillinger' }).click();
  await expect(options.getByRole('heading', { name: 'Your profile' })).toBeVisible();
  await options.close();
}

/**
 * Where a test writes a picture the repository keeps (`extension/screenshots/…`,
 * `extension/store/…`): there only with SAMSKAB_UPDATE_SCREENSHOTS=1, otherwise in the test's own
 * output folder, so that `npm test` leaves the working tree as it found it.
 */
export function keptPicture(pathInRepository: string): string {
  return process.env.SAMSKAB_UPDATE_SCREENSHOTS === '1'
    ? join(PROJECT_ROOT, pathInRepository)
    : test.info().outputPath(basename(pathInRepository));
}
