// The answers on the desk in Chromium against a real receiver: a citizen's answer arrives through
// the API, and a facilitator finds it by filter and by search, sets its status by keyboard alone,
// writes a note, replies from a template and publishes the reply, and publishes the answer with an
// edited text; reply templates and registering an answer by hand. axe on every page and state.
import { randomUUID } from 'node:crypto';
import { validSubmission } from '../../server/fixtures';
import { expectNoViolations } from '../support/axe';
import { expect, test } from './support';

test('a citizen answer found, triaged, replied to and published', async ({ desk, receiver }) => {
  const answer = {
    ...validSubmission('proposal'),
    id: randomUUID(),
    text: {
      title: 'Fællesspisning i Købmandsgården',
      body: 'Mange ensomme ældre i Lunde spiser alene.\nVi kunne lave fællesspisning hver tirsdag.',
    },
    consent: { contact: true, textVersion: 'da-2026-11', publish: true },
  };
  const posted = await fetch(`${receiver.url}/api/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': answer.id },
    body: JSON.stringify(answer),
  });
  expect(posted.status).toBe(201);
  const { reference } = (await posted.json()) as { reference: string };

  await desk.goto(`${receiver.url}/desk/answers`);
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Svar');
  await expectNoViolations(desk, 'answer list');

  // By filter: the challenge and the kind, chosen in the panel.
  await desk.getByLabel('Udfordring').selectOption('ensomhed-lunde');
  await desk.getByLabel('Type').selectOption('proposal');
  await desk.getByRole('button', { name: 'Vis svar' }).click();
  await expect(desk.getByRole('link', { name: reference })).toBeVisible();
  await expect(desk.getByRole('link', { name: /Fjern filteret Type: Forslag/ })).toBeVisible();
  await expectNoViolations(desk, 'answer list with filters');
  // Nothing else matches a kind it is not.
  await desk.getByLabel('Type').selectOption('offer');
  await desk.getByRole('button', { name: 'Vis svar' }).click();
  await expect(
    desk.getByRole('heading', { name: 'Ingen svar passer til filtrene.' }),
  ).toBeVisible();

  // By search, in Danish: "ensom" finds "ensomme".
  await desk.getByRole('link', { name: 'Fjern alle filtre' }).click();
  await desk.getByLabel('Søg i titel, tekst eller reference').fill('ensom');
  await desk.getByRole('button', { name: 'Vis svar' }).click();
  await expect(desk.getByRole('link', { name: reference })).toBeVisible();
  await desk.getByRole('link', { name: reference }).click();
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText(`Svar ${reference}`);
  await expect(desk.locator('.answer-body')).toContainText(
    'Mange ensomme ældre i Lunde spiser alene.\nVi kunne lave fællesspisning hver tirsdag.',
  );
  await expectNoViolations(desk, 'answer page');

  // The status, by keyboard alone.
  await desk.getByLabel('Status', { exact: true }).focus();
  await desk.keyboard.press('ArrowDown');
  await desk.keyboard.press('Tab');
  await expect(desk.getByRole('button', { name: 'Gem status' })).toBeFocused();
  await desk.keyboard.press('Enter');
  await expect(desk.getByRole('status')).toHaveText('Status er ændret.');
  await expect(desk.getByLabel('Status', { exact: true })).toHaveValue('in-review');
  await expect(desk.getByRole('table', { name: /Alle ændringer/ })).toContainText(
    'Status ændret til Under behandling',
  );

  await desk.getByLabel('Ny note').fill('Ring til Karen om lokalet.');
  await desk.getByRole('button', { name: 'Gem note' }).click();
  await expect(desk.getByRole('status')).toHaveText('Noten er gemt.');
  await expect(desk.locator('.answer-notes')).toContainText('Ring til Karen om lokalet.');

  // A reply with contact details in it is refused at the field.
  await desk.getByLabel('Kladde til beskeden').fill('Ring til os på 12 34 56 78.');
  await desk.getByRole('button', { name: 'Offentliggør beskeden til borgeren' }).click();
  await expect(desk.getByRole('alert')).toContainText('telefonnummer');
  await expectNoViolations(desk, 'answer page with an error');

  // A template kept on its own page, then used for the reply.
  await desk.goto(`${receiver.url}/desk/templates`);
  await desk.getByRole('button', { name: 'Gem skabelonen' }).click();
  await expect(desk.getByRole('alert')).toContainText('Giv skabelonen et navn.');
  await expectNoViolations(desk, 'templates with errors');
  await desk.getByLabel('Navn på skabelonen').fill('Tak – videre');
  await desk.getByLabel('Tekst').fill('Tak for dit forslag. Vi arbejder videre med det i foråret.');
  await desk.getByRole('button', { name: 'Gem skabelonen' }).click();
  await expect(desk.getByRole('status')).toHaveText('Skabelonen er gemt.');
  await expectNoViolations(desk, 'templates');
  await desk.getByRole('link', { name: 'Tak – videre' }).click();
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Ret skabelonen');
  await expectNoViolations(desk, 'a template');

  await desk.goto(`${receiver.url}/desk/answers?q=f%C3%A6llesspisning`);
  await desk.getByRole('link', { name: reference }).click();
  await desk.getByLabel('Start fra en skabelon').selectOption({ label: 'Tak – videre' });
  await desk.getByRole('button', { name: 'Indsæt skabelon' }).click();
  await expect(desk.getByLabel('Kladde til beskeden')).toHaveValue(
    'Tak for dit forslag. Vi arbejder videre med det i foråret.',
  );
  await desk.getByRole('button', { name: 'Offentliggør beskeden til borgeren' }).click();
  await expect(desk.getByRole('status')).toHaveText('Beskeden til borgeren er offentliggjort.');
  await expect(desk.locator('.published-reply')).toContainText('Vi arbejder videre med det');

  // Published on the challenge, with an edited text.
  await desk.getByLabel('Offentlig tekst').fill('En borger foreslår fællesspisning hver tirsdag.');
  await desk.getByLabel(/Søger hjælp/).check();
  await desk.getByRole('button', { name: 'Offentliggør svaret', exact: true }).click();
  await expect(desk.getByRole('status')).toHaveText('Svaret er offentliggjort på udfordringen.');
  await expect(desk.getByLabel('Offentlig tekst')).toHaveValue(
    'En borger foreslår fællesspisning hver tirsdag.',
  );
  await expect(desk.getByRole('button', { name: 'Gør svaret ikke-offentligt' })).toBeVisible();
  await expectNoViolations(desk, 'published answer');

  // Contact details on request.
  await desk.getByRole('button', { name: 'Vis kontaktoplysninger' }).click();
  await expect(desk.getByText('karen@example.dk')).toBeVisible();
  await expectNoViolations(desk, 'answer with contact details');

  await desk.goto(`${receiver.url}/desk/answers?q=f%C3%A6llesspisning`);
  const row = desk.getByRole('row', { name: new RegExp(reference) });
  await expect(row).toContainText('Under behandling');
  await expect(row).toContainText('Offentliggjort');
  await expect(row).toContainText('Besked offentliggjort');
});

test('an answer taken by phone is registered, with errors at the fields first', async ({
  desk,
  receiver,
}) => {
  await desk.goto(`${receiver.url}/desk/answers`);
  await desk.getByRole('link', { name: /Registrér et svar/ }).click();
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Registrér et svar');
  await expectNoViolations(desk, 'registration form');
  await desk.getByLabel('E-mail (valgfri)', { exact: true }).fill('ikke en mail');
  await desk.getByRole('button', { name: 'Registrér svaret' }).click();
  await expect(desk.getByRole('alert')).toContainText('Vælg den udfordring, svaret handler om.');
  await expect(desk.getByLabel('E-mail (valgfri)', { exact: true })).toHaveValue('ikke en mail');
  await expectNoViolations(desk, 'registration form with errors');

  await desk.getByLabel('Udfordring').selectOption('ensomhed-lunde');
  await desk.getByRole('radio', { name: 'Tilbud' }).check();
  await desk.getByLabel('Telefon', { exact: true }).check();
  await desk.getByLabel('Hvad tilbydes').selectOption('equipment');
  await desk.getByLabel('Overskrift').fill('Minibus om tirsdagen');
  await desk
    .getByLabel('Hvad personen sagde eller skrev')
    .fill('Foreningen kan køre ældre til spisning.');
  await desk.getByLabel('Svarer som').selectOption('association');
  await desk.getByLabel('Organisation').fill('Lunde Borgerforening');
  await desk.getByLabel('E-mail (valgfri)', { exact: true }).fill('');
  await desk.getByRole('button', { name: 'Registrér svaret' }).click();
  await expect(desk.getByRole('status')).toHaveText('Svaret er registreret.');
  await expect(desk.locator('.answer-details')).toContainText(
    'Registreret på arbejdsbordet (Telefon)',
  );
  await expectNoViolations(desk, 'registered answer');
});
