// A colleague's account locked by guessing from many addresses (issue 18, point 2), in Chromium
// and by keyboard: the sign-in page says what to do, the admin sees the lock on the staff page,
// and the new one-time link unlocks it. Every state passes axe.
import { hashPassword } from '../../../server/data/passwords';
import { createStaff } from '../../../server/data/staff';
import { countAttempt } from '../../../server/data/throttle';
import { expectNoViolations } from '../support/axe';
import { expect, test } from './support';

const PASSWORD = 'korrekt hest batteri staple';

test('a locked account: told what to do, seen by the admin, unlocked by a new link', async ({
  page,
  adminDesk,
  receiver,
}) => {
  const passwordHash = await hashPassword(PASSWORD, { N: 2 ** 10, r: 8, p: 1 });
  const staff = { email: 'bo@lunde.dk', name: 'Bo Berg', role: 'facilitator' as const };
  await createStaff(receiver.db, { ...staff, passwordHash }, new Date());
  // Fifty guesses from ten other addresses, counted as the sign-in counts them.
  for (let i = 0; i < 50; i++) {
    const guess = { account: 'bo@lunde.dk', address: `203.0.113.${i % 10}` };
    expect((await countAttempt(receiver.db, guess, new Date())).kind).toBe('allowed');
  }

  // Bo, with the right password, is refused and told to ask for a link.
  await page.goto(`${receiver.url}/desk/login`);
  await page.getByLabel('E-mail').fill('bo@lunde.dk');
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByLabel('Adgangskode').press('Enter');
  await expect(page.getByRole('alert')).toContainText(
    'Kontoen er låst, fordi der er prøvet for mange forkerte adgangskoder. Bed en administrator om et nyt engangslink.',
  );
  await expectNoViolations(page, 'sign-in, account locked');

  // The admin sees the lock and makes a link, by keyboard.
  await adminDesk.goto(`${receiver.url}/desk/staff`);
  const row = adminDesk.getByRole('row').filter({ hasText: 'bo@lunde.dk' });
  await expect(row).toContainText('Låst efter for mange forkerte adgangskoder');
  await expectNoViolations(adminDesk, 'staff with a locked account');
  await row.getByRole('button', { name: 'Nyt engangslink til Bo Berg' }).focus();
  await adminDesk.keyboard.press('Enter');
  const link = await adminDesk.locator('code.setup-link').textContent();

  // Bo uses it: a new password, signed in, and the lock is gone.
  await page.goto(link!);
  const fresh = 'en helt ny adgangskode til bo';
  await page.getByLabel('Adgangskode', { exact: true }).fill(fresh);
  await page.getByLabel('Gentag adgangskoden').fill(fresh);
  await page.getByLabel('Gentag adgangskoden').press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overblik');
  await adminDesk.goto(`${receiver.url}/desk/staff`);
  await expect(adminDesk.getByRole('row').filter({ hasText: 'bo@lunde.dk' })).toContainText(
    'Aktiv',
  );
});
