import { describe, expect, it } from 'vitest';
import {
  createFeedCache,
  FEED_CACHE_MS,
  FeedRateLimited,
  NEW_FEEDS_PER_ORIGIN,
} from '../../../extension/background/feed-cache';
import { createTabDetector, REPORT_INTERVAL_MS } from '../../../extension/background/tabs';
import { detectedConfig, fakeFetch, json } from '../utils/fixtures';

const feed = {
  challenges: [{ id: 'a', title: 'A', framing: 'F', url: 'https://lunde.example/a' }],
};

function setup(status = 200) {
  let t = 0;
  const { fetch, calls } = fakeFetch(() => json(status, feed));
  const cache = createFeedCache({ fetch, now: () => t });
  return { cache, calls, tick: (ms: number) => (t += ms) };
}

describe('the background’s feed cache', () => {
  it('fetches a feed URL at most once a minute', async () => {
    const { cache, calls, tick } = setup();
    const url = 'https://lunde.example/feed.json';
    expect((await cache.load(url)).challenges.map((c) => c.id)).toEqual(['a']);
    tick(FEED_CACHE_MS - 1);
    await cache.load(url);
    expect(calls).toHaveLength(1);
    tick(1);
    await cache.load(url);
    expect(calls).toHaveLength(2);
  });

  it('keeps a failure for the minute too', async () => {
    const { cache, calls } = setup(500);
    const url = 'https://lunde.example/feed.json';
    await expect(cache.load(url)).rejects.toMatchObject({ code: 'http' });
    await expect(cache.load(url)).rejects.toMatchObject({ code: 'http' });
    expect(calls).toHaveLength(1);
  });

  it('gives one origin only a few new URLs a minute', async () => {
    const { cache, calls, tick } = setup();
    for (let i = 0; i < NEW_FEEDS_PER_ORIGIN; i++) {
      await cache.load(`https://evil.example/feed.json?r=${i}`);
    }
    await expect(cache.load('https://evil.example/feed.json?r=x')).rejects.toBeInstanceOf(
      FeedRateLimited,
    );
    // Another origin is not held back by this one.
    await cache.load('https://lunde.example/feed.json');
    expect(calls).toHaveLength(NEW_FEEDS_PER_ORIGIN + 1);
    tick(FEED_CACHE_MS);
    await cache.load('https://evil.example/feed.json?r=y');
    expect(calls).toHaveLength(NEW_FEEDS_PER_ORIGIN + 2);
  });

  it('a page reporting every 2 s from many tabs makes one request a minute', async () => {
    let t = 0;
    const { fetch, calls } = fakeFetch(() => json(200, feed));
    const report = {
      url: 'https://evil.example/',
      title: 'Evil',
      mounts: [
        detectedConfig({
          endpoint: 'https://evil.example/api',
          challenges: 'https://victim.example/feed.json',
        }),
      ],
      scripts: [],
      inline: [],
    };
    const tabs = createTabDetector({
      fetch,
      inject: async () => report,
      setBadge: async () => undefined,
      now: () => t,
    });
    for (let second = 0; second < 60; second += REPORT_INTERVAL_MS / 1000) {
      for (const tab of [1, 2, 3, 4]) await tabs.report(tab, report);
      t += REPORT_INTERVAL_MS;
    }
    expect(calls).toHaveLength(1);
  });
});
