import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { syntheticFeed } from '../support/synthetic-feed';
import { effectsRun } from './support';

/** Sums layout shifts not caused by input, from the page's very start. */
function recordLayoutShift(page: Page) {
  return page.addInitScript(() => {
    const w = window as unknown as { shift: number; shifts: PerformanceObserver };
    w.shift = 0;
    const add = (entries: PerformanceEntryList) => {
      for (const entry of entries as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.shift += entry.value;
      }
    };
    w.shifts = new PerformanceObserver((list) => add(list.getEntries()));
    w.shifts.observe({ type: 'layout-shift', buffered: true });
    // Read by layoutShift: entries the observer holds but has not handed over yet.
    (w as unknown as { takeShifts(): void }).takeShifts = () => add(w.shifts.takeRecords());
  });
}

/**
 * The shift so far, once the widget is whole: its answer chunk is in (`data-ready`) and the frame
 * after it is painted, so a shift it caused has been measured.
 */
async function layoutShift(page: Page) {
  await expect(page.locator('[data-samskab] section[data-ready]').first()).toBeAttached();
  await effectsRun(page);
  return page.evaluate(() => {
    const w = window as unknown as { shift: number; takeShifts(): void };
    w.takeShifts();
    return w.shift;
  });
}

for (const count of [10, 1000]) {
  test(`${count} challenges: no layout shift below the widget, list paged, searchable and filtered`, async ({
    page,
    openWidget,
  }) => {
    await recordLayoutShift(page);
    await openWidget({ inline: syntheticFeed(count), script: { challenges: '' } });
    await expect(page.getByRole('button', { name: /Udfordring nummer 0 / })).toBeVisible();
    // Long tasks are measured by `npm run bench`: here Playwright's own polling would count too.
    const shift = await layoutShift(page);
    expect(shift).toBe(0);
    await expect(page.getByRole('listitem')).toHaveCount(5);
    await page.getByLabel('Søg').fill(`nummer ${count - 1} `);
    await expect(
      page.getByRole('button', { name: new RegExp(`Udfordring nummer ${count - 1} `) }),
    ).toBeVisible();

    // Filters: values in Danish order (æ after z), and choosing one narrows the list.
    await page.getByLabel('Søg').fill('');
    const themes = page.getByLabel('Emne');
    await expect(themes.locator('option')).toHaveText([
      'Alle',
      'ensomhed',
      'sundhed',
      'unge',
      'ældre',
    ]);
    await themes.selectOption('ældre');
    await page.getByLabel('Område').selectOption('Lunde');
    // ældre is every 4th challenge and Lunde every 3rd: challenges 0, 12, 24, … match.
    const matching = Math.ceil(count / 12);
    // One challenge is "udfordring": the count is a plural message.
    const noun = matching === 1 ? 'udfordring' : 'udfordringer';
    await expect(page.getByText(`${Math.min(5, matching)} af ${matching} ${noun}`)).toBeVisible();
    const second = count > 12 ? 12 : 0;
    await expect(
      page.getByRole('button', { name: new RegExp(`Udfordring nummer ${second} `) }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /Udfordring nummer 1 / })).toHaveCount(0);
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
    await expect(page.getByRole('button', { name: /Tilbyd hjælp/ })).toBeVisible();
    expect(await layoutShift(page)).toBe(0);
  });
}
