import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { syntheticFeed } from '../support/synthetic-feed';

/** Sums layout shifts not caused by input, from the page's very start. */
function recordLayoutShift(page: Page) {
  return page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShift = (page: Page) =>
  page.evaluate(() => (window as unknown as { shift: number }).shift);

for (const count of [10, 1000]) {
  test(`${count} challenges: no layout shift below the widget, list paged and searchable`, async ({
    page,
    openWidget,
  }) => {
    await recordLayoutShift(page);
    await openWidget({ inline: syntheticFeed(count), script: { challenges: '' } });
    await expect(page.getByRole('button', { name: /Udfordring nummer 0 / })).toBeVisible();
    await page.waitForTimeout(300);
    // Long tasks are measured by `npm run bench`: here Playwright's own polling would count too.
    const shift = await layoutShift(page);
    expect(shift).toBe(0);
    await expect(page.getByRole('listitem')).toHaveCount(5);
    await page.getByLabel('Søg').fill(`nummer ${count - 1} `);
    await expect(
      page.getByRole('button', { name: new RegExp(`Udfordring nummer ${count - 1} `) }),
    ).toBeVisible();
  });
}

for (const width of [1280, 360]) {
  test(`one challenge at ${width} px: no layout shift below the widget`, async ({
    page,
    openWidget,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await recordLayoutShift(page);
    await openWidget({ mounts: [{ challenge: 'ensomhed-lunde' }] });
    await expect(page.getByRole('button', { name: /Tilbyd en ressource/ })).toBeVisible();
    await page.waitForTimeout(300);
    expect(await layoutShift(page)).toBe(0);
  });
}
