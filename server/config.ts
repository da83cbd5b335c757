import { isAbsolute, join, resolve } from 'node:path';
import type { ConnectionLimits } from './connection-limits';

/** Milliseconds since the epoch. Injected so rate limits and timestamps are testable. */
export type Clock = () => number;
export const systemClock: Clock = () => Date.now();

export interface RateLimit {
  /** Requests a client may make in a burst, and per window on average. */
  readonly limit: number;
  readonly windowMs: number;
}

export interface StaticDirs {
  /** The demo municipal pages (`index.html`, `one.html`) and their `assets/`. */
  readonly demo: string;
  /** The built widget (`npm run build:widget` writes it); served as `/widget/*`. */
  readonly widget: string;
  /** `dkfds/dist` from node_modules; served as `/dkfds/*`. */
  readonly dkfds: string;
}

/** Where the receiver keeps its data. */
export type DatabaseLocation =
  | { readonly kind: 'memory' }
  | { readonly kind: 'pglite'; readonly dataDir: string }
  | { readonly kind: 'postgres'; readonly url: string };

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
export const DEFAULT_SEED_FILE = join(PROJECT_ROOT, 'server', 'seed', 'challenges.json');
export const DEFAULT_RATE_LIMIT: RateLimit = { limit: 60, windowMs: 60_000 };
export const MAX_BODY_BYTES = 64 * 1024;
/**
 * Slow clients (slowloris) hold a connection and a request handler each: the headers must be in
 * within HEADERS_TIMEOUT_MS of the connection opening (on a kept-alive connection, of the next
 * request's first byte; the wait before it is Node's keepAliveTimeout), the body within
 * BODY_TIMEOUT_MS after that. 10 s is generous for an answer of at most 64 KiB (6.5 KB/s at
 * worst) and keeps a connection from being held much longer; a client cut off gets a 408, which
 * the widget retries.
 */
export const HEADERS_TIMEOUT_MS = 10_000;
export const BODY_TIMEOUT_MS = 10_000;
/** Node's own default, pinned so a NODE_OPTIONS --max-http-header-size cannot raise it: 431 above. */
export const MAX_HEADER_BYTES = 16 * 1024;

export const defaultStaticDirs = (): StaticDirs => ({
  demo: join(PROJECT_ROOT, 'server', 'demo'),
  widget: join(PROJECT_ROOT, 'dist', 'widget'),
  dkfds: join(PROJECT_ROOT, 'node_modules', 'dkfds', 'dist'),
});

/** Thrown for configuration a person must fix; main.ts prints the message and exits. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** `30/60` means 30 requests per 60 seconds; a bare `30` means per minute. */
export function parseRateLimit(value: string): RateLimit {
  const match = /^\s*(\d+)\s*(?:\/\s*(\d+)\s*)?$/.exec(value);
  const limit = Number(match?.[1]);
  const windowSeconds = Number(match?.[2] ?? 60);
  if (!match || limit < 1 || windowSeconds < 1) {
    throw new ConfigError(
      `SAMSKAB_RATE_LIMIT must look like "30/60" (30 requests per 60 seconds), got "${value}"`,
    );
  }
  return { limit, windowMs: windowSeconds * 1000 };
}

/**
 * Origins are compared as the browser sends them (`scheme://host[:port]`, no path), so each entry
 * is normalised through URL. A wildcard is refused: answers carry personal data, and the point of
 * the list is that only the municipality's own pages may post them from a browser.
 */
export function parseOrigins(value: string | readonly string[]): string[] {
  const items = typeof value === 'string' ? value.split(',') : value;
  return items
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
    .map((item) => {
      let url: URL;
      try {
        url = new URL(item);
      } catch {
        throw new ConfigError(`allowed origin "${item}" is not a URL like https://kommune.example`);
      }
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin === 'null') {
        throw new ConfigError(`allowed origin "${item}" must be an http(s) origin`);
      }
      return url.origin;
    });
}

export interface MainConfig {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseLocation;
  readonly seedFile: string;
  readonly allowedOrigins: readonly string[];
  readonly inboxToken: string | undefined;
  readonly rateLimit: RateLimit;
  readonly publicOrigin: string | undefined;
  readonly staticDirs: StaticDirs;
  readonly connections: Partial<ConnectionLimits>;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Everything `npm start` reads from the environment, in one place (see server/README.md). */
export function readEnv(env: Env, cwd: string): MainConfig {
  const fromCwd = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number, got "${env.PORT}"`);
  }
  const dataDir = env.SAMSKAB_DATA_DIR?.trim() || './data/pglite';
  const database: DatabaseLocation = env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : dataDir === 'memory'
      ? { kind: 'memory' }
      : { kind: 'pglite', dataDir: fromCwd(dataDir) };
  const publicOrigin = env.SAMSKAB_PUBLIC_ORIGIN?.trim();
  const defaults = defaultStaticDirs();
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    database,
    seedFile: env.SAMSKAB_SEED ? fromCwd(env.SAMSKAB_SEED) : DEFAULT_SEED_FILE,
    allowedOrigins: parseOrigins(env.SAMSKAB_ALLOWED_ORIGINS ?? ''),
    inboxToken: env.SAMSKAB_INBOX_TOKEN || undefined,
    rateLimit: env.SAMSKAB_RATE_LIMIT ? parseRateLimit(env.SAMSKAB_RATE_LIMIT) : DEFAULT_RATE_LIMIT,
    publicOrigin: publicOrigin ? parseOrigins(publicOrigin)[0] : undefined,
    staticDirs: {
      ...defaults,
      widget: env.SAMSKAB_WIDGET_DIR ? fromCwd(env.SAMSKAB_WIDGET_DIR) : defaults.widget,
    },
    connections: readConnectionLimits(env),
  };
}

function readConnectionLimits(env: Env): Partial<ConnectionLimits> {
  const count = (name: string, allowZero: boolean) => {
    const value = env[name]?.trim();
    if (!value) return undefined;
    if (!/^\d+$/.test(value) || (!allowZero && Number(value) === 0)) {
      throw new ConfigError(
        `${name} must be a whole number${allowZero ? ' (0 for no limit)' : ' above 0'}, got "${value}"`,
      );
    }
    return Number(value);
  };
  const max = count('SAMSKAB_MAX_CONNECTIONS', false);
  const perClient = count('SAMSKAB_MAX_CONNECTIONS_PER_CLIENT', true);
  return {
    ...(max === undefined ? {} : { max }),
    ...(perClient === undefined ? {} : { perClient }),
  };
}
