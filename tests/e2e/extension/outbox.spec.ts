import { startReceiver } from '../../../server/start';
import { receiverLog } from '../support/receiver-log';
import { expect, openPanel, saveFromDemoPage, storedData, test } from './support';

// Stopping the service worker through DevTools does not always take on the first try; the
// behaviour under test (the alarm revives the worker and delivers) is not what flakes.
test.describe.configure({ retries: 2 });

test('an answer sent while the receiver is down is delivered by the alarm retry after the worker stopped', async ({
  context,
  extensionId,
  receiver,
  background,
  tabIdOf,
}) => {
  // Backoff grows while the receiver is down; on a loaded machine the restart takes a while.
  test.setTimeout(300_000);
  const popup = await saveFromDemoPage(context, extensionId, `${receiver.url}/`, tabIdOf);
  const panel = await openPanel(context, extensionId, receiver.url);
  await receiver.close();

  await panel.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await panel.getByLabel('Hvad ser du?').fill('Sendt mens modtageren var nede.');
  await panel.getByRole('button', { name: 'Send svar' }).click();
  await expect(popup.getByTestId('outbox-state')).toContainText('1 venter');
  // The first attempt failed and the worker set its alarm for the next one.
  await expect
    .poll(() =>
      background.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { alarms: { get(name: string): Promise<{ name: string } | undefined> } };
        };
        return (await chrome.alarms.get('samskab-outbox'))?.name;
      }),
    )
    .toBe('samskab-outbox');

  // Stop the worker, as the browser does when idle: only the alarm can bring it back.
  const cdp = await context.newCDPSession(popup);
  const versions: { versionId: string; scriptURL: string; runningStatus: string }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) =>
    versions.push(...updated),
  );
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => versions.some((v) => v.scriptURL.includes(extensionId))).toBe(true);
  const version = versions.find((v) => v.scriptURL.includes(extensionId))!;
  await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
  await expect.poll(() => background.evaluate(() => 1).catch(() => 'stopped')).toBe('stopped');

  const again = await startReceiver({
    port: receiver.port,
    database: { kind: 'memory' },
    log: receiverLog(),
  });
  try {
    await expect
      .poll(async () => (await again.submissions()).map((row) => row.submission?.text.body), {
        timeout: 200_000,
      })
      .toEqual(['Sendt mens modtageren var nede.']);
    await expect(popup.getByTestId('outbox-state')).toContainText('1 sendt');
    const revived = context.serviceWorkers().find((w) => w.url().includes(extensionId))!;
    expect((await storedData(revived)).samskab.outbox).toBe(1);
  } finally {
    await again.close();
  }
});

test('"delete all my data" leaves nothing in the extension\'s storage', async ({
  context,
  extensionId,
  receiver,
  background,
  tabIdOf,
}) => {
  await saveFromDemoPage(context, extensionId, `${receiver.url}/`, tabIdOf);
  const panel = await openPanel(context, extensionId, receiver.url);
  await panel.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await panel.getByLabel('Hvad ser du?').fill('En kladde.');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Navn', { exact: true }).fill('Mette Frivillig');
  await options.getByRole('button', { name: 'Gem indstillinger' }).click();
  await expect(options.getByRole('status')).toHaveText('Indstillingerne er gemt.');
  await expect
    .poll(async () => {
      const data = await storedData(background);
      return [data.samskab.drafts, data.extension.opportunities, Object.keys(data.local).length];
    })
    .toEqual([1, 1, 1]);

  await options.getByRole('button', { name: 'Slet alle mine data' }).click();
  await options.getByRole('button', { name: 'Ja' }).click();
  await expect(options.getByRole('status')).toHaveText('Alle dine data er slettet.');
  expect(await storedData(background)).toEqual({
    local: {},
    samskab: { drafts: 0, outbox: 0 },
    extension: { opportunities: 0 },
  });
});
