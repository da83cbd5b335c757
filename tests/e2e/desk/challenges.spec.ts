// Challenges in the desk, in Debian's Chromium against the real receiver (the widget must be built:
// `npm run build:widget`): a facilitator creates one by keyboard, sees it in the widget on the demo
// page after a reload, previews it as a citizen, posts an update and closes it with an outcome,
// and the feed carries them. axe on every page and state on the way.
import type { FeedChallenge } from '../../../utils/schema/index';
import { expectNoViolations } from '../support/axe';
import { expect, test } from './support';

const TITLE = 'Lektiecafé om aftenen på biblioteket';

test('a challenge from creation to outcome, by keyboard, seen by citizens', async ({
  desk,
  receiver,
  browser,
}) => {
  // The demo page as a citizen has it open, before the challenge exists.
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await citizen.goto(`${receiver.url}/`);
  await expect(citizen.getByRole('button', { name: /Færre ensomme aftener/ })).toBeVisible();
  await expect(citizen.getByRole('button', { name: new RegExp(TITLE) })).toHaveCount(0);

  await desk.goto(`${receiver.url}/desk/challenges`);
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Udfordringer');
  await expect(desk.getByRole('table')).toContainText('Færre ensomme aftener for ældre i Lunde');
  await expectNoViolations(desk, 'challenge list');

  // By keyboard: to the form, a mistake first, then the fields in order.
  await desk.getByRole('link', { name: 'Opret en udfordring' }).focus();
  await desk.keyboard.press('Enter');
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Ny udfordring');
  await expectNoViolations(desk, 'new challenge form');
  await desk.getByLabel('Id', { exact: true }).focus();
  await desk.keyboard.type('Lektiecafé');
  await desk.keyboard.press('Enter');
  const summary = desk.getByRole('alert');
  await expect(summary).toContainText('Id’et må kun have små bogstaver a–z');
  await expect(summary).toContainText('Skriv en titel.');
  await expect(desk.getByLabel('Id', { exact: true })).toHaveValue('Lektiecafé');
  await expectNoViolations(desk, 'new challenge form with errors');

  // The summary's link takes focus to the field.
  await summary.getByRole('link', { name: /Id’et må kun/ }).focus();
  await desk.keyboard.press('Enter');
  await expect(desk.getByLabel('Id', { exact: true })).toBeFocused();
  await desk.keyboard.press('ControlOrMeta+A');
  await desk.keyboard.type('lektiecafe-biblioteket');
  await desk.keyboard.press('Tab');
  await expect(desk.getByLabel('Titel', { exact: true })).toBeFocused();
  await desk.keyboard.type(TITLE);
  await desk.keyboard.press('Tab');
  await desk.keyboard.type('Vi ser, at mange børn mangler ro og hjælp til lektier om aftenen.');
  await desk.keyboard.press('Tab');
  await expect(desk.getByLabel('Spørgsmål 1 (valgfri)', { exact: true })).toBeFocused();
  await desk.keyboard.type('Hvem kunne hjælpe en aften om ugen?');
  // Past the four other questions and the three kinds (all invited), to the first resource.
  for (let i = 0; i < 8; i += 1) await desk.keyboard.press('Tab');
  await expect(desk.getByRole('checkbox', { name: 'Tid' })).toBeFocused();
  await desk.keyboard.press('Space');
  await expect(desk.getByRole('checkbox', { name: 'Tid' })).toBeChecked();
  await desk.getByLabel('Adresse på kommunens hjemmeside').focus();
  await desk.keyboard.type('https://kommune.example/samskab/lektiecafe');
  await desk.keyboard.press('Enter');

  await expect(desk.getByRole('status')).toContainText('Udfordringen er gemt som kladde.');
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expectNoViolations(desk, 'challenge page, a draft');

  // A draft: the citizen's reload does not show it, until it is published.
  await citizen.reload();
  await expect(citizen.getByRole('button', { name: /Færre ensomme aftener/ })).toBeVisible();
  await expect(citizen.getByRole('button', { name: new RegExp(TITLE) })).toHaveCount(0);
  await desk.getByRole('button', { name: 'Offentliggør nu' }).focus();
  await desk.keyboard.press('Enter');
  await expect(desk.getByRole('status')).toHaveText(
    'Udfordringen er offentliggjort og vises nu i feedet.',
  );
  await expectNoViolations(desk, 'challenge page');
  await citizen.reload();
  await expect(citizen.getByRole('button', { name: new RegExp(TITLE) })).toBeVisible();

  // Preview as a citizen sees it: the real widget, this one challenge.
  await desk.getByRole('link', { name: 'Se den som borger' }).focus();
  await desk.keyboard.press('Enter');
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText(
    'Sådan ser borgerne udfordringen',
  );
  await expect(desk.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(desk.getByText('Hvem kunne hjælpe en aften om ugen?')).toBeVisible();
  await expectNoViolations(desk, 'preview');
  await desk.getByRole('link', { name: 'Tilbage til udfordringen' }).focus();
  await desk.keyboard.press('Enter');

  // An update, refused empty first, then posted.
  const update = desk.getByLabel('Ny opdatering');
  await desk.getByRole('button', { name: 'Offentliggør opdateringen' }).focus();
  await desk.keyboard.press('Enter');
  await expect(desk.getByRole('alert')).toContainText('Skriv opdateringen.');
  await expectNoViolations(desk, 'challenge page with an error');
  await update.focus();
  await desk.keyboard.type('Tak for de første svar: biblioteket har lokaler tirsdag og torsdag.');
  await desk.keyboard.press('Tab');
  await desk.keyboard.press('Enter');
  await expect(desk.getByRole('status')).toHaveText('Opdateringen er offentliggjort.');

  // Closed with an outcome.
  await desk.getByLabel('Hvad kom der ud af udfordringen?').focus();
  await desk.keyboard.type('Lektiecaféen åbner i januar med frivillige fra gymnasiet.');
  await desk.keyboard.press('Tab');
  await expect(desk.getByRole('button', { name: 'Luk udfordringen' })).toBeFocused();
  await desk.keyboard.press('Enter');
  await expect(desk.getByRole('status')).toHaveText('Udfordringen er lukket.');
  await expect(desk.getByRole('heading', { level: 2, name: 'Udfald' })).toBeVisible();
  await expectNoViolations(desk, 'closed challenge page');

  const feed = (await (await fetch(`${receiver.url}/api/challenges`)).json()) as {
    challenges: FeedChallenge[];
  };
  expect(
    feed.challenges.find((challenge) => challenge.id === 'lektiecafe-biblioteket'),
  ).toMatchObject({
    title: TITLE,
    status: 'closed',
    resourcesWanted: ['time'],
    outcome: 'Lektiecaféen åbner i januar med frivillige fra gymnasiet.',
    updates: [{ text: 'Tak for de første svar: biblioteket har lokaler tirsdag og torsdag.' }],
  });

  // The closed challenge's preview, and the list and edit form once more.
  await desk.goto(`${receiver.url}/desk/challenges/lektiecafe-biblioteket/preview`);
  await expect(desk.getByRole('heading', { name: TITLE })).toBeVisible();
  await expectNoViolations(desk, 'preview of a closed challenge');
  await desk.goto(`${receiver.url}/desk/challenges/lektiecafe-biblioteket/edit`);
  await expectNoViolations(desk, 'edit form');
  await desk.goto(`${receiver.url}/desk/challenges?vis=closed`);
  await expect(desk.getByRole('table')).toContainText(TITLE);
  await expectNoViolations(desk, 'closed challenges');
  await citizenContext.close();
});
