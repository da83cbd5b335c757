// The popup within Chrome's 600 × 600 px (issue 13): with twenty saved items it stays in, and the
// saved-list page holds the rest; the icons are in the manifest and the package.
import type { Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { expect, test } from './support';

/** Writes `count` saved pages straight into the extension's database, newest last. */
async function seedSaved(page: Page, count: number) {
  await page.evaluate(async (n) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('samskab-extension', 1);
      open.onupgradeneeded = () =>
        open.result.createObjectStore('opportunities', { keyPath: 'id' });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('opportunities', 'readwrite');
    for (let i = 1; i <= n; i++) {
      tx.objectStore('opportunities').put({
        id: `page:${i}`,
        title: `Frivillig opgave nummer ${i} med en titel, der er lang nok til at fylde to linjer`,
        url: `https://frivillig.example/${i}`,
        note: 'En note, der kun vises på listesiden.',
        status: 'interested',
        deadline: '2027-02-01',
        savedAt: i,
        updatedAt: i,
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}

test('the popup stays within 600 px with 20 saved items; the list page has them all', async ({
  context,
  extensionId,
  receiver,
  tabIdOf,
}) => {
  const site = await context.newPage();
  await site.goto(`${receiver.url}/`);
  const popup = await context.newPage();
  // Chrome sizes a popup to its content, up to 800 × 600: measure the content at popup width.
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await seedSaved(popup, 20);
  await popup.goto(
    `chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(`${receiver.url}/`)}`,
  );
  await expect(popup.getByTestId('detected').locator('li').first()).toBeVisible();
  await expect(popup.getByTestId('saved').getByRole('link')).toHaveCount(3);
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  expect(height, 'the popup’s height').toBeLessThanOrEqual(600);
  await expectNoViolations(popup, 'popup with 20 saved');

  // By keyboard: to the saved-list page.
  const all = popup.getByRole('button', { name: 'Se og redigér alle gemte (20)' });
  await all.focus();
  const opening = context.waitForEvent('page');
  await popup.keyboard.press('Enter');
  const list = await opening;
  await list.waitForURL(/\/saved\.html$/);
  await expect(list.getByTestId('saved').getByRole('link')).toHaveCount(20);
  await expect(list.getByTestId('saved').getByLabel('Note').first()).toHaveValue(
    'En note, der kun vises på listesiden.',
  );
  await expectNoViolations(list, 'saved-list page');
});

test('the icons are packaged and named in the manifest', async ({ background, extensionId }) => {
  const manifest = await background.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }
    ).chrome.runtime.getManifest(),
  );
  const sizes = ['16', '32', '48', '128'];
  expect(Object.keys((manifest as { icons: object }).icons)).toEqual(sizes);
  expect(
    Object.keys((manifest as { action: { default_icon: object } }).action.default_icon),
  ).toEqual(sizes);
  for (const size of sizes) {
    const png = await background.evaluate(async (url) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return {
        ok: response.ok,
        type: [...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join(''),
      };
    }, `chrome-extension://${extensionId}/icon/${size}.png`);
    expect(png, size).toEqual({ ok: true, type: 'PNG' });
  }
  // The name and description come from _locales, in the browser's language (Danish here).
  const description = await background.evaluate(() =>
    (
      globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string } } }
    ).chrome.i18n.getMessage('extDescription'),
  );
  expect(description).toBe(
    'Find kommunernes samskabelsesudfordringer, gem muligheder, og svar på dem.',
  );
});
