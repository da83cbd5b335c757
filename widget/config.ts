// Reading the page's configuration, without zod: this runs before the first paint. The lazy
// answer chunk validates the merged result with the shared `WidgetConfig` schema.

export const CONFIG_KEYS = ['endpoint', 'challenges', 'challenge', 'locale'] as const;
export type RawConfig = Partial<Record<(typeof CONFIG_KEYS)[number], string>>;

export function readDataConfig(element: HTMLElement): RawConfig {
  const config: RawConfig = {};
  for (const key of CONFIG_KEYS) {
    // An empty attribute counts as absent, as a webmaster would expect.
    const value = element.dataset[key]?.trim();
    if (value) config[key] = value;
  }
  return config;
}

/** A mount element's own `data-*` attributes override the script tag's. */
export function mergeConfig(...layers: (RawConfig | undefined)[]): RawConfig {
  return Object.assign({}, ...layers);
}

export class FeedLoadError extends Error {}

const MAX_FEED_BYTES = 10 * 1024 * 1024;

/** The feed's items as JSON, from the configured URL or the page's inline script. */
export async function loadFeedItems(
  config: RawConfig,
  doc: Document,
  fetchFn: typeof fetch,
  isAllowed: (url: string) => boolean,
): Promise<unknown> {
  if (config.challenges) {
    if (!isAllowed(config.challenges))
      throw new FeedLoadError('data-challenges is not an allowed URL');
    const response = await fetchFn(config.challenges, {
      credentials: 'omit',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new FeedLoadError(`the feed answered ${response.status}`);
    const length = Number(response.headers.get('Content-Length') ?? 0);
    if (length > MAX_FEED_BYTES) throw new FeedLoadError('the feed is larger than 10 MB');
    const text = await response.text();
    if (text.length > MAX_FEED_BYTES) throw new FeedLoadError('the feed is larger than 10 MB');
    return JSON.parse(text);
  }
  const inline = doc.querySelector('script[type="application/json"][data-samskab-challenges]');
  if (!inline) throw new FeedLoadError('no data-challenges feed and no inline challenges');
  return JSON.parse(inline.textContent ?? '');
}

export function feedArray(json: unknown): unknown[] {
  const list = (json as { challenges?: unknown } | null)?.challenges;
  return Array.isArray(list) ? list : [];
}
