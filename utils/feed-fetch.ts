// Fetching a feed's JSON, kept free of zod: the widget does this before its first paint, and
// validates the items later (utils/feed.ts).
import { isAllowedRemoteUrl } from './url';

export type FeedErrorCode = 'url' | 'network' | 'http' | 'size' | 'json' | 'shape';

/**
 * The most a feed may weigh, in bytes of its body as sent. Ten times what 10,000 realistic
 * challenges take, and far below what would freeze a phone while it is parsed.
 */
export const MAX_FEED_BYTES = 10_000_000;

/**
 * The feed as a whole is unusable (as opposed to single invalid items, which are skipped). The
 * message names the attribute to fix: the widget and the extension both read feeds from there.
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly code: FeedErrorCode,
    message: string,
  ) {
    super(`Samskab challenges feed (data-challenges): ${message}`);
  }
}

export type FetchJsonDeps = { fetch: typeof fetch; maxBytes?: number };

/** GETs a feed's JSON: no credentials, only allowed URLs, at most `maxBytes` (MAX_FEED_BYTES). */
export async function fetchFeedJson(url: string, deps: FetchJsonDeps): Promise<unknown> {
  // Called unbound: `window.fetch` invoked as `deps.fetch()` throws "Illegal invocation".
  const { fetch, maxBytes = MAX_FEED_BYTES } = deps;
  if (!isAllowedRemoteUrl(url)) {
    throw new FeedError('url', `${url}: refused (https only; http only on localhost)`);
  }
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      headers: { Accept: 'application/json' },
    });
  } catch (cause) {
    throw new FeedError('network', `${url}: ${cause}`);
  }
  if (!response.ok) throw new FeedError('http', `${url}: HTTP ${response.status}`);
  const tooBig = () => new FeedError('size', `${url}: over ${maxBytes} bytes`);
  if (Number(response.headers.get('Content-Length')) > maxBytes) throw tooBig();
  const text = await response.text();
  // A character takes at least one byte: more characters than the limit is more bytes, too.
  if (text.length > maxBytes) throw tooBig();
  try {
    return JSON.parse(text);
  } catch {
    throw new FeedError('json', `${url}: not JSON`);
  }
}
