import { expect, sendTheOnlyAnswer, submissionRows, test } from '../support/fixtures';

const LUNDE = 'Færre ensomme aftener for ældre i Lunde';

test('tell what you see: from an empty page to a row in the receiver', async ({
  page,
  openWidget,
  receiver,
}) => {
  await openWidget();
  await page.getByRole('button', { name: new RegExp(LUNDE) }).click();
  await page.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await page.getByLabel('Hvad ser du?').fill('Min nabo på 87 sidder alene hver aften.');
  await page.getByLabel('Jeg eller vi kan hjælpe med at sætte det i gang').check();
  await page.getByRole('button', { name: 'Send svar' }).click();
  await expect(page.getByRole('heading', { name: 'Tak! Dit svar er sendt.' })).toBeVisible();
  await expect(page.getByRole('article').getByText(/Dit referencenummer: \S+/)).toBeVisible();
  // "Dine svar" is shown under the challenge too, not only under the list.
  const yours = page.getByRole('region', { name: /Dine svar/ });
  await expect(yours.getByText(/Dit referencenummer: \S+/)).toBeVisible();

  const rows = await submissionRows(receiver);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    kind: 'need',
    challenge: { id: 'ensomhed-lunde', title: LUNDE },
    text: { body: 'Min nabo på 87 sidder alene hver aften.' },
    canHelpImplement: true,
    author: { actorType: 'citizen' },
    consent: { contact: false },
    source: 'widget',
    locale: 'da',
  });
  expect(rows[0]!.author.email).toBeUndefined();
});

test('propose a solution, with contact details and consent', async ({
  page,
  openWidget,
  receiver,
}) => {
  await openWidget();
  await page.getByRole('button', { name: /Mere liv på plejecentret/ }).click();
  await page.getByRole('button', { name: /Foreslå en løsning/ }).click();
  await page.getByLabel('Overskrift').fill('Skolekor på besøg');
  await page.getByLabel('Hvad foreslår du?').fill('Skolekoret kan synge for beboerne hver fredag.');
  await page.getByLabel('Jeg svarer som').selectOption('association');
  await page.getByLabel('Navn (valgfrit)', { exact: true }).fill('Mette Hansen');
  await page.getByLabel('Forening eller virksomhed').fill('Thueslund Skolekor');
  await page.getByLabel('E-mail (valgfrit)', { exact: true }).fill('mette@example.dk');
  await page.getByRole('button', { name: 'Send svar' }).click();
  // Contact details without consent: the error is shown at the field and focus moves there.
  await expect(page.getByText('Sæt kryds, hvis vi må kontakte dig.').first()).toBeVisible();
  await expect(page.getByLabel('Kommunen må kontakte mig om mit svar')).toBeFocused();
  expect(await submissionRows(receiver)).toHaveLength(0);
  await page.getByLabel('Kommunen må kontakte mig om mit svar').check();
  const stored = await sendTheOnlyAnswer(page, receiver);
  expect(stored).toMatchObject({
    kind: 'proposal',
    challenge: { id: 'liv-paa-plejecentret' },
    text: { title: 'Skolekor på besøg', body: 'Skolekoret kan synge for beboerne hver fredag.' },
    author: {
      actorType: 'association',
      name: 'Mette Hansen',
      organisation: 'Thueslund Skolekor',
      email: 'mette@example.dk',
    },
    consent: { contact: true },
  });
});

test('offer a resource: type, availability and area', async ({ page, openWidget, receiver }) => {
  await openWidget();
  await page.getByRole('button', { name: /Byrum og fritidsliv/ }).click();
  await page.getByRole('button', { name: /Tilbyd hjælp/ }).click();
  await page.getByLabel('Hvad kan du tilbyde?').fill('Vores værksted står tomt om aftenen.');
  await page.getByRole('button', { name: 'Send svar' }).click();
  await expect(page.getByLabel('Hvad kan du hjælpe med?')).toBeFocused();
  await page.getByLabel('Hvad kan du hjælpe med?').selectOption('venue');
  await page.getByLabel('Hvornår og hvor meget?').fill('Tirsdag og torsdag 17-21');
  await page.getByLabel('Hvor (by eller område)?').fill('Nordvest');
  await page.getByLabel('Jeg svarer som').selectOption('business');
  const stored = await sendTheOnlyAnswer(page, receiver);
  expect(stored).toMatchObject({
    kind: 'offer',
    offer: { resourceType: 'venue', availability: 'Tirsdag og torsdag 17-21', area: 'Nordvest' },
    author: { actorType: 'business' },
  });
  expect(stored.canHelpImplement).toBeUndefined();
});
