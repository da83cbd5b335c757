// Issue 13, at 390 px (a phone): the list's deadline is never cut, nothing overflows the widget
// sideways, and the receipt's reference never wraps mid-code. Measured, not eyeballed: scrollWidth
// against clientWidth for every element that clips, and the deadline's own text box.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

/** Elements in the widget's shadow root whose content is wider than their box and clipped. */
function clipped(page: Page, except: string[] = []) {
  return page.evaluate((skip) => {
    const root = document.querySelector('[data-samskab]')!.shadowRoot!;
    const found: string[] = [];
    const section = root.querySelector('section')!;
    if (section.scrollWidth > section.clientWidth) found.push(`section ${section.scrollWidth}`);
    for (const element of root.querySelectorAll<HTMLElement>('*')) {
      if (skip.some((selector) => element.matches(selector))) continue;
      const style = getComputedStyle(element);
      if (style.overflowX === 'visible' && style.textOverflow !== 'ellipsis') continue;
      if (element.scrollWidth > element.clientWidth + 1)
        found.push(`${element.tagName.toLowerCase()}.${element.className}: ${element.textContent}`);
    }
    return found;
  }, except);
}

test.use({ viewport: { width: 390, height: 844 } });

test('at 390 px: the deadline is whole on the card, nothing overflows; the challenge and the receipt too', async ({
  page,
  openWidget,
}) => {
  await openWidget();
  const card = page.getByRole('button', { name: /Færre ensomme aftener/ });
  await expect(card).toBeVisible();
  // The card's meta line may cut area and theme with an ellipsis, never the deadline.
  const deadline = await card.locator('.meta').evaluate((meta) => {
    const text = meta.lastChild!;
    const range = document.createRange();
    const whole = text.textContent!;
    const end = whole.indexOf(' · ');
    range.setStart(text, 0);
    range.setEnd(text, end < 0 ? whole.length : end);
    return {
      text: range.toString(),
      right: range.getBoundingClientRect().right,
      box: meta.getBoundingClientRect().right,
    };
  });
  expect(deadline.text).toBe('Frist 31. marts 2027');
  expect(deadline.right).toBeLessThanOrEqual(deadline.box);
  expect(await clipped(page, ['.meta', '.card', '.t'])).toEqual([]);

  await card.click();
  await expect(page.getByText('Frist: 31. marts 2027', { exact: false })).toBeVisible();
  expect(await clipped(page)).toEqual([]);

  await page.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await page.getByLabel('Hvad ser du?').fill('Min nabo på 87 sidder alene hver aften.');
  await page.getByRole('button', { name: 'Send svar' }).click();
  const code = page.locator('[data-samskab] .nw').first();
  await expect(code).toHaveText(/^SK-\w{6}$/);
  // One line box: the reference is not broken after "SK-".
  expect(await code.evaluate((span) => span.getClientRects().length)).toBe(1);
  expect(await clipped(page)).toEqual([]);
});
