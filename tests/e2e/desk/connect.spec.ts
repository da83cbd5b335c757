// Map and connect in the browser: a room-and-minibus offer for one challenge and a communal-dinner
// proposal for another arrive through the public API; a facilitator finds the offer in the
// resource register by resource type, connects it to the proposal in the picker by keyboard
// alone, and sees the connection from the offer, from the proposal and from both challenges.
// axe checks the filtered register, the picker, the pages with connections and a refusal.
import type { Locator, Page } from '@playwright/test';
import type { Submission } from '../../../utils/schema/index';
import { postSubmission, validSubmission } from '../../server/fixtures';
import { expectNoViolations } from '../support/axe';
import { expect, test } from './support';

/** Presses Tab until `target` has the focus, as someone without a mouse would. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 120; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error('Tab never reached the element');
}

test('an offer found by resource type is connected to a proposal of another challenge, by keyboard', async ({
  desk,
  receiver,
}) => {
  // A long walk with six axe runs: more than the default minute on a busy machine.
  test.slow();
  const room: Submission = {
    ...validSubmission('offer'),
    text: {
      title: 'Lokale og minibus',
      body: 'Borgerforeningen har et lokale til 40 og en minibus med lift, der kan hente folk hjemme.',
    },
    offer: { resourceType: 'venue', area: 'Lunde', availability: 'Tirsdag og torsdag aften' },
  };
  const dinner: Submission = {
    ...validSubmission('proposal'),
    challenge: {
      id: 'liv-paa-plejecentret',
      title: 'Mere liv på plejecentret Thueslund',
      url: 'https://kommune.example/samskab/thueslund',
    },
    text: {
      title: 'Fællesspisning med naboerne',
      body: 'Beboere og naboer spiser sammen hver torsdag; nogen skal hente dem, der ikke selv kan komme.',
    },
  };
  const other: Submission = {
    ...validSubmission('offer'),
    text: { title: 'Hjælp i haven', body: 'Jeg slår gerne græs.' },
    offer: { resourceType: 'time', area: 'Lunde' },
  };
  const references: string[] = [];
  for (const submission of [room, dinner, other]) {
    const response = await postSubmission(receiver, submission);
    expect(response.status).toBe(201);
    references.push(((await response.json()) as { reference: string }).reference);
  }
  const [roomRef, dinnerRef, otherRef] = references as [string, string, string];

  // The register, filtered by resource type.
  await desk.goto(`${receiver.url}/desk/resources`);
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Ressourcer');
  await expect(desk.getByRole('heading', { name: '2 tilbud' })).toBeVisible();
  await desk.getByLabel('Ressourcetype').selectOption('venue');
  await desk.getByRole('button', { name: 'Vis tilbud' }).click();
  await expect(desk.getByRole('heading', { name: '1 tilbud' })).toBeVisible();
  const register = desk.getByRole('table', { name: /Tilbud/ });
  await expect(register).toContainText(roomRef);
  await expect(register).toContainText('Lokale');
  await expect(register).toContainText('Tirsdag og torsdag aften');
  await expect(register).not.toContainText(otherRef);
  await expect(
    desk.getByRole('link', { name: 'Ressourcetype: Lokale (fjern filteret)' }),
  ).toBeVisible();
  await expectNoViolations(desk, 'register filtered by resource type');

  // From here by keyboard alone: the picker, a search, the Kobl button.
  await tabTo(desk, desk.getByRole('link', { name: `Kobl til … (tilbud ${roomRef})` }));
  await desk.keyboard.press('Enter');
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText(
    `Kobl tilbud ${roomRef} til behov og forslag`,
  );
  await expect(desk.getByText('Ingen koblinger endnu.')).toBeVisible();
  await expectNoViolations(desk, 'picker');
  await tabTo(desk, desk.getByLabel('Søg i tekst'));
  await desk.keyboard.type('fællesspisning');
  await desk.keyboard.press('Enter');
  await expect(desk.getByRole('heading', { name: '1 resultat' })).toBeVisible();
  await expectNoViolations(desk, 'picker with a search');
  await tabTo(desk, desk.getByRole('button', { name: `Kobl ${dinnerRef} til ${roomRef}` }));
  await desk.keyboard.press('Enter');
  await expect(desk.getByRole('status')).toHaveText('Tilbuddet er koblet.');

  // The offer's connections, on the page it came back to.
  const connections = desk.getByRole('region', { name: 'Koblinger' });
  await expect(connections).toContainText('Tilbuddet er koblet til 1 behov eller forslag.');
  await expect(connections).toContainText(`${dinnerRef} · Forslag · Fællesspisning med naboerne`);
  await expect(connections).toContainText('Anden udfordring: Mere liv på plejecentret Thueslund');
  await expect(desk.getByRole('table', { name: /Behov og forslag, der kan kobles/ })).toContainText(
    'Koblet',
  );
  await expectNoViolations(desk, 'picker with a connection');

  // From the proposal's side.
  const dinnerId = dinner.id;
  await desk.goto(`${receiver.url}/desk/connect/${dinnerId}`);
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText(
    `Kobl tilbud til forslag ${dinnerRef}`,
  );
  const fromDinner = desk.getByRole('region', { name: 'Koblinger' });
  await expect(fromDinner).toContainText('Forslaget er koblet til 1 tilbud.');
  await expect(fromDinner).toContainText(`${roomRef} · Tilbud · Lokale og minibus`);
  await expect(fromDinner).toContainText(
    'Anden udfordring: Færre ensomme aftener for ældre i Lunde',
  );
  await expectNoViolations(desk, 'a proposal with a connection');

  // From both challenges: their answers by kind and the connection across them.
  for (const [challenge, elsewhere] of [
    ['liv-paa-plejecentret', 'Færre ensomme aftener for ældre i Lunde'],
    ['ensomhed-lunde', 'Mere liv på plejecentret Thueslund'],
  ] as const) {
    await desk.goto(`${receiver.url}/desk/resources?challenge=${challenge}`);
    const map = desk.getByRole('region', { name: 'Behov, forslag og tilbud' });
    await expect(map.getByRole('heading', { name: 'Koblinger (1)' })).toBeVisible();
    const links = map.getByRole('table', { name: 'Tilbud koblet til behov og forslag' });
    await expect(links).toContainText(roomRef);
    await expect(links).toContainText(dinnerRef);
    await expect(links).toContainText(`Anden udfordring: ${elsewhere}`);
    await expectNoViolations(desk, `register of ${challenge} with its map`);
  }

  // Removing it, by the button on the proposal's page.
  await desk.goto(`${receiver.url}/desk/connect/${dinnerId}`);
  await desk
    .getByRole('button', { name: `Fjern kobling mellem ${dinnerRef} og ${roomRef}` })
    .click();
  await expect(desk.getByRole('status')).toHaveText('Koblingen er fjernet.');
  await expect(desk.getByText('Ingen koblinger endnu.')).toBeVisible();
});

test('a pair that cannot be linked gets a page that says why', async ({ desk, receiver }) => {
  const first = validSubmission('offer');
  const second = validSubmission('offer');
  for (const submission of [first, second]) {
    expect((await postSubmission(receiver, submission)).status).toBe(201);
  }
  // A form the picker never offers (two offers), as a stale or hand-made page might post it.
  await desk.goto(`${receiver.url}/desk/connect/${first.id}`);
  await desk.evaluate((otherId) => {
    const token = document.querySelector<HTMLInputElement>('input[name="_csrf"]')!.value;
    const post = document.createElement('form');
    post.method = 'post';
    post.action = location.pathname;
    for (const [name, value] of [
      ['_csrf', token],
      ['other', otherId],
    ]) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = name!;
      input.value = value!;
      post.append(input);
    }
    document.body.append(post);
    post.submit();
  }, second.id);
  await expect(desk.getByRole('heading', { level: 1 })).toContainText('kan ikke kobles');
  await expect(desk.getByText('To tilbud kan ikke kobles til hinanden.')).toBeVisible();
  await expectNoViolations(desk, 'refusal');
});
