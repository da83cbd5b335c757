const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Longer endpoint or feed URLs are refused: the schemas' `RemoteUrl` and `HttpUrl` say the same. */
export const MAX_URL_LENGTH = 2000;

/**
 * Endpoints and feeds must be https; plain http is accepted only on this machine, where the
 * reference receiver runs during development and tests. Anything else (javascript:, data:,
 * relative paths, credentials in the URL, over MAX_URL_LENGTH) is refused so that no answer can
 * be sent somewhere the page did not mean. Kept free of zod: the widget checks this before its
 * first paint, so it must refuse exactly what the zod `RemoteUrl` refuses, or a feed the config
 * check later refuses would already have been fetched.
 */
export function isAllowedRemoteUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}
