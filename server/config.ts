import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ChallengeInput } from '../utils/schema/index';
import { ConfigError } from './config-error';
import { type ConnectionLimits, DEFAULT_CONNECTION_LIMITS } from './http/connection-limits';
import { parseTrustedProxies } from './http/trusted-proxies';

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

/**
 * Everything the receiver is configured with, fully resolved: `readEnv` (server/env.ts) makes one
 * from the environment for `npm start`, `resolveConfig` from a few overrides for tests and the
 * bench, and it reaches the handlers unchanged. Injected parts that are not configuration (an open
 * database, the clock, the reference generator, the error log) travel beside it (server/start.ts).
 */
export interface Config {
  /** 0 picks a free port. */
  readonly port: number;
  readonly host: string;
  /** Ignored when startReceiver is handed an open database. */
  readonly database: DatabaseLocation;
  /** Challenges for an empty database: a seed file, the challenges themselves, or false. */
  readonly seed: string | readonly ChallengeInput[] | false;
  /** Pages allowed to post answers from a browser, besides the receiver's own origin. */
  readonly allowedOrigins: readonly string[];
  /** Answers per client address. */
  readonly rateLimit: RateLimit;
  /** Set behind a TLS proxy, e.g. `https://samskab.kommune.example`; else taken from Host. */
  readonly publicOrigin: string | undefined;
  readonly staticDirs: StaticDirs;
  /** Connections in all, per client address, and how long one may sit idle. */
  readonly connections: ConnectionLimits;
  /** How long a client may take to send its request headers; then Node answers 408. */
  readonly headersTimeoutMs: number;
  /** How long a client may take to send a body once its headers are in; then a 408. */
  readonly bodyTimeoutMs: number;
  /** Bodies over this many bytes get a 413. */
  readonly maxBodyBytes: number;
  /** How long `close()` waits for requests in flight before cutting connections. */
  readonly closeGraceMs: number;
  /**
   * Writes are refused (503) while less than this is free where the data lives (PGlite's data
   * folder; SAMSKAB_MIN_FREE_MB); 0 turns the check off. Not checked for PostgreSQL or in memory.
   */
  readonly minFreeBytes: number;
  /**
   * How staff sign in to the desk: `password`, the desk's own accounts; `proxy`, the municipality's
   * single sign-on in front of it, which names the user in `X-Forwarded-Email`.
   */
  readonly deskAuth: DeskAuth;
  /** Reverse proxies (addresses, CIDR ranges) whose forwarded headers are believed. */
  readonly trustedProxies: readonly string[];
  /** Pre-creates the first admin with this address (a set-up link still sets the password). */
  readonly adminEmail: string | undefined;
  /** Serve the widget's source maps and build metafile too (SAMSKAB_SERVE_SOURCEMAPS=1). */
  readonly serveSourceMaps: boolean;
  /** Where the JSON log goes: `stdout`, `off`, or a file (SAMSKAB_LOG). */
  readonly log: string;
  /**
   * The SMTP server for the update mails (SAMSKAB_SMTP_URL: `smtp://host:25`,
   * `smtps://user:pass@host:465`); undefined: no mail is ever sent.
   */
  readonly smtpUrl: string | undefined;
  /** The update mails' sender (SAMSKAB_MAIL_FROM); set whenever smtpUrl is. */
  readonly mailFrom: string | undefined;
  /**
   * How long news gathers into one mail before it goes (SAMSKAB_MAIL_GATHER_SECONDS), for every
   * mail reason that gathers; undefined: each reason's own (server/loop/mail-reasons.ts, 10
   * minutes). Tests that follow a mail in real time set 0.
   */
  readonly mailGatherMs: number | undefined;
  /**
   * The municipality's privacy notice and accessibility statement (SAMSKAB_PRIVACY_URL,
   * SAMSKAB_ACCESSIBILITY_URL), linked from the pages citizens open (the status page); undefined:
   * the receiver's own short pages, /om/privatliv and /om/tilgaengelighed.
   */
  readonly privacyUrl: string | undefined;
  readonly accessibilityUrl: string | undefined;
  /**
   * The municipality's own machine translation service (SAMSKAB_TRANSLATE_URL, with
   * SAMSKAB_TRANSLATE_KEY); undefined: the desk offers no machine translation.
   */
  readonly translate: TranslateSettings | undefined;
}

