import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BODY_TIMEOUT_MS,
  ConfigError,
  DEFAULT_SEED_FILE,
  defaultStaticDirs,
  HEADERS_TIMEOUT_MS,
  MAX_BODY_BYTES,
  parseOrigins,
  resolveConfig,
} from '../../server/config';
import { parseRateLimit, readEnv } from '../../server/env';
import { DEFAULT_CONNECTION_LIMITS } from '../../server/http/connection-limits';

describe('parseRateLimit', () => {
  it('reads "limit/seconds", and a bare number as per minute', () => {
    expect(parseRateLimit('30/60')).toEqual({ limit: 30, windowMs: 60_000 });
    expect(parseRateLimit(' 5 / 1 ')).toEqual({ limit: 5, windowMs: 1_000 });
    expect(parseRateLimit('100')).toEqual({ limit: 100, windowMs: 60_000 });
  });

  it.each(['', '0/60', '30/0', 'lots', '30/60s', '-1/60'])('refuses %j clearly', (value) => {
    expect(() => parseRateLimit(value)).toThrow(ConfigError);
    expect(() => parseRateLimit(value)).toThrow(/SAMSKAB_RATE_LIMIT must look like "30\/60"/);
  });
});

describe('parseOrigins', () => {
  it('normalises each origin as a browser sends it', () => {
    expect(
      parseOrigins(' https://Kommune.example/ , http://localhost:3000/path,'.split(',')),
    ).toEqual(['https://kommune.example', 'http://localhost:3000']);
  });

  it.each(['*', 'kommune.example', 'ftp://kommune.example', 'file:///tmp'])(
    'refuses %j',
    (value) => {
      expect(() => parseOrigins([value])).toThrow(ConfigError);
    },
  );
});

describe('readEnv', () => {
  it('has working defaults', () => {
    const config = readEnv({}, '/srv/samskab');
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      database: { kind: 'pglite', dataDir: join('/srv/samskab', 'data', 'pglite') },
      seed: DEFAULT_SEED_FILE,
      allowedOrigins: [],
      rateLimit: { limit: 60, windowMs: 60_000 },
      publicOrigin: undefined,
      deskAuth: 'password',
    });
  });

  it('reads every variable', () => {
    const config = readEnv(
      {
        PORT: '9000',
        HOST: '0.0.0.0',
        SAMSKAB_DATA_DIR: 'var/db',
        SAMSKAB_SEED: 'seed.json',
        SAMSKAB_ALLOWED_ORIGINS: 'https://kommune.example,https://www.kommune.example',
        SAMSKAB_RATE_LIMIT: '10/30',
        SAMSKAB_PUBLIC_ORIGIN: 'https://samskab.kommune.example',
        SAMSKAB_WIDGET_DIR: 'build/widget',
        SAMSKAB_MAX_CONNECTIONS: '200',
        SAMSKAB_MAX_CONNECTIONS_PER_CLIENT: '0',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      database: { kind: 'pglite', dataDir: '/srv/var/db' },
      seed: '/srv/seed.json',
      allowedOrigins: ['https://kommune.example', 'https://www.kommune.example'],
      rateLimit: { limit: 10, windowMs: 30_000 },
      publicOrigin: 'https://samskab.kommune.example',
      connections: { max: 200, perClient: 0 },
    });
    expect(config.staticDirs.widget).toBe('/srv/build/widget');
  });

  it('uses PostgreSQL when DATABASE_URL is set, and memory on request', () => {
    expect(readEnv({ DATABASE_URL: 'postgres://db/samskab' }, '/').database).toEqual({
      kind: 'postgres',
      url: 'postgres://db/samskab',
    });
    expect(readEnv({ SAMSKAB_DATA_DIR: 'memory' }, '/').database).toEqual({ kind: 'memory' });
  });

  it('refuses a port that is not one', () => {
    expect(() => readEnv({ PORT: 'http' }, '/')).toThrow(/PORT must be a port number/);
  });

  it('refuses connection limits that are not whole numbers, and a total of 0', () => {
    expect(() => readEnv({ SAMSKAB_MAX_CONNECTIONS: '0' }, '/')).toThrow(
      /SAMSKAB_MAX_CONNECTIONS must be a whole number above 0, got "0"/,
    );
    expect(() => readEnv({ SAMSKAB_MAX_CONNECTIONS_PER_CLIENT: '-1' }, '/')).toThrow(
      /SAMSKAB_MAX_CONNECTIONS_PER_CLIENT must be a whole number \(0 for no limit\)/,
    );
    expect(() => readEnv({ SAMSKAB_MAX_CONNECTIONS: '1e3' }, '/')).toThrow(ConfigError);
    expect(readEnv({}, '/').connections).toEqual(DEFAULT_CONNECTION_LIMITS);
  });
});

