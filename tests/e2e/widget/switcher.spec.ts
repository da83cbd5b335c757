// The language switcher: by keyboard, in place (an open form keeps what is typed, focus stays),
// right to left for Arabic, remembered for the site, and the answer records the language.
import { CATALOGUES } from '../../../utils/i18n/all';
import { expectNoViolations } from '../support/axe';
import { expect, submissionRows, test } from '../support/fixtures';
import { syntheticFeed } from '../support/synthetic-feed';

const CARD = /Færre ensomme aftener/;

test('switching by keyboard keeps the open form and what is typed, and the answer says which language', async ({
  page,
  openWidget,
  receiver,
}) => {
  await openWidget();
  await page.getByRole('button', { name: CARD }).click();
  await page.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await page.getByLabel('Hvad ser du?').fill('Skrevet før skiftet af sprog.');
  const uk = CATALOGUES.uk;
  await page.getByRole('combobox', { name: 'Sprog' }).focus();
  // Arrow keys on a closed <select> choose each language they pass: da, en, ar, fa, tr, pl, uk.
  for (let step = 0; step < 6; step++) await page.keyboard.press('ArrowDown');
  const switcher = page.getByRole('combobox', { name: uk.answer.language });
  await expect(switcher).toHaveValue('uk');
  await expect(switcher).toBeFocused();
  const root = page.locator('[data-samskab] section.root');
  await expect(root).toHaveAttribute('lang', 'uk');
  await expect(root).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { name: uk.answer['kind.need'], level: 3 })).toBeVisible();
  await expect(page.getByLabel(uk.answer['bodyLabel.need'])).toHaveValue(
    'Skrevet før skiftet af sprog.',
  );
  await expectNoViolations(page, 'form after switching');
  await page.getByRole('button', { name: uk.answer.submit }).click();
  await expect(page.getByRole('heading', { name: uk.receipt.next })).toBeVisible();
  const [stored] = await submissionRows(receiver);
  expect(stored?.locale).toBe('uk');
  expect(stored?.text.body).toBe('Skrevet før skiftet af sprog.');
});

test('Arabic runs right to left, and the choice holds for the next visit to the site', async ({
  page,
  openWidget,
}) => {
  await openWidget();
  const ar = CATALOGUES.ar;
  await page.getByRole('combobox', { name: 'Sprog' }).selectOption('ar');
  const root = page.locator('[data-samskab] section.root');
  await expect(root).toHaveAttribute('dir', 'rtl');
  await expect(root).toHaveAttribute('aria-label', ar.list.region);
  await expect(page.getByText('3 من 3 تحديات')).toBeVisible();
  // The page itself is left as it is.
  expect(await page.evaluate(() => [document.documentElement.lang, document.dir])).toEqual([
    'da',
    '',
  ]);
  await page.reload();
  await expect(page.locator('[data-samskab] section[data-ready]')).toBeAttached();
  await expect(root).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('combobox', { name: ar.answer.language })).toHaveValue('ar');
  expect(await page.evaluate(() => localStorage.getItem('samskab-locale'))).toBe('ar');
});

test('the list keeps its page, and the pager its words, when the language changes', async ({
  page,
  openWidget,
}) => {
  await openWidget({ inline: syntheticFeed(7), script: { challenges: '' } });
  await page.getByRole('button', { name: 'Næste' }).click();
  await expect(page.getByRole('button', { name: /Udfordring nummer 5/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Sprog' }).selectOption('pl');
  const pl = CATALOGUES.pl.answer;
  await expect(page.getByRole('navigation', { name: 'Strona 2 z 2' })).toBeVisible();
  await expect(page.getByRole('button', { name: pl.previous })).toBeEnabled();
  await expect(page.getByRole('button', { name: /Udfordring nummer 5/ })).toBeVisible();
  await expect(page.getByText('2 z 7 wyzwań')).toBeVisible();
});
