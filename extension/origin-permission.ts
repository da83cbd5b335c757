// An answer goes to the endpoint the page named, and the extension asks for that origin the
// first time: from the "send" click, so the volunteer sees where the answer goes. Without it the
// background could not read the endpoint's reply.
//
// Once "find challenges on every site" granted `<all_urls>`, the browser holds every origin and
// would never prompt again: a page's fake widget markup could then point a prefilled answer
// anywhere. So the extension keeps its own list of the endpoint origins the volunteer confirmed,
// and in that mode asks in its own words for each new one (issue 13).

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

/** The endpoint origins the volunteer confirmed, kept in `storage.local` (extension pages only). */
export interface ConfirmedOrigins {
  has(origin: string): Promise<boolean>;
  add(origin: string): Promise<void>;
}

const KEY = 'confirmedOrigins';
const MAX_CONFIRMED = 500;

/** The part of `storage.local` used here. */
export interface OriginStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

// Not named `storage`: WXT would auto-import `wxt/utils/storage` for that name.
export function confirmedOrigins(area: OriginStorage): ConfirmedOrigins {
  const read = async (): Promise<string[]> => {
    const stored = (await area.get(KEY))[KEY];
    return Array.isArray(stored) ? stored.filter((o): o is string => typeof o === 'string') : [];
  };
  return {
    has: async (origin) => (await read()).includes(origin),
    add: async (origin) => {
      const list = (await read()).filter((o) => o !== origin);
      await area.set({ [KEY]: [...list, origin].slice(-MAX_CONFIRMED) });
    },
  };
}

export type EndpointGate = {
  permissions: OriginPermissions;
  confirmed: ConfirmedOrigins;
};

/**
 * Whether an answer may go to this endpoint now: its origin is granted and, while `<all_urls>` is
 * granted (which grants every origin), the volunteer confirmed this origin themselves.
 */
export async function endpointAllowed(
  endpoint: string,
  {
    permissions,
    confirmed,
  }: Pick<EndpointGate, 'confirmed'> & {
    permissions: Pick<OriginPermissions, 'contains'>;
  },
): Promise<boolean> {
  if (!(await permissions.contains({ origins: [originPattern(endpoint)] }))) return false;
  if (!(await permissions.contains({ origins: ALL_URLS }))) return true;
  return confirmed.has(new URL(endpoint).origin);
}

/**
 * Called from the "send" click. Asks the browser for the origin when it is not granted; when it
 * is granted only through `<all_urls>`, asks the volunteer (`confirm`, the panel's own dialog).
 */
export async function ensureOriginPermission(
  endpoint: string,
  gate: EndpointGate & { confirm(origin: string): Promise<boolean> },
): Promise<void> {
  const origin = new URL(endpoint).origin;
  if (await endpointAllowed(endpoint, gate)) return;
  const origins = [originPattern(endpoint)];
  const granted = await gate.permissions.contains({ origins });
  const yes = granted ? await gate.confirm(origin) : await gate.permissions.request({ origins });
  if (!yes) throw new PermissionDenied(endpoint);
  await gate.confirmed.add(origin);
}