export interface TranslateSettings {
  /** A LibreTranslate-compatible service's address, e.g. `http://oversaet.kommune.local:5000`. */
  readonly url: string;
  /** Its API key, when it asks for one (`api_key`). */
  readonly key?: string | undefined;
  /** How long one request may take; then staff are told, in Danish, to try again. */
  readonly timeoutMs: number;
}

/** A translation of one answer (8,000 characters at most) takes a CPU-bound service a few seconds. */
export const TRANSLATE_TIMEOUT_MS = 10_000;

export const DESK_AUTH_MODES = ['password', 'proxy'] as const;
export type DeskAuth = (typeof DESK_AUTH_MODES)[number];

/**
 * The folder with the project's package.json: `server/..` when run from the sources (`npm start`),
 * `dist/server/../..` when run from the build (`npm run serve`).
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'server', 'seed')))
      return dir;
    if (dirname(dir) === dir) return resolve(from, '..');
  }
}

export const PROJECT_ROOT = findProjectRoot(import.meta.dirname);
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
/**
 * Requests in flight get this long after SIGTERM; with closing the database (at most
 * CLOSE_TIMEOUT_MS, server/data/pglite-client.ts) a stop stays within 10 s even when the database is
 * stuck (server/shutdown.ts).
 */
export const CLOSE_GRACE_MS = 4_000;
export const MEGABYTE = 1024 * 1024;
/** Room for a few of PGlite's 16 MB write-ahead log segments and the answers of a busy hour. */
export const MIN_FREE_BYTES = 64 * MEGABYTE;
/** Node's own default, pinned so a NODE_OPTIONS --max-http-header-size cannot raise it: 431 above. */
export const MAX_HEADER_BYTES = 16 * 1024;

export const defaultStaticDirs = (): StaticDirs => ({
  demo: join(PROJECT_ROOT, 'server', 'demo'),
  widget: join(PROJECT_ROOT, 'dist', 'widget'),
  dkfds: join(PROJECT_ROOT, 'node_modules', 'dkfds', 'dist'),
});

export { ConfigError };

/**
 * Origins are compared as the browser sends them (`scheme://host[:port]`, no path), so each entry
 * is normalised through URL. A wildcard is refused: answers carry personal data, and the point of
 * the list is that only the municipality's own pages may post them from a browser.
 */
