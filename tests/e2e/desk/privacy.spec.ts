// Personal data in the browser: a facilitator finds a person by email, hands over their answers
// as a JSON file, erases them after confirming (by keyboard), and an admin reads it in the log and
// sets the retention period. axe on every page and state.
import { readFileSync } from 'node:fs';
import { answerFrom } from '../../server/desk/privacy-support';
import { postSubmission } from '../../server/fixtures';
import { expectNoViolations } from '../support/axe';
import { expect, test } from './support';

const EMAIL = 'karen.jensen@example.dk';

test('find, export and erase a person; the admin sees it in the log and sets retention', async ({
  desk,
  adminDesk,
  receiver,
}) => {
  const answer = answerFrom(
    { name: 'Karen Jensen', email: EMAIL, phone: '+45 12 34 56 78' },
    { title: 'Åbn købmandsgården om aftenen', body: 'Min mor sidder alene hver aften.' },
  );
  const posted = await postSubmission(receiver, answer);
  expect(posted.status).toBe(201);
  const { reference } = (await posted.json()) as { reference: string };

  await desk.goto(`${receiver.url}/desk/people`);
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Personoplysninger');
  await expectNoViolations(desk, 'people search');

  // Nothing typed: the summary and the field say so.
  await desk.getByRole('button', { name: 'Find svar' }).click();
  await expect(desk.getByRole('alert')).toContainText('Skriv en e-mail, et telefonnummer');
  await expectNoViolations(desk, 'people search with an error');

  // The search is a form post: the address never reaches the URL.
  await desk.getByLabel('E-mail, telefonnummer, navn eller reference').fill(EMAIL);
  await desk.keyboard.press('Enter');
  await expect(desk.getByRole('heading', { level: 2 })).toHaveText('1 svar fra personen');
  expect(desk.url()).toBe(`${receiver.url}/desk/people`);
  await expect(desk.getByRole('link', { name: reference })).toHaveAttribute(
    'href',
    `/desk/answers/${answer.id}`,
  );
  await expectNoViolations(desk, 'people search results');

  // Nothing ticked: asked to choose.
  await desk.getByLabel(`Vælg svar ${reference}`).uncheck({ force: true });
  await desk.getByRole('button', { name: 'Hent de valgte svar som JSON' }).click();
  await expect(desk.getByRole('alert')).toContainText('Vælg mindst ét svar.');
  await expectNoViolations(desk, 'people results with nothing chosen');

  const [download] = await Promise.all([
    desk.waitForEvent('download'),
    desk.getByRole('button', { name: 'Hent de valgte svar som JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^samskab-personudtraek-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(file.answers[0].answer.author.email).toBe(EMAIL);

  // Erase, by keyboard: the button, then the confirmation.
  await desk.getByRole('button', { name: /Slet personoplysninger i de valgte svar/ }).focus();
  await desk.keyboard.press('Enter');
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText(
    'Slet personoplysninger i 1 svar?',
  );
  await expectNoViolations(desk, 'erase confirmation');
  await desk.getByRole('button', { name: 'Ja, slet oplysningerne i 1 svar' }).focus();
  await desk.keyboard.press('Space');
  await expect(desk.getByRole('status')).toHaveText('Personens oplysninger er slettet.');
  await expectNoViolations(desk, 'erased');

  await desk.getByLabel('E-mail, telefonnummer, navn eller reference').fill(EMAIL);
  await desk.keyboard.press('Enter');
  await expect(desk.getByRole('heading', { level: 2 })).toHaveText('Ingen svar fundet');
  await expectNoViolations(desk, 'people search without results');

  // The admin reads who did it.
  await adminDesk.goto(`${receiver.url}/desk`);
  await adminDesk.getByRole('link', { name: 'Log' }).click();
  await expect(adminDesk.getByRole('heading', { level: 1 })).toHaveText('Log');
  const erased = adminDesk.getByRole('row').filter({ hasText: 'Slettede en persons oplysninger' });
  await expect(erased).toContainText('Frida Facilitator');
  await expect(erased).toContainText(reference);
  await expect(adminDesk.getByRole('table')).not.toContainText(EMAIL);
  await expectNoViolations(adminDesk, 'audit log');

  // Retention on the settings page: a wrong value, then a period, then a run.
  await adminDesk.getByRole('link', { name: 'Indstillinger' }).click();
  await adminDesk.getByLabel('Måneder efter lukning').fill('tolv');
  await adminDesk.getByRole('button', { name: 'Gem opbevaringsperiode' }).click();
  await expect(adminDesk.getByRole('alert')).toContainText('Skriv et helt antal måneder');
  await expectNoViolations(adminDesk, 'settings with a retention error');
  await adminDesk.getByLabel('Måneder efter lukning').fill('12');
  await adminDesk.keyboard.press('Enter');
  await expect(adminDesk.getByRole('status')).toHaveText('Opbevaringsperioden er gemt.');
  await expect(adminDesk.getByText('Kontaktoplysninger fjernes 12 måneder efter')).toBeVisible();
  await expectNoViolations(adminDesk, 'settings with retention');
  await adminDesk.getByRole('button', { name: 'Kør nu' }).click();
  await expect(adminDesk.getByRole('status')).toHaveText(
    'Kontaktoplysninger efter opbevaringsperioden er fjernet.',
  );
  await expectNoViolations(adminDesk, 'settings after a retention run');
});
