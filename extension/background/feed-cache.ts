// The background fetches feed URLs that web pages chose. With "find challenges on every site" a
// page reports on every load (and may report every 2 s), so without a limit any page could make
// the volunteer's browser fetch 3 URLs of its choosing every 2 s per tab. Here each feed URL is
// fetched at most once a minute (its result, or its failure, is kept for that minute), and each
// feed origin gets at most a few new URLs a minute, so `?r=<random>` buys nothing either.
import { type LoadedFeed, loadFeed } from '../feed-updates';

export const FEED_CACHE_MS = 60_000;
/** New (uncached) feed URLs per feed origin per minute. */
export const NEW_FEEDS_PER_ORIGIN = 3;
const MAX_ENTRIES = 200;

export class FeedRateLimited extends Error {
  override readonly name = 'FeedRateLimited';
}

export type FeedCacheDeps = {
  fetch: typeof fetch;
  now: () => number;
  warn?: (message: string) => void;
};

export function createFeedCache(deps: FeedCacheDeps) {
  const entries = new Map<string, { at: number; loading: Promise<LoadedFeed> }>();
  /** When each origin's recent new fetches started. */
  const started = new Map<string, number[]>();
  const drop = (now: number) => {
    for (const [url, entry] of entries) {
      if (now - entry.at >= FEED_CACHE_MS || entries.size > MAX_ENTRIES) entries.delete(url);
    }
    for (const [origin, times] of started) {
      const recent = times.filter((at) => now - at < FEED_CACHE_MS);
      if (recent.length) started.set(origin, recent);
      else started.delete(origin);
    }
  };
  return {
    /** The feed's challenges: from the last minute's fetch, or fetched now if the origin may. */
    load(url: string): Promise<LoadedFeed> {
      const now = deps.now();
      drop(now);
      const cached = entries.get(url);
      if (cached) return cached.loading;
      const origin = new URL(url).origin;
      const recent = started.get(origin) ?? [];
      if (recent.length >= NEW_FEEDS_PER_ORIGIN) {
        return Promise.reject(new FeedRateLimited(`${origin}: too many feed URLs this minute`));
      }
      started.set(origin, [...recent, now]);
      const loading = loadFeed(url, { fetch: deps.fetch, warn: deps.warn ?? (() => {}) });
      // Kept even when it fails: a failing feed is not asked again within the minute either.
      loading.catch(() => undefined);
      entries.set(url, { at: now, loading });
      return loading;
    },
    clear: () => {
      entries.clear();
      started.clear();
    },
  };
}
export type FeedCache = ReturnType<typeof createFeedCache>;
