// The shared feed fetch against real sockets (issue 13): a 200 MB chunked feed is abandoned once
// the limit is read, and a redirect, to another origin or not, is refused without following it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeedJson, MAX_FEED_BYTES } from '../../../utils/feed-fetch';
import { type HostileFeeds, startHostileFeeds } from '../../support/hostile-feed';

let feeds: HostileFeeds;
beforeAll(async () => {
  feeds = await startHostileFeeds();
});
afterAll(() => feeds.close());

const fetchUnbound = (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init);

describe('fetchFeedJson against a real server', () => {
  it('abandons a 200 MB chunked feed once the limit is read', async () => {
    const started = Date.now();
    await expect(
      fetchFeedJson(`${feeds.origin}/huge.json`, { fetch: fetchUnbound }),
    ).rejects.toMatchObject({
      code: 'size',
      message: expect.stringMatching(/over 10000000 bytes/),
    });
    const refusedMs = Date.now() - started;
    const stream = feeds.huge.at(-1);
    if (!stream) throw new Error('the server saw no request');
    const ended = await stream.ended;
    expect(ended.abandoned).toBe(true);
    // The limit plus what the socket buffers held: nowhere near 200 MB.
    expect(ended.sent).toBeLessThan(MAX_FEED_BYTES + 20 * 1024 * 1024);
    expect(refusedMs).toBeLessThan(5_000);
  });

  it('refuses a redirect to another origin, and never asks that origin', async () => {
    const before = feeds.otherHits.length;
    await expect(
      fetchFeedJson(`${feeds.origin}/moved.json`, { fetch: fetchUnbound }),
    ).rejects.toMatchObject({ code: 'http', message: expect.stringMatching(/HTTP 302/) });
    expect(feeds.otherHits.length).toBe(before);
  });

  it('refuses a redirect within the same origin too: the feed must be served at its URL', async () => {
    await expect(
      fetchFeedJson(`${feeds.origin}/moved-here.json`, { fetch: fetchUnbound }),
    ).rejects.toMatchObject({ code: 'http' });
  });

  it('reads a feed served where it was named', async () => {
    await expect(
      fetchFeedJson(`${feeds.otherOrigin}/feed.json`, { fetch: fetchUnbound }),
    ).resolves.toMatchObject({ challenges: [{ id: 'omdirigeret' }] });
  });
});
