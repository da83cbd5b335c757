// Protocol 1.5's `archived` is an optional addition to the feed: the widget and the extension as
// the last release built them (tests/fixtures/previous-clients/) read a feed that names an
// archived challenge, list the others without a warning, and the extension still saves one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { RunningReceiver } from '../../../server/start';
import { test as extensionTest, saveFromDemoPage } from '../extension/support';
import { expect, test } from '../support/fixtures';
import { openHostPage } from '../support/host-page';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'previous-clients');
const PREVIOUS_WIDGET = join(FIXTURES, 'widget');
const ARCHIVED = 'ungeliv-nordvest';
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

/** Archives a challenge and checks that the feed now names it. */
async function archive(receiver: Pick<RunningReceiver, 'url' | 'db'>) {
  await receiver.db.query('UPDATE challenges SET archived_at = now() WHERE id = $1', [ARCHIVED]);
  const feed = (await (await fetch(`${receiver.url}/api/challenges`)).json()) as {
    archived?: string[];
  };
  expect(feed.archived).toEqual([ARCHIVED]);
}

test('the previous widget lists the challenges of a feed that names an archived one', async ({
  page,
  host,
  receiver,
}) => {
  await archive(receiver);
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
  await expect(root.getByText('Byrum og fritidsliv for unge')).toHaveCount(0);
  // No item skipped, no feed refused (a host page's missing favicon is no concern here).
  expect(warnings.filter((text) => text.includes('Samskab'))).toEqual([]);
});

extensionTest.describe('the previous extension', () => {
  extensionTest.use({ extensionDir: join(FIXTURES, 'extension') });

  extensionTest(
    'saves a challenge from a feed that names an archived one',
    async ({ context, extensionId, receiver, tabIdOf }) => {
      await archive(receiver);
      const popup = await saveFromDemoPage(context, extensionId, `${receiver.url}/`, tabIdOf);
      await expect(popup.getByTestId('detected')).not.toContainText('Byrum og fritidsliv for unge');
    },
  );
});
