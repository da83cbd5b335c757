// "Find challenges on every site" grants `<all_urls>`, and with it every origin: the browser would
// never prompt for an endpoint again. The extension then asks itself, once per new endpoint
// origin (issue 13). Loads the e2e-all build (`npx wxt build --mode e2e-all`).
import { expectNoViolations } from '../support/axe';
import {
  chooseEnglish,
  EXTENSION_ALL_SITES_DIR,
  expect,
  openPanel,
  saveFromDemoPage,
  storedData,
  test,
} from './support';

test.use({ extensionDir: EXTENSION_ALL_SITES_DIR });

test('with every site granted, a new endpoint origin still needs the volunteer’s yes', async ({
  context,
  extensionId,
  background,
  receiver,
  tabIdOf,
}) => {
  await saveFromDemoPage(context, extensionId, `${receiver.url}/`, tabIdOf);
  const panel = await openPanel(context, extensionId, receiver.url);
  const origin = new URL(receiver.url).origin;
  await panel.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await panel.getByLabel('Hvad ser du?').fill('Bussen kører ikke om aftenen.');
  await panel.getByRole('button', { name: 'Send svar' }).click();

  const question = panel.getByRole('alertdialog', { name: new RegExp(`Send svar til ${origin}`) });
  await expect(question).toBeVisible();
  await expectNoViolations(panel, 'side panel, endpoint question');
  // Focus is on the safe answer: Enter says no.
  await expect(question.getByRole('button', { name: 'Annullér' })).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(
    panel.getByText(`Uden din tilladelse til ${origin} kan svaret ikke sendes.`),
  ).toBeVisible();
  expect(await receiver.submissions()).toHaveLength(0);
  expect((await storedData(background)).local.confirmedOrigins ?? []).toEqual([]);

  await panel.getByRole('button', { name: 'Send svar' }).click();
  await question.getByRole('button', { name: 'Ja, send dertil' }).click();
  await expect.poll(async () => (await receiver.submissions()).length).toBe(1);
  expect((await storedData(background)).local.confirmedOrigins).toEqual([origin]);
});

test('the endpoint question in English passes axe and is answered by keyboard', async ({
  context,
  extensionId,
  receiver,
  tabIdOf,
}) => {
  await saveFromDemoPage(context, extensionId, `${receiver.url}/`, tabIdOf);
  await chooseEnglish(context, extensionId);
  const panel = await openPanel(context, extensionId, receiver.url);
  const origin = new URL(receiver.url).origin;
  await panel.getByRole('button', { name: /Tell us what you see/ }).click();
  await panel.getByLabel('What do you see?').fill('The bus does not run in the evening.');
  await panel.getByRole('button', { name: 'Send answer' }).click();
  const question = panel.getByRole('alertdialog', {
    name: new RegExp(`Send answers to ${origin}`),
  });
  await expect(question).toBeVisible();
  await expectNoViolations(panel, 'side panel, endpoint question (en)');
  await panel.keyboard.press('Shift+Tab');
  await expect(question.getByRole('button', { name: 'Yes, send there' })).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect.poll(async () => (await receiver.submissions()).length).toBe(1);
});
