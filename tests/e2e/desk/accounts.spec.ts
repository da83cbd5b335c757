import { expectNoViolations } from '../support/axe';
import { expect, test } from './support';

test('the first admin: set-up link, a colleague added, sign out and in again, all by keyboard', async ({
  page,
  receiver,
}) => {
  await page.goto(`${receiver.url}${receiver.setupPath}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Opret den første administrator',
  );
  await expectNoViolations(page, 'set-up');
  // Mistakes first: the summary names them and links to the fields.
  await page.getByRole('button', { name: 'Gem og log ind' }).click();
  await expect(page.getByRole('alert')).toContainText('Skriv dit navn.');
  await expectNoViolations(page, 'set-up with errors');
  await page.getByLabel('Dit navn').fill('Anne Andersen');
  await page.getByLabel('Din e-mail').fill('anne@lunde.dk');
  await page.getByLabel('Adgangskode', { exact: true }).fill('korrekt hest batteri staple');
  await page.getByLabel('Gentag adgangskoden').fill('korrekt hest batteri staple');
  await page.getByLabel('Gentag adgangskoden').press('Enter');
  await expect(page.getByRole('status')).toContainText('Din adgangskode er gemt');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overblik');
  await expectNoViolations(page, 'front page');

  await page.getByRole('link', { name: 'Medarbejdere' }).click();
  await page.getByLabel('Navn', { exact: true }).fill('Bo Berg');
  await page.getByLabel('E-mail').fill('bo@lunde.dk');
  await page.getByRole('button', { name: 'Tilføj medarbejder' }).click();
  await expect(page.getByRole('status')).toContainText('Engangslink til Bo Berg');
  await expectNoViolations(page, 'staff with a new link');
  const link = await page.locator('code.setup-link').textContent();
  expect(link).toMatch(/\/desk\/setup\?token=/);

  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page.getByRole('status')).toHaveText('Du er logget ud.');
  await expectNoViolations(page, 'sign-in');
  await page.getByLabel('E-mail').fill('anne@lunde.dk');
  await page.getByLabel('Adgangskode').fill('forkert');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('alert')).toContainText('E-mail eller adgangskode er forkert.');
  await page.getByLabel('Adgangskode').fill('korrekt hest batteri staple');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overblik');

  // The colleague's link, in another browser: they choose a password and are in.
  const other = await page.context().browser()!.newContext();
  const colleague = await other.newPage();
  await colleague.goto(link!);
  await expect(colleague.getByRole('heading', { level: 1 })).toHaveText(
    'Vælg adgangskode, Bo Berg',
  );
  await colleague.getByLabel('Adgangskode', { exact: true }).fill('en anden lang adgangskode');
  await colleague.getByLabel('Gentag adgangskoden').fill('en anden lang adgangskode');
  await colleague.getByRole('button', { name: 'Gem og log ind' }).click();
  await expect(colleague.getByRole('heading', { level: 1 })).toHaveText('Overblik');
  await expect(colleague.getByRole('link', { name: 'Medarbejdere' })).toHaveCount(0);
  await other.close();
});

test('admin pages: settings with a new API key pass axe; a facilitator is told no', async ({
  desk,
  adminDesk,
  receiver,
}) => {
  await adminDesk.goto(`${receiver.url}/desk/settings`);
  await adminDesk.getByLabel('Navn på en ny nøgle').fill('Sagssystem');
  await adminDesk.getByRole('button', { name: 'Opret nøgle' }).click();
  await expect(adminDesk.locator('code.api-key')).toHaveText(/^samskab_/);
  await expectNoViolations(adminDesk, 'settings with a new key');
  await desk.goto(`${receiver.url}/desk/settings`);
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Kun for administratorer');
  await expectNoViolations(desk, 'admin-only refusal');
});
