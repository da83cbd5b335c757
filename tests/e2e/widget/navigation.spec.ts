// Issue 13, navigation: deep links (#samskab=<challenge-id>) with Back to the list, the three
// kinds kept in view with a draft marker, switching kind without losing a draft, and focus on the
// form's heading after a kind is chosen by keyboard.
import { expectNoViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';

const LUNDE = /Færre ensomme aftener for ældre i Lunde/;

test('opening a challenge pushes #samskab=<id>; Back returns to the list with focus on its card', async ({
  page,
  openWidget,
}) => {
  await openWidget();
  const start = page.url();
  await page.getByRole('button', { name: LUNDE }).click();
  await expect(page.getByRole('heading', { name: LUNDE })).toBeFocused();
  expect(page.url()).toBe(`${start}#samskab=ensomhed-lunde`);
  await page.goBack();
  expect(page.url()).toBe(start);
  await expect(page.getByRole('button', { name: LUNDE })).toBeFocused();
  await page.goForward();
  await expect(page.getByRole('heading', { name: LUNDE })).toBeVisible();
  // The widget's own "back" goes Back in history: the page stays.
  await page.getByRole('button', { name: /Tilbage/ }).click();
  await expect(page.getByRole('button', { name: LUNDE })).toBeFocused();
  expect(page.url()).toBe(start);
});

test('a deep link opens the challenge; its "back" shows the list without leaving the page', async ({
  page,
  openWidget,
  host,
}) => {
  await openWidget();
  await page.goto(`${page.url()}#samskab=ensomhed-lunde`);
  await page.reload();
  await expect(page.getByRole('heading', { name: LUNDE })).toBeVisible();
  await page.getByRole('button', { name: /Tilbage/ }).click();
  await expect(page.getByRole('button', { name: LUNDE })).toBeVisible();
  expect(page.url()).toBe(`${host.origin}/host/page.html`);
  // A link to a challenge nobody lists leaves the list as it is.
  await page.goto(`${host.origin}/host/page.html#samskab=findes-ikke`);
  await page.reload();
  await expect(page.getByRole('button', { name: LUNDE })).toBeVisible();
});

test('with two widgets the first that lists the id takes the deep link', async ({
  page,
  openWidget,
  host,
}) => {
  await openWidget({ mounts: [{}, {}] });
  await page.goto(`${host.origin}/host/page.html#samskab=ensomhed-lunde`);
  await page.reload();
  const mounts = page.locator('[data-samskab]');
  await expect(mounts.nth(0).getByRole('heading', { name: LUNDE })).toBeVisible();
  await expect(mounts.nth(1).getByRole('button', { name: LUNDE })).toBeVisible();
  await expect(mounts.nth(1).getByRole('heading', { name: LUNDE })).toHaveCount(0);
});

test('by keyboard: focus lands on the form heading; switching kind keeps every draft, marked', async ({
  page,
  openWidget,
}) => {
  await openWidget();
  await page.getByRole('button', { name: LUNDE }).focus();
  await page.keyboard.press('Enter');
  const offer = page.getByRole('button', { name: /Tilbyd hjælp/ });
  await offer.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Tilbyd hjælp', level: 3 })).toBeFocused();
  await expect(offer).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Hvad kan du tilbyde?').fill('Et værksted om aftenen');
  await expect(offer).toContainText('Kladde');

  // The other kinds are still there: switch without leaving the challenge.
  const need = page.getByRole('button', { name: /Fortæl hvad du ser/ });
  await need.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Fortæl hvad du ser', level: 3 })).toBeFocused();
  await expect(offer).toHaveAttribute('aria-pressed', 'false');
  await page.getByLabel('Hvad ser du?').fill('Min nabo sidder alene');
  await expect(need).toContainText('Kladde');
  await expectNoViolations(page, 'kinds with drafts (da)');

  await offer.click();
  await expect(page.getByLabel('Hvad kan du tilbyde?')).toHaveValue('Et værksted om aftenen');
  await need.click();
  await expect(page.getByLabel('Hvad ser du?')).toHaveValue('Min nabo sidder alene');

  // After a reload too: the kinds are marked, and so is the challenge's card in the list, and
  // no other card.
  await page.reload();
  await expect(page.getByRole('button', { name: /Tilbyd hjælp/ })).toContainText('Kladde');
  await expect(page.getByRole('button', { name: /Fortæl hvad du ser/ })).toContainText('Kladde');
  await page.getByRole('button', { name: /Tilbage/ }).click();
  const card = page.getByRole('button', { name: LUNDE });
  await expect(card).toContainText('Kladde');
  await expect(page.locator('.card', { hasText: 'Kladde' })).toHaveCount(1);
  await expectNoViolations(page, 'list with a draft marker (da)');
});

test('a card is marked as soon as its challenge has a draft, without a reload', async ({
  page,
  openWidget,
}) => {
  await openWidget();
  const card = page.getByRole('button', { name: LUNDE });
  await expect(card).not.toContainText('Kladde');
  await card.click();
  await page.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await page.getByLabel('Hvad ser du?').fill('Min nabo sidder alene');
  // Straight back, before the autosave's pause: leaving the form saves the draft.
  await page.getByRole('button', { name: /Tilbage/ }).click();
  await expect(card).toContainText('Kladde');
});

test('kinds with a draft pass axe in English', async ({ page, openWidget }) => {
  await openWidget({ lang: 'en' });
  await page.getByRole('button', { name: LUNDE }).click();
  await page.getByRole('button', { name: /Offer help/ }).click();
  await page.getByLabel('What can you offer?').fill('A workshop in the evenings');
  await expect(page.getByRole('button', { name: /Offer help/ })).toContainText('Draft');
  await expectNoViolations(page, 'kinds with drafts (en)');
  await page.getByRole('button', { name: /Back/ }).click();
  await expect(page.locator('.card', { hasText: 'Draft' })).toHaveCount(1);
  await expectNoViolations(page, 'list with a draft marker (en)');
});

test('after a reload on a deep link, "Dine svar" is shown under the challenge', async ({
  page,
  openWidget,
}) => {
  await openWidget();
  await page.getByRole('button', { name: LUNDE }).click();
  await page.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await page.getByLabel('Hvad ser du?').fill('Min nabo sidder alene');
  await page.getByRole('button', { name: 'Send svar' }).click();
  await expect(page.getByRole('heading', { name: 'Tak! Dit svar er sendt.' })).toBeVisible();
  expect(page.url()).toContain('#samskab=ensomhed-lunde');
  await page.reload();
  await expect(page.getByRole('heading', { name: LUNDE })).toBeVisible();
  const yours = page.getByRole('region', { name: /Dine svar \(1\)/ });
  await expect(yours.getByText(/Dit referencenummer: \S+/)).toBeVisible();
  await expectNoViolations(page, 'challenge with "Dine svar" (da)');
});
