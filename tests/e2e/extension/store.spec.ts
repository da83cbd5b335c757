// What a store listing needs from the running extension: 1280×800 screenshots (the Chrome Web
// Store's size), taken here from the real extension on the demo page, and the privacy policy page
// packaged with it (public/privacy.html), accessible in both of its languages.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { CHALLENGE, expect, keptPicture, openPanel, saveFromDemoPage, test } from './support';

const WIDTH = 1280;
const HEIGHT = 800;
const SIDE = 420;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string) {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The page on the left and the extension's page on the right, as one 1280×800 picture. */
async function compose(context: BrowserContext, site: Page, side: Page, name: string) {
  await site.setViewportSize({ width: WIDTH - SIDE, height: HEIGHT });
  await side.setViewportSize({ width: SIDE, height: HEIGHT });
  const left = (await site.screenshot()).toString('base64');
  const right = (await side.screenshot()).toString('base64');
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: WIDTH, height: HEIGHT });
  await sheet.setContent(
    `<body style="margin:0;display:flex;background:#fff">
<img alt="" src="data:image/png;base64,${left}" width="${WIDTH - SIDE}" height="${HEIGHT}">
<img alt="" src="data:image/png;base64,${right}" width="${SIDE}" height="${HEIGHT}" style="box-shadow:-2px 0 8px rgb(0 0 0 / 35%)">
</body>`,
  );
  await expect(sheet.locator('img')).toHaveCount(2);
  await sheet.waitForFunction(() => [...document.images].every((img) => img.complete));
  const path = keptPicture(`extension/store/${name}`);
  await sheet.screenshot({ path });
  await sheet.close();
  expect(pngSize(path)).toEqual({ width: WIDTH, height: HEIGHT });
}

test('1280×800 store screenshots: finding a challenge, and answering it', async ({
  context,
  extensionId,
  receiver,
  tabIdOf,
}) => {
  const popup = await saveFromDemoPage(context, extensionId, `${receiver.url}/`, tabIdOf);
  const site = context.pages().find((page) => page.url() === `${receiver.url}/`)!;
  await expect(site.locator('[data-samskab] section[data-ready]').first()).toBeAttached();
  await expect(popup.getByTestId('saved').getByRole('link', { name: CHALLENGE })).toBeVisible();
  await compose(context, site, popup, 'find-and-save.png');

  const panel = await openPanel(context, extensionId, receiver.url);
  await panel.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await panel.getByLabel('Hvad ser du?').fill('Bussen til Lunde kører ikke efter kl. 18.');
  await expect(panel.getByLabel('Hvad ser du?')).toBeFocused();
  await panel.getByLabel('Hvad ser du?').blur();
  await compose(context, site, panel, 'answer-from-side-panel.png');
});

test('the packaged privacy policy is there, in Danish and English, and passes axe', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  const response = await page.goto(`chrome-extension://${extensionId}/privacy.html`);
  expect(response?.ok()).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('privatlivspolitik');
  await expect(page.locator('#en')).toHaveAttribute('lang', 'en');
  // Both languages say the same things: where data is kept, what is sent, how to delete it.
  for (const phrase of ['storage.local', 'IndexedDB', '30', '180']) {
    await expect(page.locator('#da')).toContainText(phrase);
    await expect(page.locator('#en')).toContainText(phrase);
  }
  await expect(page.locator('#da')).toContainText('Slet alle mine data');
  await expect(page.locator('#en')).toContainText('Delete all my data');
  await expectNoViolations(page, 'privacy policy');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(page, 'privacy policy, dark');
  // Keyboard: the language links are reachable and move to their section.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Dansk' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'English' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#en$/);
});
