// The feed fetch's limits in the widget (issue 13): a 200 MB chunked feed is abandoned once
// 10,000,000 bytes arrived, and a feed that redirects to another origin is refused without a
// request there. Both with a notice in the mount and the attribute named in the console.
import type { Page } from '@playwright/test';
import { MAX_FEED_BYTES } from '../../../utils/feed-fetch';
import { type HostileFeeds, startHostileFeeds } from '../../support/hostile-feed';
import { expect, test } from '../support/fixtures';

const FEED_BROKEN = 'Vi kunne ikke hente udfordringerne';
const notice = (page: Page) => page.locator('[data-samskab]').getByRole('alert');

function consoleErrors(page: Page): string[] {
  const lines: string[] = [];
  page.on('console', (message) => message.type() === 'error' && lines.push(message.text()));
  return lines;
}

let feeds: HostileFeeds;
test.beforeAll(async () => {
  feeds = await startHostileFeeds();
});
test.afterAll(() => feeds.close());

test('a 200 MB chunked feed is abandoned once the limit is read', async ({ page, openWidget }) => {
  const errors = consoleErrors(page);
  const started = Date.now();
  await openWidget({ script: { challenges: `${feeds.origin}/huge.json` } });
  await expect(notice(page)).toContainText(FEED_BROKEN);
  const stream = feeds.huge.at(-1);
  if (!stream) throw new Error('the feed server saw no request');
  const ended = await stream.ended;
  expect(ended.abandoned, 'the widget stopped reading').toBe(true);
  // The limit plus what the socket buffers held, not 200 MB.
  expect(ended.sent).toBeLessThan(MAX_FEED_BYTES + 20 * 1024 * 1024);
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(errors.join('\n')).toMatch(/data-challenges.*over 10000000 bytes/);
});

test('a feed redirecting to another origin is refused, and that origin is never asked', async ({
  page,
  openWidget,
}) => {
  const errors = consoleErrors(page);
  const before = feeds.otherHits.length;
  await openWidget({ script: { challenges: `${feeds.origin}/moved.json` } });
  await expect(notice(page)).toContainText(FEED_BROKEN);
  await expect(page.getByText('Fra en anden side')).toHaveCount(0);
  expect(feeds.otherHits.length).toBe(before);
  expect(errors.join('\n')).toMatch(/data-challenges.*moved\.json.*redirect refused/);
});
