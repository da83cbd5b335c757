// Fetching a feed's JSON, kept free of zod: the widget does this before its first paint, and
// validates the items later (utils/feed.ts).
import { isAllowedRemoteUrl } from './url';

export type FeedErrorCode = 'url' | 'network' | 'http' | 'size' | 'json' | 'shape';

/** The feed as a whole is unusable (as opposed to single invalid items, which are skipped). */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly code: FeedErrorCode,
    message: string,
  ) {
    super(`Samskab challenges feed: ${message}`);
  }
}

export type FetchJsonDeps = { fetch: typeof fetch; maxBytes?: number };

/** GETs a feed's JSON: no credentials, only allowed URLs, at most `maxBytes` (10 MB). */
export async function fetchFeedJson(url: string, deps: FetchJsonDeps): Promise<unknown> {
  // Called unbound: `window.fetch` invoked as `deps.fetch()` throws "Illegal invocation".
  const { fetch, maxBytes = 10_000_000 } = deps;
  if (!isAllowedRemoteUrl(url)) {
    throw new FeedError('url', `${url} is not an allowed URL (https, or http on localhost)`);
  }
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      mode: 'cors',
      headers: { Accept: 'application/json' },
    });
  } catch (cause) {
    throw new FeedError('network', `${url}: ${String(cause)}`);
  }
  if (!response.ok) throw new FeedError('http', `${url}: HTTP ${response.status}`);
  const tooBig = () => new FeedError('size', `${url}: over ${maxBytes} bytes`);
  if (Number(response.headers.get('Content-Length')) > maxBytes) throw tooBig();
  const text = await response.text();
  if (text.length > maxBytes) throw tooBig();
  try {
    return JSON.parse(text);
  } catch {
    throw new FeedError('json', `${url}: not JSON`);
  }
}
