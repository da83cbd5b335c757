// Clients already deployed keep working against this receiver: the widget and the extension
// exactly as the last release built them (tests/fixtures/previous-clients/, made by
// scripts/snapshot-previous-clients.ts; source.json names the commit), against the receiver of
// this checkout. A municipality upgrades its receiver without touching its pages, and volunteers
// update their extension when their browser does: both must go on delivering answers and reading
// what became of them. A receiver change that breaks this test needs a protocol migration and a
// note in CHANGELOG.md, not an edit here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signedInPage } from '../desk/support';
import { test as extensionTest, openPanel, saveFromDemoPage } from '../extension/support';
import { expect, test } from '../support/fixtures';
import { sendForReference, writeNeed } from '../widget/support';
import { openPreviousWidget, PREVIOUS_CLIENTS } from './previous-widget';

const PREVIOUS_EXTENSION = join(PREVIOUS_CLIENTS, 'extension');
const { version } = JSON.parse(readFileSync(join(PREVIOUS_CLIENTS, 'source.json'), 'utf8')) as {
  version: string;
};

const HOUR = 60 * 60 * 1000;

test('the previous widget lists, delivers and follows its answer on this receiver', async ({
  page,
  browser,
  host,
  receiver,
}) => {
  test.slow();
  const t0 = Date.now();
  await page.clock.setFixedTime(t0);
  // The municipality's page hosts the widget it embedded back then, on its own origin.
  await openPreviousWidget(page, host, receiver);
  await expect(page.locator('[data-samskab] section[data-ready]').first()).toBeAttached();

  await writeNeed(page, 'Bussen kører ikke efter kl. 18, så mange bliver hjemme om aftenen.');
  const reference = await sendForReference(page);
  const [row] = await receiver.submissions();
  expect(row?.reference).toBe(reference);
  expect(row?.submission).toMatchObject({ source: 'widget', clientVersion: version });

  // Staff move the answer on and show the citizen; on the next visit an hour later, the previous
  // widget reads it from the status link it kept.
  const staff = await browser.newContext();
  try {
    const desk = await signedInPage(await staff.newPage(), receiver, 'facilitator');
    await desk.goto(`${receiver.url}/desk/answers`);
    await desk.getByRole('link', { name: reference }).click();
    await desk.getByLabel('Status', { exact: true }).selectOption('taken-forward');
    await desk.getByRole('button', { name: 'Gem og vis borgeren status' }).click();
    await expect(desk.getByRole('status')).toBeVisible();
  } finally {
    await staff.close();
  }
  await page.clock.setFixedTime(t0 + HOUR + 60_000);
  await page.reload();
  await expect(page.locator('[data-samskab] .outbox [data-state]').first()).toContainText(
    'Arbejdes videre med',
  );
});

extensionTest.describe('the previous extension', () => {
  extensionTest.use({ extensionDir: PREVIOUS_EXTENSION });

  extensionTest(
    'saves a challenge from this receiver and delivers an answer to it',
    async ({ context, extensionId, receiver, tabIdOf }) => {
      await saveFromDemoPage(context, extensionId, `${receiver.url}/`, tabIdOf);
      const panel = await openPanel(context, extensionId, receiver.url);
      await panel.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
      await panel.getByLabel('Hvad ser du?').fill('Der mangler frivillige chauffører.');
      await panel.getByRole('button', { name: 'Send svar' }).click();
      await expect
        .poll(async () => (await receiver.submissions()).map((r) => r.submission?.source))
        .toEqual(['extension']);
      const [row] = await receiver.submissions();
      expect(row?.submission).toMatchObject({ clientVersion: version, kind: 'need' });
      await expect(panel.getByRole('article').getByText(row!.reference)).toBeVisible();
    },
  );
});
