import { FeedError, fetchFeedJson } from '../utils/feed-fetch';

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

/** The feed's JSON, from the configured URL or the page's inline script. */
export function loadFeedJson(
  config: RawConfig,
  doc: Document,
  fetchFn: typeof fetch,
): Promise<unknown> {
  if (config.challenges) return fetchFeedJson(config.challenges, { fetch: fetchFn });
  const inline = doc.querySelector('script[type="application/json"][data-samskab-challenges]');
  if (!inline) throw new FeedError('shape', 'no data-challenges feed and no inline challenges');
  try {
    return Promise.resolve(JSON.parse(inline.textContent ?? ''));
  } catch {
    throw new FeedError('json', 'the inline challenges are not valid JSON');
  }
}

export function feedArray(json: unknown): unknown[] {
  const list = (json as { challenges?: unknown } | null)?.challenges;
  return Array.isArray(list) ? list : [];
}
