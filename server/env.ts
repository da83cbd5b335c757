// The environment `npm start` reads (see server/README.md): each variable parsed and refused here,
// with a message naming it; the defaults for what is not set come from resolveConfig.
import { isAbsolute, resolve } from 'node:path';
import {
  type Config,
  ConfigError,
  type DatabaseLocation,
  DESK_AUTH_MODES,
  type DeskAuth,
  MEGABYTE,
  parseOrigins,
  type RateLimit,
  resolveConfig,
} from './config';
import type { ConnectionLimits } from './http/connection-limits';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where `npm start` listens and keeps its data when PORT and SAMSKAB_DATA_DIR are not set: a
 * person starting the receiver wants a known port and answers kept across restarts, where code
 * starting one (resolveConfig's defaults) wants a free port and nothing left behind.
 */
const START_PORT = 8080;
const START_DATA_DIR = './data/pglite';

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

/** Everything `npm start` reads from the environment, in one place (see server/README.md). */
export function readEnv(env: Env, cwd: string): Config {
  const fromCwd = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  const fromCwdUnlessKeyword = (value: string) =>
    value === 'stdout' || value === 'off' ? value : fromCwd(value);
  const port = Number(env.PORT ?? START_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number, got "${env.PORT}"`);
  }
  const dataDir = env.SAMSKAB_DATA_DIR?.trim() || START_DATA_DIR;
  const database: DatabaseLocation = env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : dataDir === 'memory'
      ? { kind: 'memory' }
      : { kind: 'pglite', dataDir: fromCwd(dataDir) };
  return resolveConfig({
    port,
    host: env.HOST?.trim() || undefined,
    database,
    seed: env.SAMSKAB_SEED ? fromCwd(env.SAMSKAB_SEED) : undefined,
    allowedOrigins: env.SAMSKAB_ALLOWED_ORIGINS?.split(','),
    rateLimit: env.SAMSKAB_RATE_LIMIT ? parseRateLimit(env.SAMSKAB_RATE_LIMIT) : undefined,
    publicOrigin: parseOrigins((env.SAMSKAB_PUBLIC_ORIGIN ?? '').split(','))[0],
    staticDirs: env.SAMSKAB_WIDGET_DIR ? { widget: fromCwd(env.SAMSKAB_WIDGET_DIR) } : {},
    connections: readConnectionLimits(env),
    deskAuth: readDeskAuth(env.SAMSKAB_AUTH),
    trustedProxies: (env.SAMSKAB_TRUSTED_PROXIES ?? '').split(','),
    adminEmail: env.SAMSKAB_ADMIN_EMAIL,
    serveSourceMaps: env.SAMSKAB_SERVE_SOURCEMAPS === '1',
    log: env.SAMSKAB_LOG?.trim() ? fromCwdUnlessKeyword(env.SAMSKAB_LOG.trim()) : 'stdout',
    smtpUrl: env.SAMSKAB_SMTP_URL,
    mailFrom: env.SAMSKAB_MAIL_FROM,
    mailGatherMs: readSeconds(env, 'SAMSKAB_MAIL_GATHER_SECONDS'),
    translate: { url: env.SAMSKAB_TRANSLATE_URL, key: env.SAMSKAB_TRANSLATE_KEY },
    minFreeBytes: readMinFreeBytes(env.SAMSKAB_MIN_FREE_MB),
    privacyUrl: env.SAMSKAB_PRIVACY_URL,
    accessibilityUrl: env.SAMSKAB_ACCESSIBILITY_URL,
  });
}

/** A whole number of seconds (0 allowed) as ms; undefined when not set. */
function readSeconds(env: Env, name: string): number | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  if (!/^\d+$/.test(value)) {
    throw new ConfigError(`${name} must be a whole number of seconds, got "${value}"`);
  }
  return Number(value) * 1000;
}

/** SAMSKAB_MIN_FREE_MB: whole megabytes (of 1,048,576 bytes), 0 for no check. */
export function readMinFreeBytes(value: string | undefined): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const megabytes = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(megabytes * MEGABYTE)) {
    throw new ConfigError(
      `SAMSKAB_MIN_FREE_MB must be a whole number of megabytes (0 for no check), got "${value}"`,
    );
  }
  return megabytes * MEGABYTE;
}

function readDeskAuth(value: string | undefined): DeskAuth | undefined {
  const mode = value?.trim();
  if (!mode) return undefined;
  if ((DESK_AUTH_MODES as readonly string[]).includes(mode)) return mode as DeskAuth;
  throw new ConfigError(`SAMSKAB_AUTH must be ${DESK_AUTH_MODES.join(' or ')}, got "${value}"`);
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