describe('resolveConfig', () => {
  it('gives code that starts a receiver a free port and a database in memory', () => {
    const config = resolveConfig();
    expect(config).toEqual({
      port: 0,
      host: '127.0.0.1',
      database: { kind: 'memory' },
      seed: DEFAULT_SEED_FILE,
      allowedOrigins: [],
      rateLimit: { limit: 60, windowMs: 60_000 },
      publicOrigin: undefined,
      staticDirs: defaultStaticDirs(),
      connections: DEFAULT_CONNECTION_LIMITS,
      headersTimeoutMs: HEADERS_TIMEOUT_MS,
      bodyTimeoutMs: BODY_TIMEOUT_MS,
      maxBodyBytes: MAX_BODY_BYTES,
      closeGraceMs: 4_000,
      minFreeBytes: 64 * 1024 * 1024,
      deskAuth: 'password',
      trustedProxies: [],
      adminEmail: undefined,
      serveSourceMaps: false,
      log: 'off',
      smtpUrl: undefined,
      mailFrom: undefined,
    });
  });

  it('logs to stdout for npm start, or as SAMSKAB_LOG says', () => {
    expect(readEnv({}, '/srv').log).toBe('stdout');
    expect(readEnv({ SAMSKAB_LOG: 'off' }, '/srv').log).toBe('off');
    expect(readEnv({ SAMSKAB_LOG: 'logs/samskab.jsonl' }, '/srv').log).toBe(
      join('/srv', 'logs', 'samskab.jsonl'),
    );
  });

  it('reads the desk’s sign-in mode, trusted proxies and first admin', () => {
    const config = readEnv(
      {
        SAMSKAB_AUTH: 'proxy',
        SAMSKAB_TRUSTED_PROXIES: '10.0.0.1, fd00::/8',
        SAMSKAB_ADMIN_EMAIL: ' Anne@Lunde.dk ',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      deskAuth: 'proxy',
      trustedProxies: ['10.0.0.1/32', 'fd00::/8'],
      adminEmail: 'anne@lunde.dk',
    });
    expect(resolveConfig(config)).toEqual(config);
  });

  it('reads the update mails’ SMTP server and sender, which go together', () => {
    const config = readEnv(
      {
        SAMSKAB_SMTP_URL: ' smtps://samskab:hemmeligt@mail.lunde.dk:465 ',
        SAMSKAB_MAIL_FROM: 'Lunde Kommune <samskab@lunde.dk>',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      smtpUrl: 'smtps://samskab:hemmeligt@mail.lunde.dk:465',
      mailFrom: 'Lunde Kommune <samskab@lunde.dk>',
    });
    expect(readEnv({ SAMSKAB_MAIL_FROM: 'samskab@lunde.dk' }, '/srv').smtpUrl).toBeUndefined();
    for (const [env, message] of [
      [{ SAMSKAB_SMTP_URL: 'smtp://mail.lunde.dk' }, /SAMSKAB_MAIL_FROM must be the sender/],
      [
        { SAMSKAB_SMTP_URL: 'smtp://mail.lunde.dk', SAMSKAB_MAIL_FROM: 'samskab' },
        /SAMSKAB_MAIL_FROM/,
      ],
      [{ SAMSKAB_SMTP_URL: 'http://mail.lunde.dk', SAMSKAB_MAIL_FROM: 'a@b.dk' }, /smtp:\/\//],
      [{ SAMSKAB_SMTP_URL: 'smtp://user:pa ss@', SAMSKAB_MAIL_FROM: 'a@b.dk' }, /not a URL/],
    ] as const) {
      expect(() => readEnv(env, '/srv')).toThrow(message);
      // A refused URL is not quoted: it may hold a password.
      expect(() => readEnv(env, '/srv')).not.toThrow(/pa ss/);
    }
  });

  it.each([
    [{ SAMSKAB_AUTH: 'saml' }, /SAMSKAB_AUTH must be password or proxy/],
    [{ SAMSKAB_AUTH: 'proxy' }, /SAMSKAB_AUTH=proxy needs SAMSKAB_TRUSTED_PROXIES/],
    [{ SAMSKAB_TRUSTED_PROXIES: 'proxy.lunde.dk' }, /SAMSKAB_TRUSTED_PROXIES/],
  ])('refuses %j', (env, message) => {
    expect(() => readEnv(env, '/srv')).toThrow(message);
  });

  it('takes nested parts in part, and normalises the allowed origins', () => {
    const config = resolveConfig({
      allowedOrigins: ['https://Kommune.example/'],
      staticDirs: { widget: '/srv/widget' },
      connections: { perClient: 0 },
    });
    expect(config.allowedOrigins).toEqual(['https://kommune.example']);
    expect(config.staticDirs).toEqual({ ...defaultStaticDirs(), widget: '/srv/widget' });
    expect(config.connections).toEqual({ ...DEFAULT_CONNECTION_LIMITS, perClient: 0 });
  });

  it('changes nothing in a Config passed through again, so main.ts can hand readEnv’s on', () => {
    const fromEnv = readEnv({ SAMSKAB_ALLOWED_ORIGINS: 'https://kommune.example' }, '/srv');
    expect(resolveConfig(fromEnv)).toEqual(fromEnv);
    const generated = resolveConfig();
    expect(resolveConfig(generated)).toEqual(generated);
  });

  it.each(['headersTimeoutMs', 'bodyTimeoutMs'] as const)(
    'refuses a %s that is not a positive number of milliseconds',
    (name) => {
      for (const value of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        expect(() => resolveConfig({ [name]: value })).toThrow(name);
      }
    },
  );

  it('refuses an allowed origin that is not one', () => {
    expect(() => resolveConfig({ allowedOrigins: ['*'] })).toThrow(ConfigError);
  });
});
