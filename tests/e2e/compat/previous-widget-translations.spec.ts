// Protocol 1.3's translations are an optional addition: the widget as the last release built it
// (tests/fixtures/previous-clients/widget) reads a feed whose challenges carry `translations`,
// ignores them, lists every challenge and shows it in Danish, and skips none.
import { expect, test } from '../support/fixtures';
import { openPreviousWidget } from './previous-widget';

test('the previous widget shows a translated challenge in Danish and skips nothing', async ({
  page,
  host,
  receiver,
}) => {
  const [row] = await receiver.db.query<{ data: string }>(
    "SELECT data FROM challenges WHERE id = 'ensomhed-lunde'",
  );
  const challenge = JSON.parse(row!.data) as { title: string; framing: string };
  await receiver.db.query("UPDATE challenges SET data = $1 WHERE id = 'ensomhed-lunde'", [
    JSON.stringify({
      ...challenge,
      translations: {
        uk: { title: 'Менше самотніх вечорів', framing: 'Багато літніх людей живуть самі.' },
        ar: { title: 'أمسيات أقل وحدة' },
      },
    }),
  ]);
  const [{ n }] = (await receiver.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM challenges WHERE archived_at IS NULL',
  )) as [{ n: number }];
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  await openPreviousWidget(page, host, receiver, { locale: 'da' });
  const root = page.locator('[data-samskab]').first();
  await expect(root.locator('section[data-ready]')).toBeAttached();
  await expect(root.getByText(/af \d+ udfordringer/)).toContainText(`af ${n} udfordringer`);
  await root.getByText(challenge.title).click();
  await expect(root.getByRole('heading', { level: 2, name: challenge.title })).toBeVisible();
  await expect(root.locator('p.framing')).toHaveText(challenge.framing);
  await expect(root.getByText('Менше самотніх вечорів')).toHaveCount(0);
  expect(warnings.filter((text) => text.includes('skipped'))).toEqual([]);
});
