import { WIDGET_KEYS, type WidgetKey } from '../utils/config-keys';
import { FeedError, fetchFeedJson } from '../utils/feed-fetch';

// Reading the page's configuration, without zod: this runs before the first paint (and its
// bytes count twice, in the loader and in the module build). The lazy answer chunk validates the
// merged result with the shared `WidgetConfig` schema.

export type RawConfig = Partial<Record<WidgetKey, string>>;

export function readDataConfig(element: HTMLElement): RawConfig {
  const config: RawConfig = {};
  for (const key of WIDGET_KEYS) {
    // An empty attribute counts as absent, as a webmaster would expect.
    const value = element.dataset[key]?.trim();
    if (value) config[key] = value;
  }
  return config;
}

/**
 * The object a page gives to `mount`, read like attributes: only the known keys and only own
 * properties (a `"__proto__"` key is not obeyed), as trimmed text, where an empty, null or
 * undefined value counts as absent and hides nothing below it. A page may hand over anything: a
 * URL object reads as its text (as `element.dataset.x = value` would store it), and a value that
 * cannot be read as text becomes a marker no check accepts, so the notice names the key instead
 * of the widget throwing.
 */
export function readApiConfig(source: unknown): RawConfig {
  const config: RawConfig = {};
  for (const key of WIDGET_KEYS) {
    let value: string;
    try {
      const given = Object.hasOwn(Object(source), key)
        ? (source as Record<string, unknown>)[key]
        : undefined;
      // `strings` may be the wording itself, an object, rather than its URL (widget/strings.ts).
      value = key === 'strings' && given?.constructor === Object ? '' : String(given ?? '').trim();
    } catch {
      value = '[unreadable]';
    }
    if (value) config[key] = value;
  }
  return config;
}

/** A mount element's own `data-*` attributes override the script tag's. */
export function mergeConfig(...layers: (RawConfig | undefined)[]): RawConfig {
  return Object.assign({}, ...layers);
}

/**
 * The feed's JSON, from the configured URL or the page's inline script; fails as a promise. A URL
 * is asked in the visitor's language (protocol 1.3), the one the widget shows: the feed then
 * carries only that language's translations.
 */
export async function loadFeedJson(
  config: RawConfig,
  doc: Pick<Document, 'querySelector'>,
  fetchFn: typeof fetch,
  locale: string,
): Promise<unknown> {
  const url = config.challenges;
  // Appended as written, not through URLSearchParams, which would re-encode a query the feed's
  // server may compare byte for byte. Each URL has its own ETag and is cached apart.
  if (url)
    return fetchFeedJson(`${url}${url.includes('?') ? '&' : '?'}locale=${locale}`, {
      fetch: fetchFn,
    });
  const inline = doc.querySelector('script[type="application/json"][data-samskab-challenges]');
  if (!inline) throw new FeedError('shape', 'no feed URL and no inline challenges');
  try {
    return JSON.parse(inline.textContent ?? '');
  } catch {
    throw new FeedError('json', 'the inline challenges are not valid JSON');
  }
}

export function feedArray(json: unknown): unknown[] {
  const list = (json as { challenges?: unknown } | null)?.challenges;
  return Array.isArray(list) ? list : [];
}
