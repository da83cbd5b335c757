// Issue 22 points 6 and 10 in the extension: its pages mirror under `dir="rtl"` (set from the
// language, on the page and its root; until the Arabic catalogue is merged the test sets it the
// same way), and their colours follow the system, as the extension is on no host page.
import type { Page, TestInfo } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { expect, openPanel, saveFromDemoPage, test } from './support';

async function setDirection(page: Page, dir: 'ltr' | 'rtl') {
  await page.evaluate((value) => {
    document.documentElement.dir = value;
    document.getElementById('app')!.shadowRoot!.querySelector('main')!.dir = value;
  }, dir);
}

/** Where an element's first line of text starts, in px from its box's left and right edges. */
function textSides(page: Page, selector: string) {
  return page.evaluate((which) => {
    const element = document.getElementById('app')!.shadowRoot!.querySelector(which)!;
    const range = document.createRange();
    range.selectNodeContents(element);
    const text = range.getClientRects()[0]!;
    const box = element.getBoundingClientRect();
    return { left: Math.round(text.left - box.left), right: Math.round(box.right - text.right) };
  }, selector);
}

function pageLayout(page: Page) {
  return page.evaluate(() => {
    const main = document.getElementById('app')!.shadowRoot!.querySelector('main')!;
    const item = main.querySelector('.opps li');
    return {
      dir: document.documentElement.dir,
      background: getComputedStyle(main).backgroundColor,
      itemBorder: item && getComputedStyle(item).borderTopStyle,
    };
  });
}

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(name);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('popup and side panel mirror right to left and follow the system colours', async ({
  context,
  extensionId,
  receiver,
  tabIdOf,
}, testInfo) => {
  const popup = await saveFromDemoPage(context, extensionId, `${receiver.url}/`, tabIdOf);
  // Danish is left to right; the list's items have their border (it named a colour never set).
  expect(await pageLayout(popup)).toEqual({
    dir: 'ltr',
    background: 'rgb(255, 255, 255)',
    itemBorder: 'solid',
  });
  const ltrHeading = await textSides(popup, 'h1');
  await setDirection(popup, 'rtl');
  const rtlHeading = await textSides(popup, 'h1');
  expect(Math.abs(rtlHeading.right - ltrHeading.left)).toBeLessThanOrEqual(1);
  expect(rtlHeading.left).toBeGreaterThan(ltrHeading.left + 100);
  await expectNoViolations(popup, 'popup, right to left');
  await screenshot(popup, testInfo, 'popup-rtl.png');
  await popup.emulateMedia({ colorScheme: 'dark' });
  expect((await pageLayout(popup)).background).toBe('rgb(22, 24, 28)');
  await expectNoViolations(popup, 'popup, dark');

  const panel = await openPanel(context, extensionId, receiver.url);
  await setDirection(panel, 'rtl');
  await panel.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await panel.getByRole('button', { name: 'Send svar' }).click();
  await expect(panel.getByRole('alert')).toBeVisible();
  const send = await panel.getByRole('button', { name: 'Send svar' }).boundingBox();
  const width = await panel.evaluate(() => document.documentElement.clientWidth);
  // The send button starts the row from the right.
  expect(send!.x + send!.width).toBeGreaterThan(width / 2);
  await setDirection(panel, 'ltr');
  const ltrSend = await panel.getByRole('button', { name: 'Send svar' }).boundingBox();
  expect(ltrSend!.x + ltrSend!.width).toBeLessThan(width / 2);
  await setDirection(panel, 'rtl');
  await expectNoViolations(panel, 'side panel form with errors, right to left');
  await screenshot(panel, testInfo, 'sidepanel-rtl.png');
});
