// Protocol 1.3's translations are an optional addition: the widget as the last release built it
// (tests/fixtures/previous-clients/widget) reads a feed whose challenges carry `translations`,
// ignores them, lists every challenge and shows it in Danish, and skips none.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { expect, test } from '../support/fixtures';
import { openHostPage } from '../support/host-page';

const PREVIOUS_WIDGET = join(
  import.meta.dirname,
  '..',
  '..',
  'fixtures',
  'previous-clients',
  'widget',
);
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

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
  for (const file of filesUnder(PREVIOUS_WIDGET)) {
    const path = `/previous/widget/${relative(PREVIOUS_WIDGET, file).split('\\').join('/')}`;
    host.serve(path, readFileSync(file, 'utf8'), {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
  }
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  await openHostPage(page, host, `${host.origin}/previous`, {
    script: {
      endpoint: `${receiver.url}/api/submissions`,
      challenges: `${receiver.url}/api/challenges`,
      locale: 'da',
    },
  });
  const root = page.locator('[data-samskab]').first();
  await expect(root.locator('section[data-ready]')).toBeAttached();
  await expect(root.getByText(/af \d+ udfordringer/)).toContainText(`af ${n} udfordringer`);
  await root.getByText(challenge.title).click();
  await expect(root.getByRole('heading', { level: 2, name: challenge.title })).toBeVisible();
  await expect(root.locator('p.framing')).toHaveText(challenge.framing);
  await expect(root.getByText('Менше самотніх вечорів')).toHaveCount(0);
  expect(warnings.filter((text) => text.includes('skipped'))).toEqual([]);
});
