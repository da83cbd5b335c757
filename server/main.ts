// `npm start`: the reference receiver, configured from the environment (see server/README.md).
import { type Config, ConfigError, MEGABYTE } from './config';
import { SeedError } from './data/challenges';
import { readEnv } from './env';
import { stopOnSignals } from './shutdown';
import { startReceiver } from './start';
import { deskPaths } from './ui/desk-paths';

function describeDatabase(config: Config): string {
  switch (config.database.kind) {
    case 'postgres':
      return 'PostgreSQL (DATABASE_URL)';
    case 'memory':
      return 'PGlite in memory (nothing is kept after exit)';
    case 'pglite':
      return `PGlite in ${config.database.dataDir}`;
  }
}

function describeFreeSpace(config: Config): string {
  if (config.database.kind !== 'pglite') return 'not checked (no data folder here)';
  if (config.minFreeBytes === 0) return 'not checked (SAMSKAB_MIN_FREE_MB=0)';
  return `writes refused below ${config.minFreeBytes / MEGABYTE} MB free (SAMSKAB_MIN_FREE_MB)`;
}

function describeDeskAuth(config: Config): string {
  if (config.deskAuth === 'password') return '';
  return ` (single sign-on: X-Forwarded-Email from ${config.trustedProxies.join(', ')}${config.adminEmail ? `; first admin ${config.adminEmail}` : ''})`;
}

/** The SMTP server by host only: its URL may hold a password, and the journal is read widely. */
function describeMail(config: Config): string {
  if (!config.smtpUrl) return 'off (set SAMSKAB_SMTP_URL and SAMSKAB_MAIL_FROM to send them)';
  const url = new URL(config.smtpUrl);
  const login = url.username !== '' || url.password !== '';
  // Said at start, so a login that will wait for STARTTLS (or go in clear) is no surprise.
  const tls =
    url.protocol === 'smtps:'
      ? 'TLS'
      : !login
        ? 'STARTTLS when offered'
        : url.searchParams.get('insecure') === '1'
          ? 'login without TLS: ?insecure=1'
          : 'login only over STARTTLS';
  return `via ${url.protocol}//${url.host} (${tls}), from ${config.mailFrom}`;
}

async function main() {
  const config = readEnv(process.env, process.cwd());
  if (process.env.SAMSKAB_INBOX_TOKEN) {
    console.warn(
      'SAMSKAB_INBOX_TOKEN is no longer used: the inbox is replaced by the desk (/desk), where staff sign in, and its exports, which systems fetch with an API key (README, "Upgrading").',
    );
  }
  const receiver = await startReceiver(config);
  const base = config.publicOrigin ?? receiver.url;
  // The first line is what tests and scripts wait for (tests/support/spawn-receiver.ts).
  console.log(`Samskab receiver listening on ${receiver.url}`);
  console.log(`  Demo page:      ${base}/`);
  console.log(`  One challenge:  ${base}/one.html`);
  console.log(`  Desk:           ${base}${deskPaths.home}${describeDeskAuth(config)}`);
  if (receiver.setupPath) {
    console.log(
      `  First admin:    ${base}${receiver.setupPath}  (one-time link, valid for an hour; a restart makes a new one)`,
    );
  }
  console.log(`  Database:       ${describeDatabase(config)}`);
  console.log(`  Free space:     ${describeFreeSpace(config)}`);
  console.log(
    `  Allowed origins: ${[base, ...config.allowedOrigins].join(', ')}, and those allowed in the desk (${base}${deskPaths.sites}); rate limit ${config.rateLimit.limit} per ${config.rateLimit.windowMs / 1000} s`,
  );
  console.log(`  Update mails:   ${describeMail(config)}`);

  stopOnSignals(receiver);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof SeedError) {
    console.error(`Samskab receiver: ${error.message}`);
  } else {
    console.error('Samskab receiver could not start:', error);
  }
  process.exit(1);
});
