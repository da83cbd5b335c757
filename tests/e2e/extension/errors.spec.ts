// When the background fails, the extension's pages say so instead of waiting for good ("Leder
// efter udfordringer …" forever), log the error, and stay accessible. The failure is played in
// the page itself, before its code loads: `runtime.sendMessage` answers as the router answers a
// handler that threw, or rejects as it does when no background answers at all.
import type { Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { expect, panelUrl, saveFromDemoPage, test } from './support';

type Runtime = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/** Every request from this page to the background fails, in one of two ways. */
function backgroundFails(page: Page, how: 'refuses' | 'is gone') {
  return page.addInitScript((how) => {
    const { runtime } = (globalThis as unknown as Runtime).chrome;
    runtime.sendMessage =
      how === 'refuses'
        ? async () => ({ ok: false, error: 'failed: Error: disk full' })
        : async () => {
            throw new Error('Could not establish connection. Receiving end does not exist.');
          };
  }, how);
}

/** The console errors the page logged. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test('the popup shows the background’s failure instead of looking for challenges for ever', async ({
  context,
  extensionId,
  receiver,
  tabIdOf,
}) => {
  const siteUrl = `${receiver.url}/`;
  const site = await context.newPage();
  await site.goto(siteUrl);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 700 });
  const errors = consoleErrors(popup);
  await backgroundFails(popup, 'refuses');
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(siteUrl)}`);

  await expect(
    popup.getByRole('alert').filter({ hasText: 'Samskab kunne ikke undersøge siden' }),
  ).toBeVisible();
  await expect(
    popup.getByRole('alert').filter({ hasText: 'Status for dine svar kunne ikke hentes.' }),
  ).toBeVisible();
  await expect(popup.getByText('Leder efter udfordringer …')).toHaveCount(0);
  // The saved list is the popup's own: it still works.
  await expect(popup.getByText('Du har ikke gemt noget endnu.')).toBeVisible();
  expect(errors.join('\n')).toContain('Samskab could not check this page.');
  expect(errors.join('\n')).toContain('disk full');
  await expectNoViolations(popup, 'popup, background failed');

  await popup.getByRole('button', { name: 'Gem denne side' }).click();
  await expect(
    popup.getByRole('alert').filter({ hasText: 'Det blev ikke gemt. Prøv igen.' }),
  ).toBeVisible();
  await expect(popup.getByRole('status')).toHaveText('');
  await expectNoViolations(popup, 'popup, save failed');
});

test('the side panel shows that the answer form could not be opened', async ({
  context,
  extensionId,
  receiver,
  tabIdOf,
}) => {
  // Saved while the background works; the panel opens when it no longer answers.
  await saveFromDemoPage(context, extensionId, `${receiver.url}/`, tabIdOf);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  const errors = consoleErrors(panel);
  await backgroundFails(panel, 'is gone');
  await panel.goto(await panelUrl(extensionId, receiver.url));

  await expect(
    panel.getByRole('alert').filter({ hasText: 'Svarformularen kunne ikke åbnes.' }),
  ).toBeVisible();
  await expect(panel.getByRole('button', { name: /Foreslå en løsning/ })).toHaveCount(0);
  expect(errors.join('\n')).toContain('Could not establish connection');
  await expectNoViolations(panel, 'side panel, background gone');
});
