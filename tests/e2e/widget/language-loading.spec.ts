// Only the visitor's language is downloaded, and its words come beside the code, not after it: a
// network log of a visit in Arabic, and of a visitor who chose Ukrainian on a Danish page.
import type { Page } from '@playwright/test';
import { CATALOGUES } from '../../../utils/i18n/all';
import { expect, test } from '../support/fixtures';

/** Every request and every finished request of the widget's files, in order, by path. */
function networkLog(page: Page) {
  const events: string[] = [];
  const path = (url: string) => new URL(url).pathname.replace(/^.*\/widget\//, '');
  page.on('request', (request) => events.push(`request ${path(request.url())}`));
  page.on('requestfinished', (request) => events.push(`finished ${path(request.url())}`));
  return {
    events,
    /** The languages' files asked for, as `<locale>-<part>`, in order. */
    strings: () =>
      events.flatMap((event) => {
        const match = /^request chunks\/([a-z]{2})-(list|answer)-\w+\.mjs$/.exec(event);
        return match ? [`${match[1]}-${match[2]}`] : [];
      }),
    index: (pattern: RegExp) => events.findIndex((event) => pattern.test(event)),
  };
}

test('a visitor in Arabic downloads the Arabic words and no other language’s, beside the module', async ({
  page,
  openWidget,
}) => {
  const log = networkLog(page);
  // A Danish page whose webmaster set data-locale="ar": the attribute decides.
  await openWidget({ lang: 'da', script: { locale: 'ar' } });
  await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
  await page.getByRole('button', { name: CATALOGUES.ar.answer['kind.need'] }).click();
  await page.getByRole('button', { name: CATALOGUES.ar.answer.submit }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(log.strings()).toEqual(['ar-list', 'ar-answer']);
  // Asked for by the loader before samskab.mjs had even arrived: no round trip is added.
  expect(log.index(/^request chunks\/ar-list-/)).toBeLessThan(log.index(/^finished samskab\.mjs$/));
  // And the rest of the words beside the answer chunk, not after it.
  expect(log.index(/^request chunks\/ar-answer-/)).toBeLessThan(
    log.index(/^finished chunks\/after-paint-/),
  );
});

test('a visitor who chose Ukrainian on this site downloads only the Ukrainian words, and Danish again only when chosen', async ({
  page,
  openWidget,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('samskab-locale', 'uk');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const log = networkLog(page);
  await openWidget({ lang: 'da', script: { locale: 'da' } });
  await expect(page.locator('[data-samskab] section.root')).toHaveAttribute('lang', 'uk');
  expect(log.strings()).toEqual(['uk-list', 'uk-answer']);
  await page.getByRole('combobox', { name: CATALOGUES.uk.answer.language }).selectOption('da');
  await expect(page.getByRole('combobox', { name: 'Sprog' })).toHaveValue('da');
  expect(log.strings()).toEqual(['uk-list', 'uk-answer', 'da-list', 'da-answer']);
});
