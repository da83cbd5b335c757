import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DeskSubmission } from '../utils/schema/index';
import { createReceiver, type ReceiverDeps } from './app';
import {
  type Config,
  type ConfigOverrides,
  MAX_HEADER_BYTES,
  resolveConfig,
  systemClock,
} from './config';
import { createAllowedOrigins } from './data/allowed-origins';
import { backfillDeskColumns } from './data/answer-columns';
import { readSeedFile, seedChallenges, validateSeed } from './data/challenges';
import { type Database, openDatabase } from './data/db';
import { ERASURE_REBUILD_INTERVAL_MS, rebuildAfterErasures } from './data/erasure-rebuild';
import { prepareFirstAdmin } from './data/first-admin';
import { freeBytesAt } from './data/free-space';
import { migrate } from './data/migrations';
import { generateReference } from './data/reference';
import { createRefusedOrigins } from './data/refused-origins';
import { applyRetention, RETENTION_INTERVAL_MS, repeat } from './data/retention';
import { loadSecret } from './data/secret';
import { listSubmissions, parseEnvelope, type StoredSubmission } from './data/submissions';
import { limitConnections } from './http/connection-limits';
import { createLogger, errorFields, type Logger } from './http/log';
import { holdContinue } from './http/request-body';
import { parseTrustedProxies } from './http/trusted-proxies';
import { type MailService, startMailService } from './loop/mail-service';
import { createSmtpTransport, type MailTransport } from './loop/smtp-transport';
import { deskPaths } from './ui/desk-paths';

/**
 * A Config, or the parts of one that differ from resolveConfig's defaults, and the injected parts
 * that are not configuration. `db` is an open database, which `close()` then leaves open for its
 * owner; without it the receiver opens `database` itself.
 */
export type StartReceiverOptions = ConfigOverrides &
  Partial<Omit<ReceiverDeps, 'db' | 'logRequest' | 'allowedOrigins' | 'refusedOrigins'>> & {
    readonly db?: Database;
    /** The JSON log (server/http/log.ts); by default made from `config.log`. */
    readonly logger?: Logger;
    /** Where the start's notices go (what a changed seed file did not apply); console.warn by default. */
    readonly logNotice?: (line: string) => void;
    /** The mails' transport instead of one made from `smtpUrl` (tests of failures). */
    readonly mailTransport?: MailTransport;
    /** Waits between a mail's attempts (server/loop/mail-sender.ts). */
    readonly mailRetryDelaysMs?: readonly number[];
    /** How often the mail sender looks for due mail without being woken (tests: short). */
    readonly mailPollMs?: number;
    /** How long the allowed sites are kept between reads (server/data/allowed-origins.ts). */
    readonly allowedOriginsTtlMs?: number;
    /** How often the refused sites' counts are written (server/data/refused-origins.ts). */
    readonly refusedFlushMs?: number;
  };

export interface ReceivedSubmission extends StoredSubmission {
  /** The stored envelope parsed; undefined only if someone edited the row by hand. */
  readonly submission: DeskSubmission | undefined;
}

export interface RunningReceiver {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  readonly url: string;
  readonly port: number;
  /** What the receiver runs with, defaults applied. */
  readonly config: Config;
  /**
   * `/desk/setup?token=…` while no admin can sign in (a fresh database): the one-time link that
   * creates the first admin. `npm start` prints it.
   */
  readonly setupPath: string | undefined;
  readonly db: Database;
  readonly server: Server;
  /** Everything stored, newest first: for tests that check what arrived. */
  submissions(): Promise<ReceivedSubmission[]>;
  /** Resolves once nothing in the mail queue is due now (sent, waiting, or given up on). */
  updateMailsSettled(): Promise<void>;
  /** Stops accepting, lets requests in flight finish, then closes the database if it opened it. */
  close(): Promise<void>;
}

/**
 * Runs the migrations, fills the desk's columns of answers stored before it, puts the configured
 * challenges into an empty database, and reads (or makes) the receiver's secret.
 */
async function prepare(
  db: Database,
  config: Config,
  now: Date,
  log: (line: string) => void,
): Promise<{ secret: string; setupSecret: string | undefined }> {
  await migrate(db);
  await backfillDeskColumns(db, parseEnvelope, now);
  const { seed } = config;
  if (seed !== false) {
    const name = typeof seed === 'string' ? seed : 'inline seed';
    const load = () =>
      typeof seed === 'string' ? readSeedFile(seed) : validateSeed({ challenges: seed }, name);
    await seedChallenges(db, { load, name }, now, log);
  }
  return { secret: await loadSecret(db), setupSecret: await prepareFirstAdmin(db, config, now) };
}

/**
 * Opens (or takes) the database, migrates and seeds it, and listens. The one way the receiver
 * starts: `npm start` (server/main.ts, with readEnv's Config), the receiver's tests and the
 * end-to-end tests (with a few overrides) all use it.
 */
