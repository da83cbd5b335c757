// Issue 22 point 6: right to left. The widget's styles use logical sides, so a root with
// `dir="rtl"` mirrors the layout: the send button, the error summary's bar, the checkboxes beside
// their labels, the text in buttons and the back arrow change sides, and focus moves in reading
// order. The direction is set on the root here, so that both directions are measured with the
// same words; the Arabic and Farsi catalogues set it the same way (languages.spec.ts checks the
// send button's side with their words).
import type { Page, TestInfo } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';

type Direction = 'ltr' | 'rtl';

async function setDirection(page: Page, dir: Direction) {
  await page.evaluate((value) => {
    document.querySelector('[data-samskab]')!.shadowRoot!.querySelector('section')!.dir = value;
  }, dir);
}

/** Where things sit, in px from the widget's own left and right edges. */
function measure(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-samskab]')!.shadowRoot!;
    const section = root.querySelector('section')!.getBoundingClientRect();
    const box = (selector: string) => {
      const r = root.querySelector(selector)!.getBoundingClientRect();
      return { left: r.left - section.left, right: section.right - r.right };
    };
    // The first line of text in the first kind button: where the words start.
    const kind = root.querySelector('.kinds .btn')!;
    const range = document.createRange();
    range.selectNodeContents(kind.firstChild!);
    const words = range.getBoundingClientRect();
    const kindBox = kind.getBoundingClientRect();
    const summary = getComputedStyle(root.querySelector('.notice.err')!);
    const publish = root.querySelector('input[name=publish]')!.getBoundingClientRect();
    const publishLabel = root.querySelector('input[name=publish]')!.closest('label')!;
    const labelRange = document.createRange();
    labelRange.selectNodeContents(publishLabel.lastChild!);
    return {
      direction: getComputedStyle(root.querySelector('section')!).direction,
      send: box('button[type=submit]'),
      discard: box('form .row button[type=button]'),
      back: getComputedStyle(root.querySelector('.ic')!).transform,
      kindWords: { left: words.left - kindBox.left, right: kindBox.right - words.right },
      summaryBar: { left: summary.borderLeftWidth, right: summary.borderRightWidth },
      checkboxBeforeLabel:
        publish.left < labelRange.getBoundingClientRect().left ? 'left of it' : 'right of it',
    };
  });
}

/** A screenshot of the widget, kept in the test's output folder (test-results/…) and attached. */
async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(name);
  await page.locator('[data-samskab]').screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('right to left: the form mirrors, and focus moves in reading order', async ({
  page,
  openWidget,
}, testInfo) => {
  await openWidget();
  await setDirection(page, 'rtl');
  await expectNoViolations(page, 'rtl list');
  await screenshot(page, testInfo, 'rtl-list.png');
  await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
  await page.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await page.getByRole('button', { name: 'Send svar' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'rtl form with errors');
  const rtl = await measure(page);
  await screenshot(page, testInfo, 'rtl-form-errors.png');

  await setDirection(page, 'ltr');
  const ltr = await measure(page);
  await screenshot(page, testInfo, 'ltr-form-errors.png');

  expect([ltr.direction, rtl.direction]).toEqual(['ltr', 'rtl']);
  // The send button sits as far from the right edge as it sat from the left.
  expect(Math.abs(rtl.send.right - ltr.send.left)).toBeLessThanOrEqual(1);
  expect(rtl.send.left).toBeGreaterThan(ltr.send.left + 100);
  // The discard button follows it, to its left.
  expect(rtl.discard.right).toBeGreaterThan(rtl.send.right);
  expect(Math.abs(rtl.kindWords.right - ltr.kindWords.left)).toBeLessThanOrEqual(1);
  expect(ltr.summaryBar).toEqual({ left: '4px', right: '0px' });
  expect(rtl.summaryBar).toEqual({ left: '0px', right: '4px' });
  expect(ltr.checkboxBeforeLabel).toBe('left of it');
  expect(rtl.checkboxBeforeLabel).toBe('right of it');
  // The back arrow points the other way; a symmetric icon would not be turned.
  expect(ltr.back).toBe('none');
  expect(rtl.back).toBe('matrix(-1, 0, 0, 1, 0, 0)');

  // Focus moves in reading order: from "Send svar" to "Slet kladde", which is on its left.
  await setDirection(page, 'rtl');
  await page.getByRole('button', { name: 'Send svar' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Slet kladde' })).toBeFocused();
});

test('a Danish widget on a right-to-left page stays left to right and does not widen it', async ({
  page,
  openWidget,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openWidget();
  await page.evaluate(() => {
    document.documentElement.dir = 'rtl';
  });
  await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
  await page.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await expect(page.getByLabel('Hvad ser du?')).toBeVisible();
  const layout = await page.evaluate(() => ({
    direction: getComputedStyle(
      document.querySelector('[data-samskab]')!.shadowRoot!.querySelector('section')!,
    ).direction,
    pageWidth: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  expect(layout.direction).toBe('ltr');
  expect(layout.pageWidth).toBeLessThanOrEqual(layout.viewport);
});
