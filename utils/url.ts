const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Endpoints and feeds must be https; plain http is accepted only on this machine, where the
 * reference receiver runs during development and tests. Anything else (javascript:, data:,
 * relative paths, credentials in the URL) is refused so that no answer can be sent somewhere
 * the page did not mean. Kept free of zod: the widget checks this before its first paint.
 */
export function isAllowedRemoteUrl(value: string): boolean {
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