export function parseOrigins(items: readonly string[]): string[] {
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

function positiveMs(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive number of milliseconds, got ${value}`);
  }
  return value;
}

/**
 * SAMSKAB_SMTP_URL and SAMSKAB_MAIL_FROM together, or neither: a mail without a sender would be
 * refused by most servers at the first publish, long after the start that could have said so.
 * The URL is never quoted back: it may hold a password.
 */
function mailSettings(
  smtpUrl: string | undefined,
  mailFrom: string | undefined,
): { smtpUrl: string | undefined; mailFrom: string | undefined } {
  const url = smtpUrl?.trim() || undefined;
  const from = mailFrom?.trim() || undefined;
  if (!url) return { smtpUrl: undefined, mailFrom: from };
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new ConfigError('SAMSKAB_SMTP_URL is not a URL like smtp://mail.kommune.example:25');
  }
  if (protocol !== 'smtp:' && protocol !== 'smtps:') {
    throw new ConfigError('SAMSKAB_SMTP_URL must start with smtp:// or smtps://');
  }
  if (!from || !/^[^\s@]+@[^\s@]+$/.test(from.replace(/^.*<(.*)>\s*$/, '$1'))) {
    throw new ConfigError(
      'SAMSKAB_MAIL_FROM must be the sender of the update mails, e.g. samskab@kommune.example or "Lunde Kommune <samskab@kommune.example>"',
    );
  }
  return { smtpUrl: url, mailFrom: from };
}

/**
 * SAMSKAB_TRANSLATE_URL as settings: an http(s) URL, or nothing. The URL and the key are never
 * quoted back (the URL may hold a password).
 */
function translateSettings(
  given: Partial<TranslateSettings> | undefined,
): TranslateSettings | undefined {
  const url = given?.url?.trim();
  if (!url) return undefined;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new ConfigError(
      'SAMSKAB_TRANSLATE_URL is not a URL like http://oversaet.kommune.local:5000',
    );
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new ConfigError('SAMSKAB_TRANSLATE_URL must start with http:// or https://');
  }
  const key = given?.key?.trim() || undefined;
  return {
    url,
    ...(key && { key }),
    timeoutMs: positiveMs('translate.timeoutMs', given?.timeoutMs ?? TRANSLATE_TIMEOUT_MS),
  };
}

/** A Config with some of its parts given; the nested parts may be given in part too. */
export type ConfigOverrides = Partial<Omit<Config, 'staticDirs' | 'connections' | 'translate'>> & {
  readonly staticDirs?: Partial<StaticDirs>;
  readonly connections?: Partial<ConnectionLimits>;
  readonly translate?: Partial<TranslateSettings> | undefined;
};

/**
 * The one place defaults are applied, and values that no type can check (allowed origins,
 * timeouts) are normalised or refused. Idempotent: a Config passed through again comes out equal,
 * so startReceiver takes a whole Config (main.ts) or a few overrides (tests) alike. Its defaults
 * suit code that starts a receiver (a free port, a database in memory); readEnv picks `npm
 * start`'s port and data folder itself.
 */
export function resolveConfig(overrides: ConfigOverrides = {}): Config {
  const deskAuth = overrides.deskAuth ?? 'password';
  const trustedProxies = parseTrustedProxies(overrides.trustedProxies ?? []).ranges;
  if (deskAuth === 'proxy' && trustedProxies.length === 0) {
    throw new ConfigError(
      'SAMSKAB_AUTH=proxy needs SAMSKAB_TRUSTED_PROXIES: the addresses of the sign-on proxy whose X-Forwarded-Email is believed',
    );
  }
  return {
    port: overrides.port ?? 0,
    host: overrides.host ?? '127.0.0.1',
    database: overrides.database ?? { kind: 'memory' },
    seed: overrides.seed ?? DEFAULT_SEED_FILE,
    allowedOrigins: parseOrigins(overrides.allowedOrigins ?? []),
    rateLimit: overrides.rateLimit ?? DEFAULT_RATE_LIMIT,
    publicOrigin: overrides.publicOrigin,
    staticDirs: { ...defaultStaticDirs(), ...overrides.staticDirs },
    connections: { ...DEFAULT_CONNECTION_LIMITS, ...overrides.connections },
    headersTimeoutMs: positiveMs(
      'headersTimeoutMs',
      overrides.headersTimeoutMs ?? HEADERS_TIMEOUT_MS,
    ),
    bodyTimeoutMs: positiveMs('bodyTimeoutMs', overrides.bodyTimeoutMs ?? BODY_TIMEOUT_MS),
    maxBodyBytes: overrides.maxBodyBytes ?? MAX_BODY_BYTES,
    closeGraceMs: overrides.closeGraceMs ?? CLOSE_GRACE_MS,
    minFreeBytes: overrides.minFreeBytes ?? MIN_FREE_BYTES,
    deskAuth,
    trustedProxies,
    adminEmail: overrides.adminEmail?.trim().toLowerCase() || undefined,
    serveSourceMaps: overrides.serveSourceMaps ?? false,
    // Code that starts a receiver (tests) logs nothing unless asked; npm start logs to stdout.
    log: overrides.log ?? 'off',
    ...mailSettings(overrides.smtpUrl, overrides.mailFrom),
    mailGatherMs: overrides.mailGatherMs,
    privacyUrl: webAddress('SAMSKAB_PRIVACY_URL', overrides.privacyUrl),
    accessibilityUrl: webAddress('SAMSKAB_ACCESSIBILITY_URL', overrides.accessibilityUrl),
    translate: translateSettings(overrides.translate),
  };
}

/** An http(s) address for a link, or undefined when none is given. */
function webAddress(name: string, value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new ConfigError(`${name} must be a web address like https://kommune.example/privatliv`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`${name} must start with https:// or http://`);
  }
  return url.href;
}
