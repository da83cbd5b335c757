import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChallengeInput, Submission } from '../utils/schema/index';
import { createReceiver } from './app';
import { readSeedFile, seedChallenges, validateSeed } from './challenges';
import {
  BODY_TIMEOUT_MS,
  type Clock,
  type DatabaseLocation,
  DEFAULT_RATE_LIMIT,
  DEFAULT_SEED_FILE,
  defaultStaticDirs,
  HEADERS_TIMEOUT_MS,
  MAX_HEADER_BYTES,
  parseOrigins,
  parseRateLimit,
  type RateLimit,
  type StaticDirs,
  systemClock,
} from './config';
import {
  type ConnectionLimits,
  DEFAULT_CONNECTION_LIMITS,
  limitConnections,
} from './connection-limits';
import { type Database, openDatabase } from './db';
import { toEntries } from './inbox';
import { migrate } from './migrations';
import { listSubmissions, type StoredSubmission } from './submissions';

export interface StartReceiverOptions {
  /** 0 (the default) picks a free port; read it back from `url` or `port`. */
  readonly port?: number;
  readonly host?: string;
  /**
   * `'memory'` (the default): a fresh in-memory PGlite. `{ dataDir }`: PGlite on disk.
   * `{ url }`: PostgreSQL. Or an open Database, which `close()` then leaves open for its owner.
   */
  readonly db?: 'memory' | { readonly dataDir: string } | { readonly url: string } | Database;
  /** Origins allowed to post from a browser (a list, or comma-separated as in the env var). */
  readonly allowedOrigins?: string | readonly string[];
  /** `{ limit, windowMs }` or `'30/60'`; default 60 per minute per client address. */
  readonly rateLimit?: RateLimit | string;
  /** Default: a random token, returned as `inboxToken`. */
  readonly inboxToken?: string;
  readonly staticDirs?: Partial<StaticDirs>;
  /**
   * Challenges for an empty database: a seed file path (default server/seed/challenges.json),
   * the challenges themselves, or false for none.
   */
  readonly seed?: string | readonly ChallengeInput[] | false;
  readonly publicOrigin?: string;
  readonly clock?: Clock;
  readonly newReference?: () => string;
  readonly logError?: (message: string, error: unknown) => void;
  /** How long `close()` waits for requests in flight before cutting connections. */
  readonly closeGraceMs?: number;
  /** How long a client may take to send its request headers; default 10 s, then a 408. */
  readonly headersTimeoutMs?: number;
  /** How long a client may take to send the body once its headers are in; default 10 s, then a 408. */
  readonly bodyTimeoutMs?: number;
  /** Connections in all, per client address, and how long one may sit idle; see connection-limits.ts. */
  readonly connections?: Partial<ConnectionLimits>;
}

export interface ReceivedSubmission extends StoredSubmission {
  /** The stored envelope parsed; undefined only if someone edited the row by hand. */
  readonly submission: Submission | undefined;
}

export interface RunningReceiver {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  readonly url: string;
  readonly port: number;
  readonly inboxToken: string;
  readonly db: Database;
  readonly server: Server;
  /** Everything stored, newest first: for tests that check what arrived. */
  submissions(): Promise<ReceivedSubmission[]>;
  /** Stops accepting, lets requests in flight finish, then closes the database if it opened it. */
  close(): Promise<void>;
}

const isDatabase = (value: StartReceiverOptions['db']): value is Database =>
  typeof value === 'object' && 'query' in value;

function locationOf(db: Exclude<StartReceiverOptions['db'], Database>): DatabaseLocation {
  if (db === undefined || db === 'memory') return { kind: 'memory' };
  return 'url' in db ? { kind: 'postgres', url: db.url } : { kind: 'pglite', dataDir: db.dataDir };
}

function positiveMs(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive number of milliseconds, got ${value}`);
  }
  return value;
}

/**
 * Opens (or takes) the database, migrates and seeds it, and listens. The one way the receiver
 * starts: `npm start` (server/main.ts), the receiver's tests and the end-to-end tests all use it.
 */
export async function startReceiver(options: StartReceiverOptions = {}): Promise<RunningReceiver> {
  const clock = options.clock ?? systemClock;
  const bodyTimeoutMs = positiveMs('bodyTimeoutMs', options.bodyTimeoutMs ?? BODY_TIMEOUT_MS);
  const headersTimeoutMs = positiveMs(
    'headersTimeoutMs',
    options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS,
  );
  const ownsDb = !isDatabase(options.db);
  const db = isDatabase(options.db) ? options.db : await openDatabase(locationOf(options.db));
  try {
    await migrate(db);
    const seed = options.seed ?? DEFAULT_SEED_FILE;
    if (seed !== false) {
      const load = () =>
        typeof seed === 'string'
          ? readSeedFile(seed)
          : validateSeed({ challenges: seed }, 'inline seed');
      await seedChallenges(db, load, new Date(clock()));
    }
  } catch (error) {
    if (ownsDb) await db.close();
    throw error;
  }

  const inboxToken = options.inboxToken ?? randomBytes(24).toString('base64url');
  const rateLimit =
    typeof options.rateLimit === 'string'
      ? parseRateLimit(options.rateLimit)
      : (options.rateLimit ?? DEFAULT_RATE_LIMIT);
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
    createReceiver({
      db,
      clock,
      newReference: options.newReference,
      logError: options.logError,
      config: {
        allowedOrigins: parseOrigins(options.allowedOrigins ?? []),
        inboxToken,
        rateLimit,
        staticDirs: { ...defaultStaticDirs(), ...options.staticDirs },
        publicOrigin: options.publicOrigin,
        bodyTimeoutMs,
      },
    }),
  );
  limitConnections(server, { ...DEFAULT_CONNECTION_LIMITS, ...options.connections });
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    if (ownsDb) await db.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const shownHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      const cutOff = setTimeout(() => server.closeAllConnections(), options.closeGraceMs ?? 10_000);
      // Connections still busy when close() is called become idle later; nothing closes them then
      // but this (Node would wait for the client's keep-alive to end).
      const sweep = setInterval(() => server.closeIdleConnections(), 25);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      clearInterval(sweep);
      clearTimeout(cutOff);
      if (ownsDb) await db.close();
    })();
    return closing;
  };

  return {
    url: `http://${shownHost}:${port}`,
    port,
    inboxToken,
    db,
    server,
    submissions: async () =>
      toEntries(await listSubmissions(db)).map(({ stored, submission }) => ({
        ...stored,
        submission,
      })),
    close,
  };
}
