// An answer goes to the endpoint the page named, and the extension asks for that origin the
// first time: from the "send" click, so the browser shows its prompt and the volunteer sees
// where the answer goes. Without it the background could not read the endpoint's reply.

export interface OriginPermissions {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  request(permissions: { origins: string[] }): Promise<boolean>;
}

/** What "find challenges on every site" asks for (an optional permission in both manifests). */
export const ALL_URLS = ['<all_urls>'];

export class PermissionDenied extends Error {
  override readonly name = 'PermissionDenied';
}

/**
 * The match pattern for an endpoint's host, e.g. `https://lunde.dk/*`. Without the port: Firefox
 * match patterns take none, and a pattern without one matches every port in both browsers.
 */
export const originPattern = (endpoint: string): string => {
  const { protocol, hostname } = new URL(endpoint);
  return `${protocol}//${hostname}/*`;
};

export async function ensureOriginPermission(
  endpoint: string,
  permissions: OriginPermissions,
): Promise<void> {
  const origins = [originPattern(endpoint)];
  if (await permissions.contains({ origins })) return;
  if (!(await permissions.request({ origins }))) throw new PermissionDenied(endpoint);
}
