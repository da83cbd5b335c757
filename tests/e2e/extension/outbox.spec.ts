import { openDatabase } from '../../../server/data/db';
import { startReceiver } from '../../../server/start';
import { receiverLog } from '../support/receiver-log';
import { expect, openPanel, saveFromDemoPage, storedData, test } from './support';
import { outboxAlarm, watchWorker } from './worker-lifecycle';

/** Set in the worker's global scope before the stop: a worker started afresh does not have it. */
type Marked = { samskabBeforeStop?: true };

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
  await expect.poll(() => outboxAlarm(popup)).toBeDefined();
  // The receiver's database opens now, so that it answers as soon as the worker is gone.
  const database = await openDatabase({ kind: 'memory' });

  // Stop the worker, as the browser does when idle: only the alarm can bring it back.
  const worker = await watchWorker(context, popup, extensionId);
  let alarmAt: number | undefined;
  let stoppedAt = 0;
  try {
    while (alarmAt === undefined) {
      await background.evaluate(() => {
        (globalThis as Marked).samskabBeforeStop = true;
      });
      await worker.stop();
      stoppedAt = worker.changes.length - 1;
      // Read from the popup: the worker stays stopped. The open pages ask it nothing unless it
      // broadcasts, so from here only the alarm can start it again.
      const alarm = await outboxAlarm(popup);
      if (alarm && worker.changes.length - 1 === stoppedAt) {
        alarmAt = alarm.scheduledTime;
      } else if (!alarm) {
        // Stopped after the alarm fired but before its flush set the next one: nothing would
        // wake it. Start it (its start flushes and sets the alarm) and stop it again.
        await worker.start();
        await expect.poll(() => outboxAlarm(popup)).toBeDefined();
      }
      // Otherwise the alarm woke it while we looked: it sets the next alarm, and we stop again.
    }
    const again = await startReceiver({ port: receiver.port, db: database, log: receiverLog() });
    try {
      // The worker was gone; the alarm (not a page, not the test) started a new one.
      const restart = await worker.startedAfter(stoppedAt, 200_000);
      expect(restart.at).toBeGreaterThanOrEqual(alarmAt);
      expect(await background.evaluate(() => (globalThis as Marked).samskabBeforeStop)).toBe(
        undefined,
      );
      await expect
        .poll(async () => (await again.submissions()).map((row) => row.submission?.text.body), {
          timeout: 200_000,
        })
        .toEqual(['Sendt mens modtageren var nede.']);
      await expect(popup.getByTestId('outbox-state')).toContainText('1 sendt');
      // The same Worker object, now in the new worker's scope (see worker-lifecycle.ts).
      expect((await storedData(background)).samskab.outbox).toBe(1);
    } finally {
      await again.close();
    }
  } finally {
    await worker.detach();
    await database.close();
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
