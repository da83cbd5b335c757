import { expectNoViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';

for (const [lang, labels] of [
  ['da', { kind: /Foreslå en løsning/, send: 'Send svar', card: /Færre ensomme aftener/ }],
  ['en', { kind: /Propose a solution/, send: 'Send answer', card: /Færre ensomme aftener/ }],
] as const) {
  test(`axe finds no violations (${lang}): list, form, form with errors`, async ({
    page,
    openWidget,
  }) => {
    await openWidget({ lang, script: { locale: lang } });
    await expect(page.getByRole('button', { name: labels.card })).toBeVisible();
    await expectNoViolations(page, 'list');
    await page.getByRole('button', { name: labels.card }).click();
    await page.getByRole('button', { name: labels.kind }).click();
    await expectNoViolations(page, 'form');
    await page.getByRole('button', { name: labels.send }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page, 'errors');
  });
}

test('works by keyboard alone and at 320 px width', async ({ page, openWidget }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openWidget();
  await expect(page.getByRole('button', { name: /Færre ensomme aftener/ })).toBeVisible();
  // The language switcher comes first, then the challenges.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Sprog' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /Færre ensomme aftener/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Færre ensomme aftener/ })).toBeFocused();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('axe finds no violations: list and form with errors', async ({ page, openWidget }) => {
    // The widget is light unless the page asks it to follow the system.
    await openWidget({ script: { 'color-scheme': 'auto' } });
    await expectNoViolations(page, 'dark list');
    await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
    await page.getByRole('button', { name: /Tilbyd hjælp/ }).click();
    await page.getByRole('button', { name: 'Send svar' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page, 'dark errors');
  });
});
