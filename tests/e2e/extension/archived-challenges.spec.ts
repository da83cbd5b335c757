// Issue 20 point 6, the extension's part: a challenge the municipality archived is dropped by the
// popup and the side panel, saved or not. The feed names it in `archived` (protocol 1.5); the
// popup and the side panel read the saved challenges' feeds when they open, mark it, and list it no
// more; its own side panel takes no answers but still shows what became of the answers sent; the
// saved-list page keeps it, marked "Arkiveret". A saved challenge closed meanwhile is marked
// "Lukket", with no "Svar". (On the old code the popup and the panel listed both as open, with
// "Svar".)
import type { Worker } from '@playwright/test';
import type { Opportunity } from '../../../utils/opportunities';
import { expectNoViolations } from '../support/axe';
import { CHALLENGE, expect, test } from './support';
import { watchWorker } from './worker-lifecycle';

const OTHER = /Mere liv på plejecentret/;

/**
 * Saves the receiver's challenges in the extension's database as the popup saves them (with their
 * feed), without a page: detecting one would keep its feed in the background's one-minute cache.
 */
async function saveChallenges(background: Worker, receiverUrl: string, ids: readonly string[]) {
  const feedUrl = `${receiverUrl}/api/challenges`;
  const { challenges } = (await (await fetch(feedUrl)).json()) as {
    challenges: (Opportunity['challenge'] & { id: string; title: string; url: string })[];
  };
  const endpoint = `${receiverUrl}/api/submissions`;
  const items: Opportunity[] = ids.map((id, i) => {
    const { counts, updates, published, ...challenge } = challenges.find((c) => c.id === id)! as {
      counts?: unknown;
      updates?: unknown;
      published?: unknown;
    } & NonNullable<Opportunity['challenge']>;
    return {
      id: `challenge:${endpoint}#${id}`,
      title: challenge.title,
      url: `${receiverUrl}/`,
      note: '',
      status: 'interested',
      challenge,
      endpoint,
      feedUrl,
      savedAt: 1_000 + i,
      updatedAt: 1_000 + i,
    };
  });
  await background.evaluate(async (items) => {
    const request = indexedDB.open('samskab-extension', 1);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('opportunities', 'readwrite');
    for (const item of items) tx.objectStore('opportunities').put(item);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, items);
  return items.map((item) => item.id);
}

test('an archived challenge leaves the popup and the side panel, and stays marked on the saved list', async ({
  context,
  background,
  extensionId,
  receiver,
}) => {
  const [archivedId, openId] = await saveChallenges(background, receiver.url, [
    'ensomhed-lunde',
    'liv-paa-plejecentret',
  ]);
  await receiver.db.query('UPDATE challenges SET archived_at = now() WHERE id = $1', [
    'ensomhed-lunde',
  ]);
  // The other one is closed meanwhile: still listed, as closed.
  await receiver.db.query(
    `UPDATE challenges SET data = (data::jsonb || '{"status":"closed"}'::jsonb)::text WHERE id = $1`,
    ['liv-paa-plejecentret'],
  );
  const feed = (await (await fetch(`${receiver.url}/api/challenges`)).json()) as {
    archived?: string[];
  };
  expect(feed.archived).toEqual(['ensomhed-lunde']);

  // The popup reads the saved challenges' feeds as it opens, and drops the archived one.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const saved = popup.getByTestId('saved');
  await expect(saved.getByRole('link', { name: OTHER })).toBeVisible();
  await expect(saved.getByRole('link', { name: CHALLENGE })).toHaveCount(0);
  await expect(saved.getByRole('button', { name: /^Svar: Færre ensomme/ })).toHaveCount(0);
  const closed = saved.locator('li').filter({ hasText: 'Mere liv på plejecentret' });
  await expect(closed.locator('.badge')).toHaveText('Lukket');
  await expect(closed.getByRole('button', { name: /^Svar/ })).toHaveCount(0);
  await expectNoViolations(popup, 'popup without the archived challenge');

  // The side panel's list of saved challenges to answer leaves it out too.
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByRole('button', { name: OTHER })).toBeVisible();
  await expect(panel.getByRole('button', { name: CHALLENGE })).toHaveCount(0);

  // Its own panel (from the saved-list page) takes no answers, and says why.
  await panel.goto(
    `chrome-extension://${extensionId}/sidepanel.html?id=${encodeURIComponent(archivedId!)}`,
  );
  await expect(panel.getByTestId('archived')).toHaveText(
    'Kommunen har arkiveret udfordringen, så den tager ikke imod svar. Her kan du stadig se, hvad der blev af dine svar.',
  );
  await expect(panel.getByRole('heading', { name: CHALLENGE })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /Send/ })).toHaveCount(0);
  await expectNoViolations(panel, 'side panel of an archived challenge');
  // The other one is still there (closed, its panel says so).
  await panel.goto(
    `chrome-extension://${extensionId}/sidepanel.html?id=${encodeURIComponent(openId!)}`,
  );
  await expect(panel.getByRole('heading', { name: OTHER })).toBeVisible();
  await expect(panel.getByTestId('archived')).toHaveCount(0);

  // The saved-list page keeps it, marked, its button showing what became of the answers.
  const list = await context.newPage();
  await list.goto(`chrome-extension://${extensionId}/saved.html`);
  const item = list.getByTestId('saved').locator('li').filter({ hasText: 'Færre ensomme aftener' });
  await expect(item.locator('.badge')).toHaveText('Arkiveret');
  await expect(item.getByRole('button', { name: 'Hvad blev der af dine svar' })).toBeVisible();
  await expect(item.getByRole('button', { name: /^Svar$/ })).toHaveCount(0);
  await expectNoViolations(list, 'saved list with an archived challenge');

  // What the popup learnt is kept with the saved item.
  const stored = await background.evaluate(async (id) => {
    const request = indexedDB.open('samskab-extension', 1);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = db.transaction('opportunities').objectStore('opportunities').get(id);
    const value = await new Promise<{ archived?: boolean }>((resolve, reject) => {
      read.onsuccess = () => resolve(read.result);
      read.onerror = () => reject(read.error);
    });
    db.close();
    return value;
  }, archivedId!);
  expect(stored.archived).toBe(true);
});

