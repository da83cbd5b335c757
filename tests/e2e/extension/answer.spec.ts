import { CHALLENGE, expect, keptPicture, openPanel, saveFromDemoPage, test } from './support';

test('detects the demo page, saves a challenge and answers it from the side panel', async ({
  context,
  extensionId,
  receiver,
  tabIdOf,
}) => {
  const popup = await saveFromDemoPage(context, extensionId, `${receiver.url}/`, tabIdOf);
  await expect(
    popup.getByTestId('detected').getByRole('heading', { name: CHALLENGE }),
  ).toBeVisible();
  await expect(popup.getByRole('button', { name: /^Gemt: Færre ensomme aftener/ })).toBeDisabled();
  await popup.screenshot({ path: keptPicture('extension/screenshots/popup.png'), fullPage: true });

  const { challenges } = (await (await fetch(`${receiver.url}/api/challenges`)).json()) as {
    challenges: { id: string; title: string }[];
  };
  const challenge = challenges.find((c) => CHALLENGE.test(c.title))!;
  const panel = await openPanel(context, extensionId, receiver.url);
  await panel.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await panel.getByLabel('Hvad ser du?').fill('Bussen kører ikke om aftenen.');
  await panel.screenshot({
    path: keptPicture('extension/screenshots/sidepanel.png'),
    fullPage: true,
  });
  await panel.getByRole('button', { name: 'Send svar' }).click();

  await expect
    .poll(async () => (await receiver.submissions()).map((row) => row.submission?.source))
    .toEqual(['extension']);
  const [row] = await receiver.submissions();
  expect(row?.submission).toMatchObject({
    kind: 'need',
    challenge: { id: challenge.id },
    text: { body: 'Bussen kører ikke om aftenen.' },
    pageUrl: `${receiver.url}/`,
  });
});
