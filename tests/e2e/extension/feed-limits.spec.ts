// The shared feed fetch's limits in the extension's background (issue 13): a page naming a 200 MB
// chunked feed gets it abandoned once 10,000,000 bytes arrived, and a feed that redirects to
// another origin is refused without a request there. The popup says the challenges could not be
// loaded.
import { MAX_FEED_BYTES } from '../../../utils/feed-fetch';
import { type HostileFeeds, startHostileFeeds } from '../../support/hostile-feed';
import { HostServer } from '../support/host-page';
import { expect, test } from './support';

let feeds: HostileFeeds;
let host: HostServer;
test.beforeAll(async () => {
  feeds = await startHostileFeeds();
  host = await HostServer.start();
});
test.afterAll(async () => {
  await host.close();
  await feeds.close();
});

const pageNaming = (path: string, feed: string) =>
  host.serve(
    path,
    `<!doctype html><html lang="da"><title>Lunde</title>
<div data-samskab data-endpoint="${feeds.origin}/api/submissions" data-challenges="${feed}"></div>`,
    { 'Content-Type': 'text/html; charset=utf-8' },
  );

for (const [name, feed] of [
  ['a 200 MB chunked feed is abandoned once the limit is read', '/huge.json'],
  ['a feed redirecting to another origin is refused, and that origin never asked', '/moved.json'],
] as const) {
  test(name, async ({ context, extensionId, tabIdOf }) => {
    const hugeBefore = feeds.huge.length;
    const otherBefore = feeds.otherHits.length;
    const url = pageNaming(`/page${feed.replace('.json', '')}.html`, `${feeds.origin}${feed}`);
    const site = await context.newPage();
    await site.goto(url);
    const popup = await context.newPage();
    const started = Date.now();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(url)}`);
    await expect(popup.getByText('Udfordringerne kunne ikke hentes.')).toBeVisible({
      timeout: 20_000,
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    await expect(popup.getByText('Fra en anden side')).toHaveCount(0);
    expect(feeds.otherHits.length, 'requests to the other origin').toBe(otherBefore);
    if (feed === '/huge.json') {
      expect(feeds.huge.length).toBe(hugeBefore + 1);
      const ended = await feeds.huge.at(-1)!.ended;
      expect(ended.abandoned, 'the background stopped reading').toBe(true);
      expect(ended.sent).toBeLessThan(MAX_FEED_BYTES + 20 * 1024 * 1024);
    }
  });
}
