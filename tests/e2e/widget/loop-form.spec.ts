// Issue 13, the form's part of the loop: an address only for updates, consent to publish (unticked
// by default), the privacy notice beside the consent, and the hint about others' personal data.
// Issue 20: one e-mail field, with "send me news too" beside it; news only, without the contact
// consent, sends the address as `updates.email` alone.
import type { Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { writeNeed } from './support';

const PRIVACY = 'https://lunde.example/privatliv';
const email = (page: Page) => page.getByRole('textbox', { name: /^E-mail/ });
const newsToo = (page: Page) =>
  page.getByRole('checkbox', { name: 'Send mig også nyt om mit svar på den e-mail' });

/** The envelope the widget POSTs next (read from the request the browser really sends). */
function nextEnvelope(page: Page): Promise<Record<string, unknown>> {
  return page
    .waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/submissions'))
    .then((r) => r.postDataJSON() as Record<string, unknown>);
}

test('updates address and consent to publish are sent; the consent starts unticked', async ({
  page,
  openWidget,
}) => {
  await openWidget({ script: { 'privacy-url': PRIVACY } });
  await writeNeed(page, 'Mange sidder alene om aftenen.');
  const publish = page.getByRole('checkbox', {
    name: 'Kommunen må vise mit svar på siden, uden navn og kontaktoplysninger',
  });
  await expect(publish).not.toBeChecked();
  await expect(page.getByText(/Skriv ikke CPR-numre eller noget om andres helbred/)).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Sådan behandler kommunen dine oplysninger' }),
  ).toHaveAttribute('href', PRIVACY);
  await email(page).fill('borger@lunde.example');
  await newsToo(page).check();
  await publish.check();
  const sent = nextEnvelope(page);
  await page.getByRole('button', { name: 'Send svar' }).click();
  const envelope = await sent;
  expect(envelope.updates).toEqual({ email: 'borger@lunde.example' });
  // Apart from the contact details: no author e-mail, no contact consent needed.
  expect(envelope.author).not.toHaveProperty('email');
  expect(envelope.consent).toMatchObject({ contact: false, publish: true });
  await expect(page.getByText(/Dit referencenummer/).first()).toBeVisible();
});

test('left alone: publish is false, no updates, no privacy link without data-privacy-url', async ({
  page,
  openWidget,
}) => {
  await openWidget();
  await writeNeed(page, 'Kun teksten.');
  await expect(page.getByRole('link', { name: /Sådan behandler kommunen/ })).toHaveCount(0);
  const sent = nextEnvelope(page);
  await page.getByRole('button', { name: 'Send svar' }).click();
  const envelope = await sent;
  expect(envelope.consent).toMatchObject({ contact: false, publish: false });
  expect(envelope).not.toHaveProperty('updates');
});

test('the address for contact and news at once; one e-mail field in the form', async ({
  page,
  openWidget,
}) => {
  await openWidget();
  await writeNeed(page, 'Både kontakt og nyt.');
  await expect(page.locator('[data-samskab] input[type=email]')).toHaveCount(1);
  await email(page).fill('begge@lunde.example');
  await newsToo(page).check();
  await page.getByRole('checkbox', { name: 'Kommunen må kontakte mig om mit svar' }).check();
  const sent = nextEnvelope(page);
  await page.getByRole('button', { name: 'Send svar' }).click();
  const envelope = await sent;
  expect(envelope.updates).toEqual({ email: 'begge@lunde.example' });
  expect(envelope.author).toMatchObject({ email: 'begge@lunde.example' });
  expect(envelope.consent).toMatchObject({ contact: true });
});

test('a wrong updates address is named at its field; drafts keep both new fields', async ({
  page,
  openWidget,
}) => {
  await openWidget();
  await writeNeed(page, 'Gemmes som kladde.');
  const updates = email(page);
  await newsToo(page).check();
  await updates.fill('ikke-en-adresse');
  await page.getByRole('checkbox', { name: /må vise mit svar på siden/ }).check();
  await page.getByRole('button', { name: 'Send svar' }).click();
  await expect(page.getByRole('alert')).toContainText('Skriv e-mailen rigtigt');
  await expect(updates).toBeFocused();
  await expect(updates).toHaveAttribute('aria-invalid', 'true');
  await updates.fill('rettet@lunde.example');
  await expect(page.getByText(/Kladde gemt/)).toBeVisible();

  // The address names the open challenge (#samskab=…), so the reload opens it again.
  await page.reload();
  await page.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await expect(email(page)).toHaveValue('rettet@lunde.example');
  await expect(newsToo(page)).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /må vise mit svar på siden/ })).toBeChecked();
});

test('a privacy URL that is not http(s) is named as data-privacy-url', async ({
  page,
  openWidget,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await openWidget({ script: { 'privacy-url': 'javascript:alert(1)' } });
  await expect(page.getByRole('alert')).toContainText('data-privacy-url');
  expect(errors.join('\n')).toContain('data-privacy-url');
});

for (const [lang, labels] of [
  ['da', { card: /Færre ensomme aftener/, kind: /Fortæl hvad du ser/, send: 'Send svar' }],
  ['en', { card: /Færre ensomme aftener/, kind: /Tell us what you see/, send: 'Send answer' }],
] as const) {
  test(`axe (${lang}): the form with the new fields, and with an updates address error`, async ({
    page,
    openWidget,
  }) => {
    await openWidget({ lang, script: { locale: lang, 'privacy-url': PRIVACY } });
    await page.getByRole('button', { name: labels.card }).click();
    await page.getByRole('button', { name: labels.kind }).click();
    await expectNoViolations(page, 'form with updates and publish');
    await page.locator('[data-samskab]').locator('input[name=email]').fill('x');
    await page.locator('[data-samskab]').locator('input[name=updatesToo]').check();
    await page.getByRole('button', { name: labels.send }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page, 'updates address error');
  });
}

test('keyboard alone: consent, privacy link, updates address, publish, send', async ({
  page,
  openWidget,
}) => {
  await openWidget({ script: { 'privacy-url': PRIVACY } });
  await writeNeed(page, 'Skrevet og sendt med tastaturet.');
  await email(page).focus();
  await page.keyboard.type('tast@lunde.example');
  await page.keyboard.press('Tab');
  await expect(newsToo(page)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(newsToo(page)).toBeChecked();
  await page.getByRole('checkbox', { name: 'Kommunen må kontakte mig om mit svar' }).focus();
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('link', { name: 'Sådan behandler kommunen dine oplysninger' }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  const publish = page.getByRole('checkbox', { name: /må vise mit svar på siden/ });
  await expect(publish).toBeFocused();
  await page.keyboard.press('Space');
  await expect(publish).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Send svar' })).toBeFocused();
  const sent = nextEnvelope(page);
  await page.keyboard.press('Enter');
  const envelope = await sent;
  expect(envelope.updates).toEqual({ email: 'tast@lunde.example' });
  expect(envelope.consent).toMatchObject({ publish: true });
});
