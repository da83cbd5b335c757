// Issue 20 points 6 and 8, the extension's part: a challenge closed at the desk is marked "Lukket"
// in the popup, listed after the open ones, with no "Svar" (as the widget marks it); the popup
// lists what the page shows without a scroll box inside it, within 600 px; and the side panel
// lists an answer once, not again under "Dine svar".
import { expectNoViolations } from '../support/axe';
import { expect, test } from './support';

test('a closed challenge in the popup: Lukket, last, no Svar; no scroll box within 600 px', async ({
  context,
  extensionId,
  receiver,
  tabIdOf,
}) => {
  // Closed at the desk: the feed says `closed`, and the page still shows it.
  await receiver.db.query(
    `UPDATE challenges SET data = (data::jsonb || '{"status":"closed"}'::jsonb)::text WHERE id = $1`,
    ['ensomhed-lunde'],
  );
  const site = await context.newPage();
  await site.goto(`${receiver.url}/`);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(
    `chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(`${receiver.url}/`)}`,
  );
  const found = popup.getByTestId('detected').locator('li');
  await expect(found.first()).toBeVisible();
  const count = await found.count();
  // Some are shown, the rest on request; the closed one is last.
  const more = popup.getByRole('button', { name: /Vis alle på siden/ });
  if ((await more.count()) > 0) await more.click();
  await expect(found.last()).toContainText('Færre ensomme aftener');
  const closed = found.filter({ hasText: 'Færre ensomme aftener' });
  await expect(closed.locator('.badge')).toHaveText('Lukket');
  await expect(closed.getByRole('button', { name: /^Svar/ })).toHaveCount(0);
  await expect(closed.getByRole('button', { name: /Gem/ })).toBeVisible();
  await expect(found.first().getByRole('button', { name: /^Svar/ })).toBeVisible();
  expect(await found.count()).toBeGreaterThanOrEqual(count);
  // No element inside the popup scrolls on its own.
  const scrollBoxes = await popup.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) => {
        const style = getComputedStyle(el);
        return /auto|scroll/.test(style.overflowY) && el.scrollHeight > el.clientHeight;
      }).length,
  );
  expect(scrollBoxes).toBe(0);
  await expectNoViolations(popup, 'popup with a closed challenge');

  // Before "show all", the popup fits within Chrome's 600 px.
  await popup.reload();
  await expect(found.first()).toBeVisible();
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  expect(height, 'the popup’s height').toBeLessThanOrEqual(600);
});
