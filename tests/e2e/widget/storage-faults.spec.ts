// IndexedDB failing after the widget opened it: storage full, the database deleted in another
// tab, a newer version upgrading it from another tab; and an open that only succeeds after the
// widget stopped waiting. The person is told when their text only lives in this page, nothing
// already stored is lost, and answers are still delivered.
import type { Page } from '@playwright/test';
import { validSubmission } from '../../server/fixtures';
import { expect, submissionRows, test } from '../support/fixtures';
import { queuedAnswer } from '../support/outbox-seed';
import { effectsRun, nextWidgetEvent, writeNeed } from './support';

const memoryNotice = 'Browseren kan ikke gemme mere lige nu.';

/**
 * What another tab of the same site does to the widget's database: deletes it, or opens it at a
 * newer version and holds it open, as a tab running a newer widget would.
 */
async function inOtherTab(page: Page, action: 'delete' | 'upgrade') {
  const other = await page.context().newPage();
  await other.goto(page.url());
  await other.evaluate(
    (what) =>
      new Promise<void>((resolve, reject) => {
        const request =
          what === 'delete' ? indexedDB.deleteDatabase('samskab') : indexedDB.open('samskab', 2);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
    action,
  );
  return other;
}

async function reopenNeed(page: Page) {
  // A reload opens the challenge the address names (#samskab=…): back to the list first.
  await page.getByRole('button', { name: /Tilbage til listen/ }).click();
  await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
  await page.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
}

test('storage full: a notice, the answer still delivered, earlier drafts kept', async ({
  page,
  openWidget,
  receiver,
}) => {
  await openWidget();
  await writeNeed(page, 'En kladde fra før disken blev fuld');
  await expect(page.getByText(/Kladde gemt/)).toBeVisible();
  await page.getByRole('button', { name: /Tilbage til listen/ }).click();
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await writeNeed(page, 'Skrevet med fuld disk', /Mere liv på plejecentret/);
  await expect(page.getByText(memoryNotice)).toBeVisible();
  await page.getByRole('button', { name: 'Send svar' }).click();
  await expect(page.getByText(/Dit referencenummer/).first()).toBeVisible({ timeout: 20_000 });
  expect((await submissionRows(receiver)).map((row) => row.text.body)).toEqual([
    'Skrevet med fuld disk',
  ]);

  await page.reload();
  await reopenNeed(page);
  await expect(page.getByLabel('Hvad ser du?')).toHaveValue('En kladde fra før disken blev fuld');
});

test('database deleted in another tab: recreated with this page’s drafts, no notice', async ({
  page,
  openWidget,
}) => {
  await openWidget();
  await writeNeed(page, 'Første linje');
  await expect(page.getByText(/Kladde gemt/)).toBeVisible();
  await (await inOtherTab(page, 'delete')).close();
  const saved = await nextWidgetEvent(page, 'draft-saved');
  await page.getByLabel('Hvad ser du?').fill('Første linje, og en til');
  // This save, not the earlier one's "Kladde gemt": a write that fell back to memory would have
  // said so (the notice) before the save completes.
  await saved();
  await expect(page.getByText(/Kladde gemt/)).toBeVisible();
  await effectsRun(page);
  await expect(page.getByText(memoryNotice)).toHaveCount(0);

  await page.reload();
  await reopenNeed(page);
  await expect(page.getByLabel('Hvad ser du?')).toHaveValue('Første linje, og en til');
});

test('a newer version upgrades the database from another tab: memory only, said, still sent', async ({
  page,
  openWidget,
  receiver,
}) => {
  await openWidget();
  await writeNeed(page, 'Før opgraderingen');
  await expect(page.getByText(/Kladde gemt/)).toBeVisible();
  await inOtherTab(page, 'upgrade');

  await page.getByLabel('Hvad ser du?').fill('Efter opgraderingen');
  await expect(page.getByText(memoryNotice)).toBeVisible();
  await page.getByRole('button', { name: 'Send svar' }).click();
  await expect(page.getByText(/Dit referencenummer/).first()).toBeVisible({ timeout: 20_000 });
  expect((await submissionRows(receiver)).map((row) => row.text.body)).toEqual([
    'Efter opgraderingen',
  ]);
});

test('an open that takes longer than the widget waits: memory first, then the database, earlier answers sent', async ({
  page,
  openWidget,
  receiver,
  host,
}) => {
  test.setTimeout(60_000);
  const submission = validSubmission('need');
  submission.text = { body: 'Sat i kø ved et tidligere besøg' };
  const earlier = queuedAnswer(`${receiver.url}/api/submissions`, 1_000, submission);
  // Another tab of the site creates the database with an earlier answer in it and keeps its
  // upgrade busy, as a slow device can: every other open waits behind it.
  const other = await page.context().newPage();
  await other.goto(host.serve('/other.html', '<!doctype html><title>other</title>', {}));
  await other.evaluate((item) => {
    const w = window as unknown as { release: () => void };
    let released = false;
    w.release = () => {
      released = true;
    };
    const request = indexedDB.open('samskab', 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('drafts', { keyPath: 'key' });
      const outbox = request.result.createObjectStore('outbox', { keyPath: 'id' });
      outbox.put(item);
      const spin = () => {
        if (!released) outbox.get('none').onsuccess = spin;
      };
      spin();
    };
    request.onsuccess = () => request.result.close();
  }, earlier);

  await openWidget();
  await writeNeed(page, 'Skrevet mens databasen var langsom');
  await expect(page.getByText(memoryNotice)).toBeVisible({ timeout: 15_000 });
  expect(await submissionRows(receiver)).toEqual([]);

  await other.evaluate(() => (window as unknown as { release: () => void }).release());
  await expect(page.getByText(memoryNotice)).toHaveCount(0, { timeout: 15_000 });
  await expect
    .poll(async () => (await submissionRows(receiver)).map((row) => row.text.body))
    .toEqual(['Sat i kø ved et tidligere besøg']);
  await page.getByLabel('Hvad ser du?').fill('Skrevet mens databasen var langsom, og lidt til');
  await expect(page.getByText(/Kladde gemt/)).toBeVisible();

  await page.reload();
  await reopenNeed(page);
  await expect(page.getByLabel('Hvad ser du?')).toHaveValue(
    'Skrevet mens databasen var langsom, og lidt til',
  );
});