test('the answers sent to a challenge later archived stay in its side panel, without a form', async ({
  background,
  context,
  extensionId,
  receiver,
}) => {
  const [id] = await saveChallenges(background, receiver.url, ['ensomhed-lunde']);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(
    `chrome-extension://${extensionId}/sidepanel.html?id=${encodeURIComponent(id!)}`,
  );
  await panel.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await panel.getByLabel('Hvad ser du?').fill('Bussen kører ikke om aftenen.');
  await panel.getByRole('button', { name: 'Send svar' }).click();
  await expect.poll(async () => (await receiver.submissions()).length).toBe(1);
  const [row] = await receiver.submissions();
  await expect(panel.getByTestId('answer-statuses')).toContainText(row!.reference);

  await receiver.db.query('UPDATE challenges SET archived_at = now() WHERE id = $1', [
    'ensomhed-lunde',
  ]);
  // Opening the panel read the feed a moment ago, and the background keeps a feed for a minute in
  // its memory: the worker stopped, as the browser stops an idle one, the panel opened again reads
  // the feed afresh and learns of the archiving.
  const worker = await watchWorker(context, panel, extensionId);
  try {
    await worker.stop();
  } finally {
    await worker.detach();
  }
  await panel.reload();
  await expect(panel.getByTestId('archived')).toBeVisible();
  await expect(panel.getByTestId('answer-statuses')).toContainText(row!.reference);
  await expect(panel.getByRole('button', { name: /Fortæl hvad du ser/ })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Send svar' })).toHaveCount(0);
});
