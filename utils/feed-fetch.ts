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

/**
 * GETs a feed's JSON: no credentials, only allowed URLs, no redirects, at most `maxBytes`
 * (MAX_FEED_BYTES), counted as the body arrives. Every line here is in the widget's first paint.
 */
export async function fetchFeedJson(url: string, deps: FetchJsonDeps): Promise<unknown> {
  // Called unbound: `window.fetch` invoked as `deps.fetch()` throws "Illegal invocation".
  const { fetch, maxBytes = MAX_FEED_BYTES } = deps;
  const fail = (code: FeedErrorCode, why: unknown) => new FeedError(code, `${url}: ${why}`);
  if (!isAllowedRemoteUrl(url)) throw fail('url', 'refused (https only; http only on localhost)');
  let response: Response;
  try {
    // A redirect is refused, whatever its target: the page named this URL, and following would
    // reach past the check above (another origin, or plain http). The browser gives a "manual"
    // redirect as an opaque response, status 0; Node gives the 3xx itself.
    response = await fetch(url, { credentials: 'omit', redirect: 'manual' });
  } catch (cause) {
    throw fail('network', cause);
  }
  if (!response.ok) throw fail('http', `HTTP ${response.status || '3xx (redirect refused)'}`);
  const tooBig = () => fail('size', `over ${maxBytes} bytes`);
  // A declared size is refused before anything is read; otherwise the body is counted as it
  // arrives and cancelled at the limit: a chunked body says its size only by arriving, and
  // reading 200 MB to refuse them would take seconds and as much memory.
  if (Number(response.headers.get('Content-Length')) > maxBytes) throw tooBig();
  const reader = response.body?.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(await new Blob(chunks).text());
  } catch {
    throw fail('json', 'not JSON');
  }
}