export async function startReceiver(options: StartReceiverOptions = {}): Promise<RunningReceiver> {
  const config = resolveConfig(options);
  const clock = options.clock ?? systemClock;
  const ownsDb = options.db === undefined;
  const db = options.db ?? (await openDatabase(config.database));
  let prepared: Awaited<ReturnType<typeof prepare>>;
  try {
    prepared = await prepare(db, config, new Date(clock()), options.logNotice ?? console.warn);
  } catch (error) {
    if (ownsDb) await db.close();
    throw error;
  }

  const logger = options.logger ?? createLogger(config.log);
  const logError =
    options.logError ??
    ((message: string, error: unknown, requestId?: string) =>
      options.logger === undefined && config.log === 'off'
        ? console.error(message, errorFields(error))
        : logger.error({ id: requestId, err: errorFields(error) }, message));
  // The retention period at start, then daily: contact details past it are removed (a failure is
  // logged, and the receiver starts all the same: answers must still be taken in).
  const retentionFailed = (error: unknown) =>
    logError('Applying the retention period failed:', error);
  const retain = () => applyRetention(db, null, new Date(clock()));
  await retain().catch(retentionFailed);
  const stopRetention = repeat(retain, RETENTION_INTERVAL_MS, retentionFailed);
  // After erasures (since the last start, and then at most every 10 minutes), the tables holding
  // personal data are rebuilt, so the erased text leaves the database's files too.
  const rebuildFailed = (error: unknown) =>
    logError('Rebuilding the tables after erasures failed:', error);
  const rebuild = () => rebuildAfterErasures(db);
  await rebuild().catch(rebuildFailed);
  const stopRebuilds = repeat(rebuild, ERASURE_REBUILD_INTERVAL_MS, rebuildFailed);
  const stopTimers = async () => {
    await stopRetention();
    await stopRebuilds();
  };

  const { headersTimeoutMs, bodyTimeoutMs } = config;
  // Where the receiver is reached, for what it writes into pages (the demo page's endpoint, a
  // set-up link): the configured public origin, else the address it listens on once it does —
  // never a request's Host header, which anyone can write.
  let listeningOrigin = 'http://127.0.0.1';
  const origin = () => config.publicOrigin ?? listeningOrigin;
  const transport =
    options.mailTransport ?? (config.smtpUrl ? createSmtpTransport(config.smtpUrl) : undefined);
  // Mail waits for the listening address: without SAMSKAB_PUBLIC_ORIGIN its links need the port.
  let listening: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    listening = resolve;
  });
  // The sites that may embed the widget, and those refused, shared through the database.
  const allowedOrigins = createAllowedOrigins({
    db,
    fixed: config.allowedOrigins,
    clock,
    logError,
    ...(options.allowedOriginsTtlMs !== undefined && { ttlMs: options.allowedOriginsTtlMs }),
  });
  const refusedOrigins = createRefusedOrigins({
    db,
    clock,
    logError,
    ...(options.refusedFlushMs !== undefined && { flushEveryMs: options.refusedFlushMs }),
  });
  let mail: MailService;
  try {
    mail = await startMailService({
      db,
      transport,
      from: config.mailFrom ?? '',
      secret: prepared.secret,
      origin,
      now: () => new Date(clock()),
      logError,
      ready,
      ...(options.mailRetryDelaysMs && { retryDelaysMs: options.mailRetryDelaysMs }),
      ...(options.mailPollMs && { pollMs: options.mailPollMs }),
      ...(config.mailGatherMs !== undefined && { gatherMs: config.mailGatherMs }),
      deskPages: { answer: deskPaths.answer, myMails: deskPaths.myMails },
    });
  } catch (error) {
    await refusedOrigins.close();
    await stopTimers();
    transport?.close?.();
    if (ownsDb) await db.close();
    throw error;
  }
  const listener = createReceiver(config, {
    db,
    clock,
    newReference: options.newReference ?? (() => generateReference()),
    logError,
    logRequest: (line) => logger.info(line, 'request'),
    secret: prepared.secret,
    origin,
    mail,
    allowedOrigins,
    refusedOrigins,
    // Where the data lives: PGlite's folder. PostgreSQL's disk is its server's, watched there
    // (its disk_full errors still become 503s); PGlite in memory has no disk to fill.
    freeBytes:
      'freeBytes' in options
        ? options.freeBytes
        : config.database.kind === 'pglite'
          ? freeBytesAt(config.database.dataDir)
          : undefined,
  });
  const server = createServer(
    {
      maxHeaderSize: MAX_HEADER_BYTES,
      headersTimeout: headersTimeoutMs,
      // The body deadline is the receiver's own (a 408 with a JSON error); Node's limit on the
      // whole request is the backstop for bodies no handler reads (a GET announcing one).
      requestTimeout: headersTimeoutMs + bodyTimeoutMs + 1000,
      // Node checks the two limits above only this often (30 s by default), so they would be
      // enforced up to 30 s late.
      connectionsCheckingInterval: Math.min(1000, Math.max(50, headersTimeoutMs / 4)),
    },
    listener,
  );
  server.on('checkContinue', (req, res) => {
    holdContinue(req, res);
    listener(req, res);
  });
  limitConnections(server, config.connections, parseTrustedProxies(config.trustedProxies));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await mail.stop();
    await stopTimers();
    await refusedOrigins.close();
    transport?.close?.();
    if (ownsDb) await db.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const { host } = config;
  const shownHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  listeningOrigin = `http://${shownHost}:${port}`;
  listening();

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      const cutOff = setTimeout(() => server.closeAllConnections(), config.closeGraceMs);
      // Connections still busy when close() is called become idle later; nothing closes them then
      // but this (Node would wait for the client's keep-alive to end).
      const sweep = setInterval(() => server.closeIdleConnections(), 25);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      clearInterval(sweep);
      clearTimeout(cutOff);
      await mail.stop();
      await refusedOrigins.close();
      transport?.close?.();
      logger.flush();
      await stopTimers();
      if (ownsDb) await db.close();
    })();
    return closing;
  };

  return {
    url: `http://${shownHost}:${port}`,
    port,
    config,
    setupPath: prepared.setupSecret && `${deskPaths.setup}?token=${prepared.setupSecret}`,
    db,
    server,
    submissions: async () =>
      (await listSubmissions(db)).map((stored) => ({
        ...stored,
        submission: parseEnvelope(stored.envelope),
      })),
    updateMailsSettled: () => mail.settled(),
    close,
  };
}
