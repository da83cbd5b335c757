import type { Page } from '@playwright/test';
import { expect, test } from './support';

const CHALLENGE = /Færre ensomme aftener/;

async function openPopup(page: Page, extensionId: string, tabId: number) {
  await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return page;
}

test('detects the demo page, saves a challenge and answers it from the side panel', async ({
  context,
  extensionId,
  receiver,
  tabIdOf,
}) => {
  const site = await context.newPage();
  await site.goto(`${receiver.url}/`);
  const popup = await openPopup(
    await context.newPage(),
    extensionId,
    await tabIdOf(`${receiver.url}/`),
  );

  const detected = popup.getByTestId('detected');
  await expect(detected.getByRole('heading', { name: CHALLENGE })).toBeVisible();
  await popup.getByRole('button', { name: /^Gem: Færre ensomme aftener/ }).click();
  await expect(popup.getByTestId('saved').getByRole('link', { name: CHALLENGE })).toBeVisible();
  await expect(popup.getByRole('button', { name: /^Gemt: Færre ensomme aftener/ })).toBeDisabled();
  await popup.screenshot({ path: 'extension/screenshots/popup.png' });

  const { challenges } = (await (await fetch(`${receiver.url}/api/challenges`)).json()) as {
    challenges: { id: string; title: string }[];
  };
  const challenge = challenges.find((c) => CHALLENGE.test(c.title))!;
  const id = `challenge:${receiver.url}/api/submissions#${challenge.id}`;
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?id=${encodeURIComponent(id)}`);
  await expect(panel.getByRole('heading', { name: CHALLENGE })).toBeVisible();
  await panel.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await panel.getByLabel('Hvad ser du?').fill('Bussen kører ikke om aftenen.');
  await panel.screenshot({ path: 'extension/screenshots/sidepanel.png', fullPage: true });
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
